// The customer panel: identities on every channel, language and local time, satisfaction, earlier
// conversations on every account, and a merge of a suggested duplicate that can be undone.
#include "WorkspaceTestSupport.h"
#include "ui/customer/CustomerPanel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

class TestCustomerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCustomerAndMergesADuplicate()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        CustomerPanel panel(WorkspaceContext{store.get(), nullptr, nullptr, nullptr});
        panel.resize(320, 900);
        panel.show();
        const qint64 featured = fixture::conversationId(*store, u"featured"_s);
        const qint64 anna = store->reader().inbox().conversation(featured)->customerId;
        panel.showCustomer(anna, featured);
        QCOMPARE(panel.findChild<QLabel *>(u"customerName"_s)->text(), u"Anna Schmidt"_s);
        QStringList identities;
        for (QLabel *label : panel.findChildren<QLabel *>(u"identity"_s))
            identities.append(label->text());
        QVERIFY(identities.contains(u"Anna.Schmidt@example.de"_s));
        QVERIFY(identities.contains(u"+49 151 12345678"_s));
        QVERIFY(identities.contains(u"@annaschmidt"_s));
        // Berlin's zone, whatever its name in the agent's language.
        const QString zone =
            QTimeZone("Europe/Berlin").displayName(QTimeZone::GenericTime, QTimeZone::LongName, QLocale());
        QVERIFY(panel.findChild<QLabel *>(u"customerLocalTime"_s)->text().contains(zone));
        QCOMPARE(panel.conversations()->model()->rowCount(), 4);
        QVERIFY(panel.conversations()->currentIndex().isValid()); // the open one is marked

        // What the shop knows of her: label beside value, each readable by a screen reader, the link a link.
        QVERIFY(panel.findChild<QWidget *>(u"customerAttributes"_s));
        QStringList spoken;
        for (QLabel *value : panel.findChildren<QLabel *>(u"attributeValue"_s))
            spoken.append(value->accessibleName());
        QVERIFY2(spoken.contains(u"VIP: Yes"_s), qPrintable(spoken.join(u" | "_s)));
        QVERIFY(spoken.contains(u"Plan: Premium"_s));
        QVERIFY(spoken.contains(u"Orders: "_s + QLocale().toString(1234)));
        QCOMPARE(spoken.count(u"City: Berlin"_s), 1); // both accounts say so: shown once
        QVERIFY(panel.findChildren<QLabel *>(u"attributeAccount"_s).isEmpty());
        QLabel *link = nullptr;
        for (QLabel *value : panel.findChildren<QLabel *>(u"attributeValue"_s)) {
            if (value->text().contains(u"<a href"_s))
                link = value;
        }
        QVERIFY(link);
        QVERIFY(link->openExternalLinks());
        QVERIFY(link->text().contains(u"admin.nordlicht.example/customers/4711"_s));

        QSignalSpy requested(&panel, &CustomerPanel::conversationRequested);
        panel.conversations()->activated(panel.conversations()->model()->index(1, 0));
        QCOMPARE(requested.size(), 1);

        // Merge the Instagram twin, then undo it.
        QSignalSpy reported(&panel, &CustomerPanel::reported);
        auto *merge = panel.findChild<QPushButton *>(u"mergeButton"_s);
        QVERIFY(merge);
        merge->click();
        QTRY_VERIFY(!reported.isEmpty());
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 5);
        // The newest join comes first; the automatic one of her second backend's record stays below.
        QTRY_COMPARE(panel.findChildren<QPushButton *>(u"unmergeButton"_s).size(), 2);
        QVERIFY(!panel.findChild<QPushButton *>(u"mergeButton"_s));
        panel.findChild<QPushButton *>(u"unmergeButton"_s)->click();
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 4);
        // Undone, and not suggested again: the agent has decided these are two people.
        QTRY_COMPARE(panel.findChildren<QPushButton *>(u"unmergeButton"_s).size(), 1);
        QVERIFY(!panel.findChild<QPushButton *>(u"mergeButton"_s));
    }

    void disagreeingAccountsAreShownApart()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        CustomerPanel panel(WorkspaceContext{store.get(), nullptr, nullptr, nullptr});
        panel.resize(320, 900);
        panel.show();
        const qint64 featured = fixture::conversationId(*store, u"featured"_s);
        const qint64 anna = store->reader().inbox().conversation(featured)->customerId;
        panel.showCustomer(anna, featured);
        QVERIFY(panel.findChildren<QLabel *>(u"attributeAccount"_s).isEmpty());

        // The second backend now says she lives elsewhere: the panel follows the store and shows who says
        // what.
        IngestBatch second;
        second.account = {u"chatwoot"_s, QString::fromLatin1(fixture::kSecondAccount), u"Chatwoot EU"_s};
        CustomerRecord contact{u"cw-contact-77"_s, u"Anna Schmidt"_s, {}};
        contact.attributes =
            QList<AttributeRecord>{{u"city"_s, u"City"_s, u"Hamburg"_s, AttributeKind::Text}};
        second.customers.append(contact);
        store->ingest(second).waitForFinished();
        QTRY_COMPARE(panel.findChildren<QLabel *>(u"attributeAccount"_s).size(), 2);
        QStringList accounts;
        for (QLabel *label : panel.findChildren<QLabel *>(u"attributeAccount"_s))
            accounts.append(label->text());
        QVERIFY(accounts.first().contains(u"Nordlicht Versand"_s));
        QVERIFY(accounts.last().contains(u"Chatwoot EU"_s));
    }

    void emptyContextShowsAPlaceholder()
    {
        CustomerPanel panel(WorkspaceContext{});
        panel.showCustomer(1, 1);
        QCOMPARE(panel.customerId(), 0);
    }
};

QTEST_MAIN(TestCustomerPanel)
#include "tst_ui_customer_panel.moc"
