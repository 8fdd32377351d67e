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
        QTRY_VERIFY(panel.findChild<QPushButton *>(u"unmergeButton"_s));
        QVERIFY(!panel.findChild<QPushButton *>(u"mergeButton"_s));
        panel.findChild<QPushButton *>(u"unmergeButton"_s)->click();
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 4);
        // Undone, and not suggested again: the agent has decided these are two people.
        QTRY_VERIFY(!panel.findChild<QPushButton *>(u"unmergeButton"_s));
        QVERIFY(!panel.findChild<QPushButton *>(u"mergeButton"_s));
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
