// The confirmation before a customer is erased, from the customer panel and from the main window's action
// (which the command palette lists): what goes, the unsent actions to discard with the agent's consent, and
// the erasure itself once confirmed.
#include "../ui/WorkspaceTestSupport.h"

#include "ui/WorkspaceActions.h"
#include "ui/composer/DraftStore.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/customer/EraseCustomerDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

class TestPrivacyEraseConfirmation : public QObject
{
    Q_OBJECT

    static EraseCustomerDialog *openDialog(uitest::Workspace &w)
    {
        w.window->actions()->eraseCustomer->trigger();
        EraseCustomerDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = w.window->findChild<EraseCustomerDialog *>()) && dialog->isVisible());
        }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theMainWindowOffersIt()
    {
        uitest::Workspace w;
        QAction *erase = w.window->findChild<QAction *>(u"actionEraseCustomer"_s);
        QVERIFY(erase);
        QVERIFY(erase->text().contains(u"Erase customer"_s));
        // On the window, where the keyboard and the command palette find it.
        QVERIFY(static_cast<QWidget *>(w.window.get())->actions().contains(erase));
        // Nothing open: nothing to erase, nothing asked.
        erase->trigger();
        QTest::qWait(50);
        QVERIFY(!w.window->findChild<EraseCustomerDialog *>());
    }

    void saysWhatGoesAndAsksToDiscardUnsentActions()
    {
        uitest::Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        const qint64 anna = w.store->reader().inbox().conversation(featured)->customerId;
        QVERIFY(w.store->apply(SendMessage{featured, u"Not sent yet"_s, BodyFormat::Plain, false})
                    .result()
                    .recorded());
        DraftStore::save(featured, {u"half a reply"_s, false, {}, {}});
        w.window->openConversation(featured);
        QTRY_COMPARE(w.window->customer()->customerId(), anna);

        EraseCustomerDialog *dialog = openDialog(w);
        QCOMPARE(dialog->customerId(), anna);
        const ErasurePreview &preview = dialog->preview();
        QCOMPARE(preview.conversations, 4);
        QVERIFY(preview.messages > 4);
        QVERIFY(preview.identities >= 3);
        QVERIFY(dialog->summary().contains(u"Anna Schmidt"_s));
        QVERIFY(dialog->summary().contains(u"4 conversation"_s));
        QVERIFY(dialog->summary().contains(QString::number(preview.messages) + u" message"_s));
        // Each unsent action for her is listed, the reply just queued among them.
        QVERIFY(preview.pendingActions.size() >= 1);
        QCOMPARE(dialog->pendingList()->count(), preview.pendingActions.size());
        QVERIFY(std::any_of(preview.pendingActions.cbegin(), preview.pendingActions.cend(),
                            [](const OutboxEntry &entry) { return entry.payload.contains("Not sent yet"); }));
        QVERIFY(dialog->discardConsent()->isVisible());
        // Not without consent to the discard.
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->discardConsent()->setChecked(true);
        QVERIFY(dialog->eraseButton()->isEnabled());

        QSignalSpy erased(w.store.get(), &Store::erased);
        dialog->eraseButton()->click();
        QVERIFY(erased.wait(10000));
        QVERIFY(!w.store->reader().directory().customer(anna));
        QVERIFY(!w.store->reader().inbox().conversation(featured));
        QVERIFY(w.store->reader().outbox().pending(featured).isEmpty());
        QVERIFY(!DraftStore::load(featured));
        // The panel no longer shows her (the list may move on to the next conversation and its customer).
        QVERIFY(w.window->customer()->customerId() != anna);
    }

    void cancellingKeepsEverything()
    {
        uitest::Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        const qint64 anna = w.store->reader().inbox().conversation(featured)->customerId;
        w.window->openConversation(featured);
        QTRY_COMPARE(w.window->customer()->customerId(), anna);
        EraseCustomerDialog *dialog = openDialog(w);
        // The consent is asked only when something unsent goes; Cancel is the default.
        const bool unsent = !dialog->preview().pendingActions.isEmpty();
        QCOMPARE(dialog->discardConsent()->isVisible(), unsent);
        QCOMPARE(dialog->eraseButton()->isEnabled(), !unsent);
        QVERIFY(!dialog->eraseButton()->isDefault());
        dialog->reject();
        QTest::qWait(100);
        QVERIFY(w.store->reader().directory().customer(anna));
        QVERIFY(w.store->reader().inbox().conversation(featured));
    }

    void thePanelHasTheButton()
    {
        uitest::Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        QTRY_VERIFY(w.window->customer()->customerId() != 0);
        auto *button = w.window->customer()->findChild<QPushButton *>(u"eraseCustomerButton"_s);
        QVERIFY(button);
        button->click();
        QTRY_VERIFY(w.window->findChild<EraseCustomerDialog *>());
    }
};

QTEST_MAIN(TestPrivacyEraseConfirmation)
#include "tst_privacy_erase_confirmation.moc"
