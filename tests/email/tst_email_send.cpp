// Replies and new emails from Kontor through the real SMTP server of the fixture: each arrives once in the
// customer's mailbox with the thread's headers and a Message-ID made from its outbox entry, and a copy goes
// to the Sent folder. An answer lost after the message was handed over is checked in the Sent folder and
// never sent twice; an earlier attempt found there is confirmed without sending. Counted on the server's
// side.
#include "EmailTestRig.h"
#include "connectors/email/smtp/OutgoingEmail.h"
#include "store/queries/OutboxQueries.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::email;
using namespace kontor::email::test;
using kontor::test::MailFixture;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

// The messages among these that carry the header line (compared without case, line ends as LF).
int countWith(const QList<QByteArray> &messages, const QByteArray &line)
{
    int count = 0;
    for (QByteArray message : messages) {
        message.replace("\r\n", "\n");
        const QByteArray lower = "\n" + message.toLower();
        if (lower.contains(QByteArray("\n" + line.toLower())))
            ++count;
    }
    return count;
}

} // namespace

class TestEmailSend : public QObject
{
    Q_OBJECT

    std::unique_ptr<MailFixture> fixture_;
    std::unique_ptr<EmailTestRig> rig_;

    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = rig_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }
    qint64 conversation(const QString &remoteId)
    {
        return rig_->number("SELECT id FROM conversations WHERE remote_id = ?", remoteId);
    }
    QByteArray messageIdLine(const QString &uuid)
    {
        return "Message-ID: <" + messageIdForEntry(uuid, QStringLiteral("example.test")).toUtf8() + ">";
    }
    QList<QByteArray> arrived() { return fixture_->dovecot().messages(MailFixture::kCustomer); }
    QList<QByteArray> sentCopies()
    {
        return fixture_->dovecot().messages(MailFixture::kSupport, QStringLiteral("Sent"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
        QVERIFY(fixture_->dovecot().createFolder(MailFixture::kSupport, QStringLiteral("Sent")));
        QVERIFY(fixture_->dovecot().writeMaildir(
            MailFixture::kSupport,
            {customerEmail("Anna <anna@customer.test>", "a1@customer.test", "Order 1", "Where is my order?"),
             customerEmail("Anna <anna@customer.test>", "a2@customer.test", "Re: Order 1", "Any news?",
                           "In-Reply-To: <a1@customer.test>\r\nReferences: <a1@customer.test>\r\n")}));
        rig_ = std::make_unique<EmailTestRig>(*fixture_);
        rig_->open();
        QVERIFY(rig_->waitOnline());
    }

    void cleanupTestCase()
    {
        rig_.reset();
        fixture_.reset();
    }

    void replyArrivesOnceWithTheThreadsHeaders()
    {
        const qsizetype sentBefore = fixture_->smtp().received().size();
        const QString uuid =
            await(rig_->store().apply(SendMessage{conversation(QStringLiteral("a1@customer.test")),
                                                  QStringLiteral("Your order ships today."),
                                                  BodyFormat::Plain,
                                                  false,
                                                  {},
                                                  {}}))
                .uuid;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 20'000);

        const auto sent = fixture_->smtp().received();
        QCOMPARE(sent.size(), sentBefore + 1);
        QCOMPARE(sent.constLast().recipients, QStringList{MailFixture::kCustomer});
        QTRY_COMPARE_WITH_TIMEOUT(countWith(arrived(), messageIdLine(uuid)), 1, 10'000);
        QByteArray message;
        for (const QByteArray &candidate : arrived()) {
            if (countWith({candidate}, messageIdLine(uuid)) == 1)
                message = candidate;
        }
        for (const QByteArray &header :
             {QByteArray("In-Reply-To: <a2@customer.test>"),
              QByteArray("References: <a1@customer.test> <a2@customer.test>"),
              QByteArray("From: Example Support <support@example.test>"), QByteArray("Subject: Re: Order 1"),
              QByteArray("To: Anna <anna@customer.test>")})
            QVERIFY2(countWith({message}, header) == 1, header.constData());
        QVERIFY(message.contains("Your order ships today."));
        // The copy in the Sent folder, and the message in the store by its Message-ID.
        QCOMPARE(countWith(sentCopies(), messageIdLine(uuid)), 1);
        QCOMPARE(rig_->number("SELECT count(*) FROM messages WHERE remote_id = ?",
                              messageIdForEntry(uuid, QStringLiteral("example.test"))),
                 1);
    }

    void earlierAttemptFoundInSentIsConfirmedWithoutSending()
    {
        // The reply above went out; its answer "lost", the engine asks again with outcomeUnknown.
        const auto entry = rig_->store().reader().outbox().entry(
            rig_->text("SELECT uuid FROM outbox WHERE state = 'confirmed' LIMIT 1"));
        QVERIFY(entry);
        DeliveryRequest request;
        request.entry = *entry;
        request.entry.uuid = entry->uuid;
        request.action = SendMessage{conversation(QStringLiteral("a1@customer.test")),
                                     QStringLiteral("again"),
                                     BodyFormat::Plain,
                                     false,
                                     {},
                                     {}};
        request.conversationRemoteId = QStringLiteral("a1@customer.test");
        request.outcomeUnknown = true;
        const qsizetype sentBefore = fixture_->smtp().received().size();
        QSignalSpy finished(&rig_->connector(), &Connector::deliveryFinished);
        rig_->connector().deliver(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QCOMPARE(finished.at(0).at(1).value<DeliveryResult>().outcome, DeliveryResult::Outcome::Confirmed);
        QCOMPARE(fixture_->smtp().received().size(), sentBefore);
    }

    void attemptNotFoundInSentIsSentOnce()
    {
        // An entry that was marked as on its way but never got as far as its copy: sent, once.
        DeliveryRequest request;
        request.entry.uuid = QStringLiteral("8a1d1c9e-0000-4000-8000-00000000beef");
        request.entry.createdAt = nowUtcMillis();
        request.action = SendMessage{conversation(QStringLiteral("a1@customer.test")),
                                     QStringLiteral("Checked first."),
                                     BodyFormat::Plain,
                                     false,
                                     {},
                                     {}};
        request.conversationRemoteId = QStringLiteral("a1@customer.test");
        request.outcomeUnknown = true;
        const qsizetype sentBefore = fixture_->smtp().received().size();
        QSignalSpy finished(&rig_->connector(), &Connector::deliveryFinished);
        rig_->connector().deliver(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QCOMPARE(finished.at(0).at(1).value<DeliveryResult>().outcome, DeliveryResult::Outcome::Confirmed);
        QCOMPARE(fixture_->smtp().received().size(), sentBefore + 1);
        QTRY_COMPARE_WITH_TIMEOUT(countWith(arrived(), messageIdLine(request.entry.uuid)), 1, 10'000);
    }

    void newEmailStartsAConversation()
    {
        const qint64 anna =
            rig_->number("SELECT customer_id FROM identities WHERE value = ?", MailFixture::kCustomer);
        const qint64 account = rig_->number("SELECT id FROM accounts");
        StartConversation start;
        start.customerId = anna;
        start.accountId = account;
        start.channel = Channel::Email;
        start.subject = QStringLiteral("Your refund");
        start.body = QStringLiteral("The refund is on its way.");
        const ActionReceipt receipt = await(rig_->store().apply(start));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Confirmed, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(countWith(arrived(), messageIdLine(receipt.uuid)), 1, 10'000);
        const QString messageId = messageIdForEntry(receipt.uuid, QStringLiteral("example.test"));
        // A new thread: named by its own Message-ID, answering nothing.
        QCOMPARE(rig_->text("SELECT remote_id FROM conversations WHERE id = ?",
                            QString::number(*receipt.conversationId)),
                 messageId);
        for (const QByteArray &message : arrived()) {
            if (countWith({message}, messageIdLine(receipt.uuid)) == 1) {
                QCOMPARE(countWith({message}, "In-Reply-To:"), 0);
                QCOMPARE(countWith({message}, "Subject: Your refund"), 1);
            }
        }
    }

    void lostAnswerIsCheckedInSentAndNeverSentTwice()
    {
        QVERIFY(fixture_->smtp().dropNextAnswer());
        const qsizetype sentBefore = fixture_->smtp().received().size();
        const QString uuid =
            await(rig_->store().apply(SendMessage{conversation(QStringLiteral("a1@customer.test")),
                                                  QStringLiteral("Second answer."),
                                                  BodyFormat::Plain,
                                                  false,
                                                  {},
                                                  {}}))
                .uuid;
        // The message went out, its answer did not come back; the Sent folder holds the copy still marked as
        // on its way, so nobody can tell: the agent decides, nothing is resent.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Unknown, 30'000);
        QTest::qWait(500);
        QCOMPARE(fixture_->smtp().received().size(), sentBefore + 1);
        QCOMPARE(countWith(arrived(), messageIdLine(uuid)), 1);
        QCOMPARE(countWith(sentCopies(), messageIdLine(uuid)), 1);
        QCOMPARE(stateOf(uuid), OutboxState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestEmailSend)
#include "tst_email_send.moc"
