// The customer panel's joins: why each one happened, with an Undo that the timeline follows at once; the
// suggestions with their reason; the merge dialog with its search and preview; the edit dialog.
#include "../identity/IdentityTestWorld.h"
#include "ui/customer/CustomerEditDialog.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/customer/MergeCustomerDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
QStringList texts(QWidget &parent, const QString &objectName)
{
    QStringList all;
    for (QLabel *label : parent.findChildren<QLabel *>(objectName))
        all.append(QString(label->text()).remove(QChar(0x200B))); // break points of long addresses
    return all;
}
} // namespace

class TestCustomerJoins : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(u"store.db"_s));
        StoreOpenResult opened = Store::open(dir_.filePath(u"store.db"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        store_ = std::move(opened.store);
        await(store_->ingest(
            contactBatch(u"demo"_s, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)})));
        await(store_->ingest(contactBatch(u"chatwoot"_s, u"7"_s, u"Anna Berg"_s,
                                          {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)})));
        await(store_->ingest(contactBatch(u"demo"_s, u"c2"_s, u"Harry Khan"_s,
                                          {email(u"harry@khan.example"_s), phone(u"+447700900123"_s)})));
        await(store_->ingest(contactBatch(u"demo"_s, u"c3"_s, u"Oscar Walker"_s,
                                          {email(u"oscar@walker.example"_s), phone(u"+447700900123"_s)})));
        anna_ = customerOfContact(store_->reader(), u"demo"_s, u"c1"_s);
        harry_ = customerOfContact(store_->reader(), u"demo"_s, u"c2"_s);
        oscar_ = customerOfContact(store_->reader(), u"demo"_s, u"c3"_s);
        QVERIFY(harry_ != oscar_);
    }
    void cleanup() { store_.reset(); }

    void joinListShowsWhyAndUndoes()
    {
        CustomerPanel panel(WorkspaceContext{store_.get(), nullptr, nullptr, nullptr});
        panel.resize(340, 900);
        panel.show();
        panel.showCustomer(anna_, 0);
        QCOMPARE(panel.conversations()->model()->rowCount(), 2);
        const QStringList reasons = texts(panel, u"joinReason"_s);
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons.first().contains(u"Same email address: anna@berg.example"_s),
                 qPrintable(reasons.first()));
        QVERIFY(reasons.first().contains(u"joined automatically"_s));
        // However narrow the panel, the Undo beside a long address stays in sight.
        panel.resize(200, 900);
        QTest::qWait(50);
        auto *visibleUndo = panel.findChild<QPushButton *>(u"unmergeButton"_s);
        QVERIFY(visibleUndo->isVisible());
        const QRect undoInPanel(visibleUndo->mapTo(&panel, QPoint(0, 0)), visibleUndo->size());
        QVERIFY2(undoInPanel.right() < panel.width(),
                 qPrintable(u"Undo at %1, panel %2 wide"_s.arg(undoInPanel.right()).arg(panel.width())));
        panel.resize(340, 900);

        QSignalSpy reported(&panel, &CustomerPanel::reported);
        auto *undo = panel.findChild<QPushButton *>(u"unmergeButton"_s);
        QVERIFY(undo);
        undo->click();
        QTRY_COMPARE(reported.size(), 1);
        QCOMPARE(reported.first().first().toString(), u"The merge was undone."_s);
        // The timeline follows at once, and the join is gone from the list.
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 1);
        QTRY_VERIFY(texts(panel, u"joinReason"_s).isEmpty());
        QVERIFY(customerOfContact(store_->reader(), u"chatwoot"_s, u"7"_s) != anna_);
    }

    void suggestionShowsItsReason()
    {
        CustomerPanel panel(WorkspaceContext{store_.get(), nullptr, nullptr, nullptr});
        panel.show();
        panel.showCustomer(harry_, 0);
        const QStringList suggestions = texts(panel, u"suggestionText"_s);
        QCOMPARE(suggestions.size(), 1);
        QVERIFY(suggestions.first().contains(u"Oscar Walker"_s));
        QVERIFY2(suggestions.first().contains(u"names differ"_s), qPrintable(suggestions.first()));
        QVERIFY(suggestions.first().contains(u"+447700900123"_s));
        QVERIFY(texts(panel, u"joinReason"_s).isEmpty()); // nothing was joined
    }

    void mergeDialogSearchesPreviewsAndMerges()
    {
        CustomerPanel panel(WorkspaceContext{store_.get(), nullptr, nullptr, nullptr});
        panel.show();
        panel.showCustomer(harry_, 0);
        panel.findChild<QPushButton *>(u"mergeWithButton"_s)->click();
        auto *dialog = panel.findChild<MergeCustomerDialog *>();
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(u"mergeConfirm"_s);
        QVERIFY(!confirm->isEnabled());
        dialog->findChild<QLineEdit *>(u"mergeSearch"_s)->setText(u"nobody like this"_s);
        QCOMPARE(dialog->findChild<QListWidget *>(u"mergeResults"_s)->count(), 0);
        QVERIFY(!confirm->isEnabled());
        dialog->findChild<QLineEdit *>(u"mergeSearch"_s)->setText(u"oscar"_s);
        auto *results = dialog->findChild<QListWidget *>(u"mergeResults"_s);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains(u"Oscar Walker"_s));
        const QString preview = dialog->findChild<QLabel *>(u"mergePreview"_s)->text();
        QVERIFY2(preview.contains(u"1 conversation"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"demo"_s)); // the backend that knows both is asked too
        QVERIFY(confirm->isEnabled());
        confirm->click();
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 2);
        QTRY_COMPARE(texts(panel, u"joinReason"_s).size(), 1);
        QVERIFY(texts(panel, u"joinReason"_s).first().contains(u"merged by an agent"_s));
        QVERIFY(texts(panel, u"suggestionText"_s).isEmpty()); // the suggestion is settled

        panel.findChild<QPushButton *>(u"unmergeButton"_s)->click();
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 1);
        QCOMPARE(customerOfContact(store_->reader(), u"demo"_s, u"c3"_s), oscar_);
    }

    void editDialogRenamesAndSplits()
    {
        CustomerPanel panel(WorkspaceContext{store_.get(), nullptr, nullptr, nullptr});
        panel.show();
        panel.showCustomer(anna_, 0);
        panel.findChild<QPushButton *>(u"editCustomerButton"_s)->click();
        auto *dialog = panel.findChild<CustomerEditDialog *>();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"editName"_s);
        name->setText(u"Anna Lena Berg"_s);
        name->setModified(true);
        dialog->findChild<QPushButton *>(u"renameButton"_s)->click();
        QTRY_COMPARE(panel.findChild<QLabel *>(u"customerName"_s)->text(), u"Anna Lena Berg"_s);

        // Split the Chatwoot contact off: its conversation leaves Anna's timeline.
        QPushButton *split = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>(u"splitButton"_s)) {
            if (button->accessibleName().contains(u"chatwoot"_s))
                split = button;
        }
        QVERIFY(split);
        split->click();
        QTRY_COMPARE(panel.conversations()->model()->rowCount(), 1);
        QCOMPARE(dialog->findChild<QLabel *>(u"editStatus"_s)->text(),
                 u"Split off into a customer of its own."_s);
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    qint64 anna_ = 0;
    qint64 harry_ = 0;
    qint64 oscar_ = 0;
};

QTEST_MAIN(TestCustomerJoins)
#include "tst_ui_customer_joins.moc"
