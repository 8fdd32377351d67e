#include "ChatwootTestRig.h"

#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QLoggingCategory>
#include <QTest>

using namespace std::chrono_literals;

namespace kontor::chatwoot::test {

ChatwootTestRig::ChatwootTestRig(const fake::FakeChatwoot::Seed &seed)
    : fake_(std::make_unique<fake::FakeChatwoot>(seed))
{
    // Request lines are debug output; the tests read the fake's request log instead.
    QLoggingCategory::setFilterRules(QStringLiteral("kontor.chatwoot.*.debug=false"));
    if (!fake_->listen())
        qFatal("the fake Chatwoot could not listen");
    fake_->cable().setPingInterval(200ms);
}

ChatwootTestRig::~ChatwootTestRig()
{
    close();
}

SyncOptions ChatwootTestRig::fastOptions()
{
    SyncOptions options;
    options.retryPause = 20ms;
    options.requestTimeout = 2000ms;
    options.presenceInterval = 300ms;
    options.staleConnectionAfter = 1500ms;
    options.checkpointInterval = 60s;
    options.reconnectBase = 50ms;
    options.reconnectCap = 400ms;
    return options;
}

ChatwootAccount ChatwootTestRig::accountSettings() const
{
    ChatwootAccount account;
    account.server = QUrl(fake_->url());
    account.accountId = fake::FakeChatwoot::kAccountId;
    account.accountName = QStringLiteral("Acme Support");
    account.userId = fake::FakeChatwoot::kUserId;
    account.userName = QStringLiteral("Ada Agent");
    return account;
}

void ChatwootTestRig::open(const SyncOptions &options)
{
    const ChatwootAccount account = accountSettings();
    secrets_.write(account.secretKey(), fake::FakeChatwoot::token(), [](const QString &) {});
    StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("store.db")));
    if (!opened.store)
        qFatal("store: %s", qPrintable(opened.error));
    store_ = std::move(opened.store);
    policy_ = std::make_unique<NetworkPolicy>();
    policy_->setWorkOffline(false);
    policy_->setSystemReachable(true);
    engine_ = std::make_unique<SyncEngine>(*store_, *policy_);
    engine_->setBackoff(net::Backoff(20ms, 100ms));
    auto connector = std::make_unique<ChatwootConnector>(account, &secrets_, options,
                                                         IdentitySettings{QStringLiteral("DE")});
    connector_ = connector.get();
    engine_->addConnector(std::move(connector));
}

void ChatwootTestRig::close()
{
    engine_.reset();
    connector_ = nullptr;
    policy_.reset();
    store_.reset();
}

qint64 ChatwootTestRig::number(const char *sql, const QString &argument)
{
    auto q = StoreTestAccess::database(store_->reader()).prepare(sql);
    if (!argument.isNull())
        q.bind(1, argument);
    return q.step() ? q.int64(0) : -1;
}

QString ChatwootTestRig::text(const char *sql, const QString &argument)
{
    auto q = StoreTestAccess::database(store_->reader()).prepare(sql);
    if (!argument.isNull())
        q.bind(1, argument);
    return q.step() && !q.isNull(0) ? q.text(0) : QString();
}

qint64 ChatwootTestRig::conversationId(const QString &remoteId)
{
    return number("SELECT id FROM conversations WHERE remote_id = ?", remoteId);
}

QString ChatwootTestRig::cursorValue()
{
    return text("SELECT value FROM sync_cursors LIMIT 1");
}

void ChatwootTestRig::settle()
{
    // A write queued behind every earlier one finishes after them.
    store_->write([](WriteContext &) {}).waitForFinished();
    QCoreApplication::processEvents();
}

QStringList ChatwootTestRig::contractViolations(int *checked) const
{
    static const fake::OpenApiContract contract = fake::OpenApiContract::bundled();
    QStringList violations;
    int count = 0;
    const QList<fake::HttpRequest> &requests = fake_->requests();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const fake::HttpRequest &request = requests[i];
        const fake::OpenApiContract::Verdict verdict = contract.check(request);
        if (!verdict.covered)
            continue;
        ++count;
        const QString what = QString::fromLatin1(request.method) + u' ' + request.path;
        for (const QString &violation : verdict.violations)
            violations.append(what + QStringLiteral(": ") + violation);
        if (fake_->answerWasInjected(i))
            continue; // a fault the test played on purpose: not the fake's own answer
        const fake::OpenApiContract::Verdict answer =
            contract.checkResponse(request, fake_->answers().value(i), fake_->answerBodies().value(i));
        for (const QString &violation : answer.violations)
            violations.append(what + QStringLiteral(" answered: ") + violation);
    }
    if (checked)
        *checked = count;
    return violations;
}

} // namespace kontor::chatwoot::test
