#include "ChatwootWorkspaceRig.h"

#include "ChatwootTestRig.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

using namespace std::chrono_literals;

namespace kontor::chatwoot::test {

ChatwootWorkspaceRig::ChatwootWorkspaceRig(const fake::FakeChatwoot::Seed &seed, bool connect)
    : fake_(seed)
{
    QLoggingCategory::setFilterRules(QStringLiteral("kontor.chatwoot.*.debug=false"));
    if (!fake_.listen())
        qFatal("the fake Chatwoot could not listen");
    fake_.cable().setPingInterval(200ms);
    StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("kontor.db")));
    if (!opened.store)
        qFatal("store: %s", qPrintable(opened.error));
    store_ = std::move(opened.store);
    policy_ = std::make_unique<NetworkPolicy>();
    policy_->setWorkOffline(false);
    policy_->setSystemReachable(true);
    engine_ = std::make_unique<SyncEngine>(*store_, *policy_);
    engine_->setBackoff(net::Backoff(20ms, 100ms));
    ChatwootAccounts::Options options;
    options.connect = connect;
    options.sync = ChatwootTestRig::fastOptions();
    options.identity.phoneRegion = QStringLiteral("DE");
    accounts_ = std::make_unique<ChatwootAccounts>(*store_, *engine_, secrets_, options);
    window_ =
        std::make_unique<ui::MainWindow>(ui::WorkspaceContext{store_.get(), engine_.get(), policy_.get()});
    entry_ = ui::installAccountsEntry(*window_, *accounts_);
}

ChatwootWorkspaceRig::~ChatwootWorkspaceRig()
{
    // In the app's order: the window, then the engine with its connectors, then the store.
    window_.reset();
    accounts_.reset();
    engine_.reset();
    policy_.reset();
    store_.reset();
}

fake::FakeChatwoot::Seed ChatwootWorkspaceRig::smallSeed()
{
    fake::FakeChatwoot::Seed seed;
    seed.contacts = 8;
    seed.conversations = 12;
    seed.messagesPerConversation = 2;
    return seed;
}

void ChatwootWorkspaceRig::useTestSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
}

ChatwootAccount ChatwootWorkspaceRig::fakeAccount() const
{
    ChatwootAccount account;
    account.server = QUrl(fake_.url());
    account.accountId = fake::FakeChatwoot::kAccountId;
    account.accountName = QStringLiteral("Acme Support");
    account.userId = fake::FakeChatwoot::kUserId;
    account.userName = QStringLiteral("Ada Agent");
    return account;
}

qint64 ChatwootWorkspaceRig::chatwootConversations()
{
    auto q = StoreTestAccess::database(store_->reader())
                 .prepare("SELECT COUNT(*) FROM conversations c JOIN accounts a ON a.id = c.account_id "
                          "WHERE a.connector = 'chatwoot'");
    return q.step() ? q.int64(0) : -1;
}

qint64 ChatwootWorkspaceRig::number(const char *sql, const QString &argument)
{
    auto q = StoreTestAccess::database(store_->reader()).prepare(sql);
    if (!argument.isNull())
        q.bind(1, argument);
    return q.step() ? q.int64(0) : -1;
}

void ChatwootWorkspaceRig::settle()
{
    store_->write([](WriteContext &) {}).waitForFinished();
    QCoreApplication::processEvents();
}

bool ChatwootWorkspaceRig::settingsContain(const QString &text) const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
}

bool ChatwootWorkspaceRig::storeFilesContain(const QString &text) const
{
    const QDir dir(dir_.path());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

} // namespace kontor::chatwoot::test
