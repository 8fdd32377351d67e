#include "EmailTestRig.h"

#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QCoreApplication>
#include <QTest>

using namespace std::chrono_literals;

namespace kontor::email::test {

using kontor::test::MailFixture;

EmailTestRig::EmailTestRig(MailFixture &fixture)
    : fixture_(fixture)
{}

EmailTestRig::~EmailTestRig()
{
    close();
}

EmailAccountSettings EmailTestRig::settings() const
{
    EmailAccountSettings settings;
    settings.address = MailFixture::kSupport;
    settings.displayName = QStringLiteral("Example Support");
    settings.imap = {QStringLiteral("127.0.0.1"), fixture_.dovecot().imapPort(), TlsMode::StartTls};
    settings.smtp = {QStringLiteral("127.0.0.1"), fixture_.smtp().starttlsPort(), TlsMode::StartTls};
    settings.trustedCertificatePem = fixture_.certificate().certificate().toPem();
    return settings;
}

EmailConnectorOptions EmailTestRig::fastOptions()
{
    EmailConnectorOptions options;
    options.pollInterval = 10min; // the tests show that IDLE alone brings new mail
    options.reconnectBase = 100ms;
    options.reconnectCap = 1s;
    return options;
}

void EmailTestRig::open(const EmailConnectorOptions &options)
{
    StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("store.db")));
    if (!opened.store)
        qFatal("store: %s", qPrintable(opened.error));
    store_ = std::move(opened.store);
    policy_ = std::make_unique<NetworkPolicy>();
    policy_->setWorkOffline(false);
    policy_->setSystemReachable(true);
    engine_ = std::make_unique<SyncEngine>(*store_, *policy_);
    engine_->setBackoff(net::Backoff(20ms, 100ms));
    auto connector = std::make_unique<EmailConnector>(settings(), MailFixture::kSupportPassword, options);
    connector_ = connector.get();
    engine_->addConnector(std::move(connector));
}

void EmailTestRig::close()
{
    engine_.reset();
    connector_ = nullptr;
    policy_.reset();
    store_.reset();
}

bool EmailTestRig::waitForSync(int finishedBefore, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (connector_->finishedSyncs() <= finishedBefore) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    settle();
    return true;
}

bool EmailTestRig::waitOnline(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (state().phase != ConnectorState::Phase::Online || connector_->finishedSyncs() == 0) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    settle();
    return true;
}

void EmailTestRig::settle()
{
    QCoreApplication::processEvents();
    store_->write([](WriteContext &) {}).waitForFinished();
    QCoreApplication::processEvents();
}

qint64 EmailTestRig::number(const char *sql, const QString &argument)
{
    auto q = StoreTestAccess::database(store_->reader()).prepare(sql);
    if (!argument.isNull())
        q.bind(1, argument);
    return q.step() ? q.int64(0) : -1;
}

QString EmailTestRig::text(const char *sql, const QString &argument)
{
    auto q = StoreTestAccess::database(store_->reader()).prepare(sql);
    if (!argument.isNull())
        q.bind(1, argument);
    return q.step() && !q.isNull(0) ? q.text(0) : QString();
}

QString EmailTestRig::cursorValue()
{
    return text("SELECT value FROM sync_cursors LIMIT 1");
}

QByteArray customerEmail(const QByteArray &from, const QByteArray &messageId, const QByteArray &subject,
                         const QByteArray &body, const QByteArray &extraHeaders)
{
    return "From: " + from + "\r\nTo: Example Support <support@example.test>\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + messageId + ">\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n" + extraHeaders +
           "MIME-Version: 1.0\r\n" +
           (extraHeaders.contains("Content-Type") ? "" : "Content-Type: text/plain; charset=utf-8\r\n") +
           "\r\n" + body + "\r\n";
}

} // namespace kontor::email::test
