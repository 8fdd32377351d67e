// The composer: drafts per conversation that survive a restart, canned responses by "/", mentions by "@" in
// notes, the channel choice, and sending while offline (queued, and said so).
#include "WorkspaceTestSupport.h"
#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"
#include "sync/NetworkPolicy.h"
#include "ui/ConversationCommands.h"
#include "ui/composer/Composer.h"
#include "ui/composer/ComposerEditor.h"
#include "ui/composer/DraftStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

class TestComposer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

    struct Setup
    {
        NetworkPolicy network;
        WorkspaceContext context;
        std::unique_ptr<ConversationCommands> commands;
        std::unique_ptr<models::CannedResponseModel> canned;
        std::unique_ptr<models::AgentListModel> agents;
        std::unique_ptr<Composer> composer;
    };
    std::unique_ptr<Setup> make()
    {
        auto s = std::make_unique<Setup>();
        s->context = {store_.get(), nullptr, &s->network, nullptr};
        s->commands = std::make_unique<ConversationCommands>(s->context);
        s->canned = std::make_unique<models::CannedResponseModel>(*store_);
        s->agents = std::make_unique<models::AgentListModel>(*store_);
        s->composer = std::make_unique<Composer>(s->context, *s->commands, s->canned.get(), s->agents.get());
        s->composer->resize(700, 260);
        s->composer->show();
        return s;
    }
    ConversationRow row(const QString &remote)
    {
        return *store_->reader().inbox().conversation(fixture::conversationId(*store_, remote));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), nowUtcMillis());
    }
    void cleanup() { store_.reset(); }

    void draftsSurviveARestart()
    {
        const ConversationRow featured = row(u"featured"_s);
        const ConversationRow lars = row(u"lars-sms"_s);
        {
            auto s = make();
            s->composer->setConversation(featured);
            QTest::keyClicks(s->composer->editor(), u"Half a thought about the grinder"_s);
            s->composer->addAttachment(QStringLiteral(KONTOR_SOURCE_DIR "/README.md"));
            s->composer->setConversation(lars); // switching keeps the first draft
            QVERIFY(s->composer->editor()->toPlainText().isEmpty());
            s->composer->startNote();
            QTest::keyClicks(s->composer->editor(), u"Lars called too"_s);
        } // the composer (and the app) goes away
        auto s = make();
        s->composer->setConversation(featured);
        QCOMPARE(s->composer->editor()->toPlainText(), u"Half a thought about the grinder"_s);
        QVERIFY(!s->composer->isNote());
        QCOMPARE(s->composer->attachments().size(), 1);
        s->composer->setConversation(lars);
        QCOMPARE(s->composer->editor()->toPlainText(), u"Lars called too"_s);
        QVERIFY(s->composer->isNote());
        QCOMPARE(DraftStore::load(lars.id)->note, true);
    }

    void cannedResponsesBySlash()
    {
        auto s = make();
        s->composer->setConversation(row(u"featured"_s));
        ComposerEditor *editor = s->composer->editor();
        editor->setFocus();
        QTest::keyClicks(editor, u"/gre"_s);
        QTRY_VERIFY(editor->isCompleting());
        QCOMPARE(editor->completer()->completionModel()->rowCount(), 1);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->toPlainText().trimmed(), u"Hello Anna, thank you for reaching out to Nordlicht!"_s);
        // Searching by content: "/parcel" finds the responses that mention parcels.
        editor->clear();
        QTest::keyClicks(editor, u"/parcel"_s);
        QTRY_VERIFY(editor->isCompleting());
        QCOMPARE(editor->completer()->completionModel()->rowCount(), 2);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isCompleting());
    }

    void aReplyWithAnUnfilledVariableAsksBeforeItGoes()
    {
        auto s = make();
        const ConversationRow featured = row(u"featured"_s);
        s->composer->setConversation(featured);
        ComposerEditor *editor = s->composer->editor();
        const auto pending = [&] { return store_->reader().outbox().pending(featured.id).size(); };
        const qsizetype before = pending();
        editor->setPlainText(u"Your order {{order.number}} ships today, {{contact.first_name}}."_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // Nothing went out; the agent is told what is unfilled.
        QCOMPARE(pending(), before);
        QVERIFY(!editor->toPlainText().isEmpty());
        const QString notice = s->composer->findChild<QLabel *>(u"composerNotice"_s)->text();
        QVERIFY2(notice.contains(u"{{order.number}}"_s) && notice.contains(u"{{contact.first_name}}"_s),
                 qPrintable(notice));
        // The same text again: sent as it is.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(pending(), before + 1);
        QVERIFY(editor->toPlainText().isEmpty());
    }

    void mentionsOnlyInNotes()
    {
        auto s = make();
        s->composer->setConversation(row(u"featured"_s));
        ComposerEditor *editor = s->composer->editor();
        editor->setFocus();
        QTest::keyClicks(editor, u"@Fre"_s);
        QVERIFY(!editor->isCompleting()); // a reply to the customer mentions nobody
        editor->clear();
        s->composer->startNote();
        QTest::keyClicks(editor, u"@Fre"_s);
        QTRY_VERIFY(editor->isCompleting());
        QTest::keyClick(editor, Qt::Key_Tab);
        QTest::keyClicks(editor, u"and @Lars Nielsen please look"_s);
        const QList<qint64> mentioned = editor->mentionedAgents();
        QCOMPARE(mentioned.size(), 2);
        QVERIFY(mentioned.contains(fixture::agentId(*store_, u"Freja Madsen"_s)));
        QVERIFY(mentioned.contains(fixture::agentId(*store_, u"Lars Nielsen"_s)));
    }

    void offlineSendingQueuesVisibly()
    {
        auto s = make();
        const ConversationRow lars = row(u"lars-sms"_s);
        s->composer->setConversation(lars);
        auto *notice = s->composer->findChild<QLabel *>(u"composerNotice"_s);
        QVERIFY(notice->text().isEmpty());
        s->network.setWorkOffline(true);
        QVERIFY(notice->text().contains(u"offline"_s, Qt::CaseInsensitive));
        // Typed keys are ASCII in the test driver; the Danish letters come in as text.
        s->composer->editor()->insertPlainText(u"Hej Lars, vi undersøger det."_s);
        s->composer->findChild<QPushButton *>(u"sendButton"_s)->click();
        QTRY_COMPARE(uitest::newestMessage(*store_, lars.id)->body, u"Hej Lars, vi undersøger det."_s);
        QCOMPARE(uitest::newestMessage(*store_, lars.id)->deliveryState, DeliveryState::Queued);
        QCOMPARE(uitest::newestMessage(*store_, lars.id)->bodyFormat, BodyFormat::Plain); // SMS: as typed
        QVERIFY(notice->text().contains(u"offline"_s, Qt::CaseInsensitive));
    }

    void channelChoicesOfTheCustomer()
    {
        auto s = make();
        s->composer->setConversation(row(u"lars-sms"_s));
        QComboBox *channels = s->composer->channelSelector();
        // Lars has a number: SMS (his conversation) and WhatsApp (none yet: a reply there starts one).
        QCOMPARE(channels->itemData(0).toString(), channelKey(Channel::Sms));
        QVERIFY(channels->findData(channelKey(Channel::WhatsApp)) > 0);
        QVERIFY(channels->itemText(0).contains(u"+45"_s));
        s->composer->startNote();
        QVERIFY(!channels->isVisible()); // notes stay in the conversation
        QCOMPARE(s->composer->targetConversation(), std::optional(row(u"lars-sms"_s).id));
    }

    void aChosenChannelDoesNotCarryOverToTheNextConversation()
    {
        auto s = make();
        s->composer->setConversation(row(u"lars-sms"_s));
        QComboBox *channels = s->composer->channelSelector();
        channels->setCurrentIndex(channels->findData(channelKey(Channel::WhatsApp)));
        const ConversationRow next = row(u"featured"_s);
        s->composer->setConversation(next);
        // The next conversation is answered where it is, never on the channel chosen for the one before.
        QCOMPARE(channels->currentData().toString(), channelKey(next.channel));
        QCOMPARE(s->composer->targetConversation(), std::optional(next.id));
        // Refreshing the same conversation keeps the agent's choice.
        s->composer->setConversation(row(u"lars-sms"_s));
        channels->setCurrentIndex(channels->findData(channelKey(Channel::WhatsApp)));
        s->composer->setConversation(row(u"lars-sms"_s));
        QCOMPARE(channels->currentData().toString(), channelKey(Channel::WhatsApp));
    }

    void answeringWhereThereIsNoConversationStartsOne()
    {
        auto s = make();
        const ConversationRow sms = row(u"lars-sms"_s);
        s->composer->setConversation(sms);
        QComboBox *channels = s->composer->channelSelector();
        const int whatsapp = channels->findData(channelKey(Channel::WhatsApp));
        QVERIFY(whatsapp > 0);
        channels->setCurrentIndex(whatsapp);
        QVERIFY(s->composer->editor()->placeholderText().contains(u"new conversation"_s));
        QCOMPARE(s->composer->targetConversation(), std::nullopt);

        QSignalSpy elsewhere(s->composer.get(), &Composer::sentElsewhere);
        s->composer->editor()->setPlainText(u"Your parcel is at the pick-up point."_s);
        QTest::keyClick(s->composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(elsewhere.size(), 1);
        const qint64 started = elsewhere.first().first().toLongLong();
        QCOMPARE(elsewhere.first().at(1).value<Channel>(), Channel::WhatsApp);
        const ConversationRow conversation = *store_->reader().inbox().conversation(started);
        QCOMPARE(conversation.channel, Channel::WhatsApp);
        QCOMPARE(conversation.customerId, sms.customerId);
        QCOMPARE(conversation.accountId, sms.accountId);
        QCOMPARE(conversation.preview, u"Your parcel is at the pick-up point."_s);
        const QList<OutboxEntry> pending = store_->reader().outbox().pending(started);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().kind, u"start_conversation"_s);
        QVERIFY(s->composer->editor()->toPlainText().isEmpty());
        // The original conversation got nothing.
        QVERIFY(store_->reader().outbox().pending(sms.id).isEmpty());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_ui_composer.moc"
