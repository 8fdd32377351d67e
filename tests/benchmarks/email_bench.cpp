// The floor for the email connector's first sync: a mailbox of the fixture's Dovecot 2.4
// (tests/email/fixture) filled with N messages written straight into its Maildir, then every message fetched
// whole (headers and bodies) by a bare KIMAP session over STARTTLS, in batches of sequence numbers as a sync
// would. Prints JSON: what writing, the first SELECT (Dovecot indexing the new files) and the fetch took, and
// messages/s of the fetch. The connector's own figure is measured beside it later.
//
//   kontor-bench-email [--messages 100000] [--batch 1000]
#include "MailFixture.h"

#include <KIMAP/FetchJob>
#include <KIMAP/LoginJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <cstdio>

using namespace kontor::test;

namespace {

// A customer's email of a few kilobytes: headers as mail programs write them and a body of varying length.
QByteArray syntheticMessage(int number, QRandomGenerator &random)
{
    const int customer = number % 5000;
    QByteArray body;
    const int lines = 10 + int(random.bounded(60));
    for (int line = 0; line < lines; ++line)
        body += "Line " + QByteArray::number(line) + " of a customer's question about order " +
                QByteArray::number(number) + ", written at some length as people do.\r\n";
    return "Return-Path: <customer" + QByteArray::number(customer) +
           "@example.com>\r\n"
           "From: Customer " +
           QByteArray::number(customer) + " <customer" + QByteArray::number(customer) +
           "@example.com>\r\n"
           "To: support@example.test\r\n"
           "Subject: Order " +
           QByteArray::number(number) +
           "\r\n"
           "Date: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
           "Message-ID: <bench-" +
           QByteArray::number(number) +
           "@example.com>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" +
           body;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "kontor-bench-email: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in the mailbox."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Messages per FETCH."), QStringLiteral("n"),
                      QStringLiteral("1000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("messages")).toInt();
    const int batch = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    if (count <= 0)
        fail(QStringLiteral("--messages must be positive"));

    MailFixture fixture;
    if (!fixture.start())
        fail(fixture.error());
    DovecotServer &dovecot = fixture.dovecot();

    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(17);
    qint64 bytesWritten = 0;
    constexpr int kChunk = 5000;
    for (int first = 0; first < count; first += kChunk) {
        QList<QByteArray> chunk;
        for (int number = first; number < std::min(count, first + kChunk); ++number) {
            chunk.append(syntheticMessage(number, random));
            bytesWritten += chunk.constLast().size();
        }
        if (!dovecot.writeMaildir(MailFixture::kSupport, chunk))
            fail(QStringLiteral("writing the Maildir failed"));
    }
    const qint64 writeMs = clock.restart();

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                          QList{fixture.certificate().certificate()});
    QSslConfiguration::setDefaultConfiguration(tls);
    KIMAP::Session session(QStringLiteral("127.0.0.1"), dovecot.imapPort());
    session.setUseNetworkProxy(false);
    session.setTimeout(600);
    auto *login = new KIMAP::LoginJob(&session);
    login->setUserName(MailFixture::kSupport);
    login->setPassword(MailFixture::kSupportPassword);
    login->setEncryptionMode(KIMAP::LoginJob::STARTTLS);
    login->setAuthenticationMode(KIMAP::LoginJob::Plain);
    if (!login->exec())
        fail(QStringLiteral("login: ") + login->errorString());
    clock.restart();
    auto *select = new KIMAP::SelectJob(&session);
    select->setMailBox(QStringLiteral("INBOX"));
    select->setOpenReadOnly(true);
    if (!select->exec())
        fail(QStringLiteral("select: ") + select->errorString());
    const qint64 selectMs = clock.restart();
    if (select->messageCount() != count)
        fail(QStringLiteral("the mailbox holds %1 messages, not %2").arg(select->messageCount()).arg(count));

    qint64 fetched = 0;
    qint64 bytesFetched = 0;
    for (int first = 1; first <= count; first += batch) {
        auto *fetch = new KIMAP::FetchJob(&session);
        fetch->setSequenceSet(KIMAP::ImapSet(first, std::min(count, first + batch - 1)));
        KIMAP::FetchJob::FetchScope scope;
        scope.mode = KIMAP::FetchJob::FetchScope::Full;
        fetch->setScope(scope);
        QObject::connect(fetch, &KIMAP::FetchJob::messagesAvailable,
                         [&](const QMap<qint64, KIMAP::Message> &messages) {
                             for (const KIMAP::Message &message : messages) {
                                 ++fetched;
                                 bytesFetched += message.size;
                             }
                         });
        if (!fetch->exec())
            fail(QStringLiteral("fetch: ") + fetch->errorString());
    }
    const qint64 fetchMs = std::max<qint64>(1, clock.elapsed());
    if (fetched != count)
        fail(QStringLiteral("fetched %1 of %2 messages").arg(fetched).arg(count));

    const QJsonObject figures{
        {QStringLiteral("benchmark"), QStringLiteral("email")},
        {QStringLiteral("messages"), count},
        {QStringLiteral("mailbox_bytes"), bytesWritten},
        {QStringLiteral("fetch_batch"), batch},
        {QStringLiteral("maildir_write_ms"), writeMs},
        {QStringLiteral("first_select_ms"), selectMs},
        {QStringLiteral("kimap_fetch_ms"), fetchMs},
        {QStringLiteral("kimap_fetched_bytes"), bytesFetched},
        {QStringLiteral("kimap_messages_per_second"), double(fetched) * 1000.0 / double(fetchMs)},
        {QStringLiteral("kimap_mib_per_second"),
         double(bytesFetched) / (1024.0 * 1024.0) * 1000.0 / double(fetchMs)},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
