// The email connector's sync against a real Dovecot: a first sync of a shared mailbox with threads,
// customers from From and Reply-To, HTML and plain bodies and a listed attachment; a restart that resumes
// from the saved cursor without duplicates; a folder whose UIDVALIDITY changed, fetched again without
// duplicates.
#include "EmailTestRig.h"
#include "connectors/email/imap/FolderCursor.h"

#include <QTest>

using namespace kontor;
using namespace kontor::email;
using namespace kontor::email::test;
using kontor::test::DovecotServer;
using kontor::test::MailFixture;

namespace {

QByteArray htmlWithAttachment()
{
    return customerEmail(
        "Bob Builder <bob@customer.test>", "b1@customer.test", "Broken invoice",
        "--sep\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The invoice is <b>wrong</b>.</p>\r\n"
        "--sep\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        "filename=\"invoice.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        "--sep--",
        "Content-Type: multipart/mixed; boundary=\"sep\"\r\n");
}

} // namespace

class TestEmailSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<MailFixture> fixture_;
    std::unique_ptr<EmailTestRig> rig_;

    qint64 messages() { return rig_->number("SELECT count(*) FROM messages"); }
    qint64 conversations() { return rig_->number("SELECT count(*) FROM conversations"); }
    QString conversationOf(const QString &messageRemoteId)
    {
        return rig_->text(
            "SELECT c.remote_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.remote_id = ?",
            messageRemoteId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
        DovecotServer &dovecot = fixture_->dovecot();
        QVERIFY(dovecot.createFolder(MailFixture::kSupport, QStringLiteral("Sent")));
        QVERIFY(dovecot.writeMaildir(
            MailFixture::kSupport,
            {customerEmail("Anna <anna@customer.test>", "a1@customer.test", "Order 1", "Where is my order?"),
             customerEmail("Anna <anna@customer.test>", "a2@customer.test", "Re: Order 1", "Any news?",
                           "In-Reply-To: <a1@customer.test>\r\nReferences: <a1@customer.test>\r\n"),
             htmlWithAttachment(),
             // A web form: the shared no-reply sender must not become the customer.
             customerEmail("Shop form <noreply@shop.test>", "f1@shop.test", "Contact form", "Call me back",
                           "Reply-To: Carol <carol@customer.test>\r\n")}));
        rig_ = std::make_unique<EmailTestRig>(*fixture_);
    }

    void cleanupTestCase()
    {
        rig_.reset();
        fixture_.reset();
    }

    void firstSync()
    {
        rig_->open();
        QVERIFY(rig_->waitOnline());
        QCOMPARE(messages(), 4);
        QCOMPARE(conversations(), 3);
        // Threaded by In-Reply-To/References: Anna's two emails are one conversation, named by the first.
        QCOMPARE(conversationOf(QStringLiteral("a1@customer.test")), QStringLiteral("a1@customer.test"));
        QCOMPARE(conversationOf(QStringLiteral("a2@customer.test")), QStringLiteral("a1@customer.test"));
        QCOMPARE(rig_->text("SELECT subject FROM conversations WHERE remote_id = ?",
                            QStringLiteral("a1@customer.test")),
                 QStringLiteral("Order 1"));
        // Customers by their addresses; the web form's customer is the Reply-To, not the no-reply sender.
        for (const char *address : {"anna@customer.test", "bob@customer.test", "carol@customer.test"})
            QVERIFY2(rig_->number("SELECT count(*) FROM identities WHERE kind = 'email' AND value = ?",
                                  QString::fromLatin1(address)) == 1,
                     address);
        QCOMPARE(rig_->number("SELECT count(*) FROM identities WHERE value = 'noreply@shop.test'"), 0);
        QCOMPARE(rig_->text("SELECT name FROM customers c JOIN identities i ON i.customer_id = c.id "
                            "WHERE i.value = 'carol@customer.test'"),
                 QStringLiteral("Carol"));
        // HTML kept as HTML for the safe renderer, plain text as it is; the attachment listed, not held.
        QCOMPARE(rig_->text("SELECT body_format FROM messages WHERE remote_id = 'b1@customer.test'"),
                 QStringLiteral("html"));
        QVERIFY(rig_->text("SELECT body FROM messages WHERE remote_id = 'b1@customer.test'")
                    .contains(QLatin1String("<b>wrong</b>")));
        QCOMPARE(rig_->text("SELECT body_format FROM messages WHERE remote_id = 'a1@customer.test'"),
                 QStringLiteral("plain"));
        QCOMPARE(rig_->text("SELECT file_name FROM attachments a JOIN messages m ON m.id = a.message_id "
                            "WHERE m.remote_id = 'b1@customer.test'"),
                 QStringLiteral("invoice.pdf"));
        // The cursor names the folder's UIDVALIDITY and the last UID passed on.
        const FolderPosition position =
            FolderCursor::parse(rig_->cursorValue()).position(QStringLiteral("INBOX"));
        QCOMPARE(position.uidValidity, qint64(*fixture_->dovecot().uidValidity(MailFixture::kSupport)));
        QCOMPARE(position.lastUid, 4);
        rig_->close();
    }

    void resumesFromTheCursorAfterARestart()
    {
        // While Kontor was closed, Anna answered again, naming only the latest message she knew.
        QVERIFY(fixture_->dovecot().deliver(MailFixture::kSupport,
                                            customerEmail("Anna <anna@customer.test>", "a3@customer.test",
                                                          "Re: Order 1", "Hello?",
                                                          "In-Reply-To: <a2@customer.test>\r\n")));
        rig_->open();
        QVERIFY(rig_->waitOnline());
        QCOMPARE(messages(), 5);
        QCOMPARE(conversations(), 3);
        // Threading knows the messages before the cursor again (read as headers), so the reply joins.
        QCOMPARE(conversationOf(QStringLiteral("a3@customer.test")), QStringLiteral("a1@customer.test"));
        QCOMPARE(FolderCursor::parse(rig_->cursorValue()).position(QStringLiteral("INBOX")).lastUid, 5);
        rig_->close();
    }

    void uidValidityChangeFetchesAgainWithoutDuplicates()
    {
        DovecotServer &dovecot = fixture_->dovecot();
        const quint32 changed = *dovecot.uidValidity(MailFixture::kSupport) + 1000;
        QVERIFY2(dovecot.setUidValidity(MailFixture::kSupport, changed), qPrintable(dovecot.error()));
        QVERIFY(dovecot.deliver(MailFixture::kSupport,
                                customerEmail("Dan <dan@customer.test>", "d1@customer.test", "Hello", "Hi")));
        rig_->open();
        QVERIFY(rig_->waitOnline());
        QCOMPARE(messages(), 6);
        QCOMPARE(conversations(), 4);
        QCOMPARE(rig_->number("SELECT count(*) FROM customers"), 4);
        const FolderPosition position =
            FolderCursor::parse(rig_->cursorValue()).position(QStringLiteral("INBOX"));
        QCOMPARE(position.uidValidity, qint64(changed));
        QCOMPARE(position.lastUid, 6);
        QCOMPARE(conversationOf(QStringLiteral("a3@customer.test")), QStringLiteral("a1@customer.test"));
        rig_->close();
    }
};

QTEST_GUILESS_MAIN(TestEmailSync)
#include "tst_email_sync.moc"
