// Failed actions are visible and dealt with: the outbox window opened from the status bar and the menu, with
// each action's state and reason, retry, discard after a confirmation that says what is lost, and the way to
// the conversation; in the timeline a failed reply shows why and offers discard beside retry.
#include "WorkspaceTestSupport.h"
#include "models/OutboxModel.h"
#include "models/TimelineModel.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/WorkspaceActions.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace kontor;
using namespace kontor::ui;
using models::OutboxModel;
using namespace Qt::StringLiterals;

namespace {
const QString kReason = u"422: the contact has blocked this inbox"_s;

// Answers the confirmation that the next discard asks, and keeps what it said. The timer is gone once it
// answered.
QPointer<QTimer> answerConfirmation(bool discard, QString *said)
{
    QPointer<QTimer> timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, discard, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (said)
            *said = box->text() + u"\n"_s + box->informativeText();
        if (discard)
            box->findChild<QPushButton *>(u"confirmDiscard"_s)->click();
        else
            box->reject();
        timer->deleteLater();
    });
    timer->start();
    return timer;
}

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    NetworkPolicy network;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<MainWindow> window;

    Workspace()
    {
        store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        network.setWorkOffline(true); // nothing goes out: the states are the test's to set
        sync = std::make_unique<SyncEngine>(*store, network);
        window = std::make_unique<MainWindow>(WorkspaceContext{store.get(), sync.get(), &network, nullptr});
        window->resize(1480, 900);
    }
    ~Workspace()
    {
        window.reset();
        sync.reset();
    }
    qint64 id(const QString &remote) { return fixture::conversationId(*store, remote); }

    ActionReceipt failedReply(qint64 conversation, const QString &body)
    {
        const ActionReceipt receipt =
            fixture::await(store->apply(SendMessage{.conversationId = conversation, .body = body}));
        fail(receipt.uuid);
        return receipt;
    }
    void fail(const QString &uuid)
    {
        fixture::await(store->transitionOutbox({.uuid = uuid, .to = OutboxState::Sending}));
        fixture::await(store->transitionOutbox({.uuid = uuid, .to = OutboxState::Failed, .error = kReason}));
    }
    std::optional<OutboxState> stateOf(const QString &uuid)
    {
        const std::optional<OutboxEntry> entry = store->reader().outbox().entry(uuid);
        return entry ? std::optional(entry->state) : std::nullopt;
    }
};

QString cell(OutboxDialog *dialog, int row, int column)
{
    return dialog->model()->index(row, column).data().toString();
}
} // namespace

class TestOutboxUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void failedActionAppearsWithItsReasonAndIsRetried()
    {
        Workspace w;
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const qint64 featured = w.id(u"featured"_s);
        const ActionReceipt reply = w.failedReply(featured, u"Your refund is on its way"_s);
        QTRY_VERIFY(w.window->workspaceStatusBar()->outboxText().contains(u"1 failed"_s));

        w.window->workspaceStatusBar()->outboxButton()->click();
        OutboxDialog *dialog = w.window->outboxDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(cell(dialog, 0, OutboxModel::ActionColumn), u"Reply to Anna Schmidt"_s);
        QCOMPARE(cell(dialog, 0, OutboxModel::StateColumn), u"Failed"_s);
        QCOMPARE(cell(dialog, 0, OutboxModel::ReasonColumn), kReason);
        auto *details = dialog->findChild<QLabel *>(u"outboxDetails"_s);
        QVERIFY(details->text().contains(kReason));
        QVERIFY(!dialog->view()->accessibleName().isEmpty());
        auto *retry = dialog->findChild<QPushButton *>(u"outboxRetry"_s);
        auto *discard = dialog->findChild<QPushButton *>(u"outboxDiscard"_s);
        QVERIFY(retry->isEnabled());
        QVERIFY(discard->isEnabled());

        retry->click();
        QTRY_COMPARE(w.stateOf(reply.uuid), std::optional(OutboxState::Queued));
        QTRY_VERIFY(cell(dialog, 0, OutboxModel::StateColumn) != u"Failed"_s);
        QVERIFY(!retry->isEnabled()); // the same row stays selected, and is no longer failed
        QVERIFY(!discard->isEnabled());

        // Open conversation takes the agent there.
        dialog->close();
        w.window->openConversation(w.id(u"lars-sms"_s));
        w.window->actions()->outbox->trigger();
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QPushButton *>(u"outboxOpenConversation"_s)->click();
        QTRY_COMPARE(w.window->conversation()->conversationId(), featured);
    }

    // A reply whose answer was lost on a channel where the backend cannot tell whether it arrived: the agent
    // sees why, can ask again, or send it again after a warning that it may then arrive twice.
    void anUnknownOutcomeIsTheAgentsToDecide()
    {
        Workspace w;
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const qint64 featured = w.id(u"featured"_s);
        const ActionReceipt reply = fixture::await(
            w.store->apply(SendMessage{.conversationId = featured, .body = u"Your code is 1234"_s}));
        const QString why =
            u"The answer to this message was lost, and this channel does not let Kontor check"_s;
        fixture::await(w.store->transitionOutbox({.uuid = reply.uuid, .to = OutboxState::Sending}));
        fixture::await(
            w.store->transitionOutbox({.uuid = reply.uuid, .to = OutboxState::Unknown, .error = why}));
        QTRY_VERIFY(w.window->workspaceStatusBar()->outboxText().contains(u"1 failed"_s));

        w.window->showOutbox();
        OutboxDialog *dialog = w.window->outboxDialog();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(cell(dialog, 0, OutboxModel::StateColumn), u"Outcome unknown"_s);
        QCOMPARE(cell(dialog, 0, OutboxModel::ReasonColumn), why);
        auto *retry = dialog->findChild<QPushButton *>(u"outboxRetry"_s);
        auto *check = dialog->findChild<QPushButton *>(u"outboxCheckAgain"_s);
        auto *discard = dialog->findChild<QPushButton *>(u"outboxDiscard"_s);
        QVERIFY(check->isVisible() && check->isEnabled());
        QVERIFY(retry->isEnabled());
        QCOMPARE(retry->text(), u"&Send again…"_s);
        QVERIFY(discard->isEnabled());
        dialog->grab().save(QStringLiteral(KONTOR_TEST_ARTIFACTS "/outbox-outcome-unknown.png"));

        // Send again asks first; cancelled, nothing changes.
        QString said;
        QPointer<QTimer> answer = new QTimer;
        answer->setInterval(20);
        connect(answer, &QTimer::timeout, answer, [answer, &said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->button(QMessageBox::Cancel)->click();
                answer->deleteLater();
            }
        });
        answer->start();
        retry->click();
        QTRY_VERIFY(answer.isNull());
        QVERIFY(said.contains(u"twice"_s));
        QCOMPARE(w.stateOf(reply.uuid), std::optional(OutboxState::Unknown));

        check->click();
        QTRY_COMPARE(w.stateOf(reply.uuid), std::optional(OutboxState::Uncertain));
        QTRY_COMPARE(cell(dialog, 0, OutboxModel::StateColumn), u"Checking"_s);
        QTRY_VERIFY(!check->isVisible());
    }

    void discardAsksAndRemovesTheMessage()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        const ActionReceipt reply = w.failedReply(featured, u"Never mind"_s);
        w.window->showOutbox();
        OutboxDialog *dialog = w.window->outboxDialog();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);

        QString said;
        QPointer<QTimer> answer = answerConfirmation(false, &said); // kept
        dialog->discardSelected();
        QTRY_VERIFY(answer.isNull());
        QVERIFY(said.contains(u"Reply to Anna Schmidt"_s));
        QVERIFY(said.contains(u"text is lost"_s));
        QCOMPARE(w.stateOf(reply.uuid), std::optional(OutboxState::Failed));

        answer = answerConfirmation(true, nullptr);
        QTest::keyClick(dialog->view(), Qt::Key_Delete); // the keyboard way
        QTRY_VERIFY(answer.isNull());
        QTRY_COMPARE(dialog->model()->rowCount(), 0);
        QCOMPARE(w.stateOf(reply.uuid), std::nullopt);
        QCOMPARE(w.store->reader().messages().message(*reply.messageId), std::nullopt);
        QTRY_COMPARE(w.window->workspaceStatusBar()->outboxText(), u"Outbox empty"_s);
    }

    void discardingAStartSaysTheConversationGoes()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        const ConversationRow row = *w.store->reader().inbox().conversation(featured);
        const ActionReceipt start =
            fixture::await(w.store->apply(StartConversation{.customerId = row.customerId,
                                                            .accountId = row.accountId,
                                                            .channel = Channel::WhatsApp,
                                                            .body = u"Hi"_s}));
        w.fail(start.uuid);
        w.window->showOutbox();
        OutboxDialog *dialog = w.window->outboxDialog();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(cell(dialog, 0, OutboxModel::ActionColumn),
                 u"Start a conversation with Anna Schmidt on WhatsApp"_s);
        QString said;
        QPointer<QTimer> answer = answerConfirmation(true, &said);
        dialog->discardSelected();
        QTRY_VERIFY(answer.isNull());
        QVERIFY(said.contains(u"removes it from Kontor"_s));
        QTRY_COMPARE(dialog->model()->rowCount(), 0);
        QCOMPARE(w.store->reader().inbox().conversation(*start.conversationId), std::nullopt);
    }

    void timelineShowsTheReasonAndOffersDiscard()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        const ActionReceipt reply = w.failedReply(featured, u"Sorry for the wait"_s);
        TimelineView *timeline = w.window->conversation()->timeline();
        QVERIFY(timeline);
        QModelIndex failed;
        QTRY_VERIFY([&] {
            for (int row = 0; row < timeline->model()->rowCount(); ++row) {
                const QModelIndex index = timeline->model()->index(row, 0);
                if (index.data(models::TimelineModel::ClientUuidRole).toString() == reply.uuid &&
                    DeliveryState(index.data(models::TimelineModel::DeliveryStateRole).toInt()) ==
                        DeliveryState::Failed) {
                    failed = index;
                    return true;
                }
            }
            return false;
        }());
        QCOMPARE(failed.data(models::TimelineModel::DeliveryErrorRole).toString(), kReason);
        QVERIFY(failed.data(Qt::AccessibleTextRole).toString().contains(kReason));
        // The row grew a line for the reason.
        const int withReason = timeline->visualRect(failed).height();
        QVERIFY(withReason > 0);

        QPointer<QTimer> answer = answerConfirmation(true, nullptr);
        Q_EMIT timeline->discardRequested(reply.uuid);
        QTRY_VERIFY(answer.isNull());
        QTRY_COMPARE(w.stateOf(reply.uuid), std::nullopt);
        QTRY_VERIFY([&] {
            for (int row = 0; row < timeline->model()->rowCount(); ++row) {
                if (timeline->model()->index(row, 0).data(models::TimelineModel::ClientUuidRole).toString() ==
                    reply.uuid)
                    return false;
            }
            return true;
        }());
    }
};

QTEST_MAIN(TestOutboxUi)
#include "tst_ui_outbox.moc"
