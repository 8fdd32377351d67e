#include "app/WorkspaceRuntime.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "connectors/email/setup/EmailAccounts.h"
#include "core/OwnerOnlyFiles.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QStandardPaths>

namespace kontor::app {

WorkspaceRuntime::~WorkspaceRuntime()
{
    // The engine stops its connectors before the store they write to, and the keychain they read, go away.
    chatwoot_.reset();
    email_.reset();
    demo_.reset();
    sync_.reset();
    secrets_.reset();
    network_.reset();
    store_.reset();
}

QString WorkspaceRuntime::defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kontor.db");
}

QString WorkspaceRuntime::storePathFor(const RuntimeOptions &options)
{
    return options.storePath.isEmpty() ? defaultStorePath() : options.storePath;
}

std::unique_ptr<WorkspaceRuntime> WorkspaceRuntime::open(const RuntimeOptions &options, OpenFailure &failure,
                                                         QString &notice)
{
    std::unique_ptr<WorkspaceRuntime> runtime(new WorkspaceRuntime);
    runtime->options_ = options;
    const QString path = storePathFor(options);
    files::makeOwnerOnlyFolder(QFileInfo(path).absolutePath());
    // The window need not wait for the routine check of a small store: it runs once the window is up.
    StoreOptions storeOptions;
    storeOptions.quickCheck.routineCheckAfterOpening = true;
    storeOptions.key = options.storeKey;
    StoreOpenResult opened = Store::open(path, storeOptions);
    if (!opened.store) {
        failure = {opened.error, opened.retryable, opened.heldBy.has_value()};
        return nullptr;
    }
    notice = opened.notice;
    runtime->store_ = std::move(opened.store);
    runtime->network_ = std::make_unique<NetworkPolicy>();
    runtime->sync_ = std::make_unique<SyncEngine>(*runtime->store_, *runtime->network_);
    runtime->secrets_ = std::make_unique<KeychainSecretStore>();
    chatwoot::ChatwootAccounts::Options chatwoot;
    chatwoot.connect = options.connectors;
    runtime->chatwoot_ = std::make_unique<chatwoot::ChatwootAccounts>(*runtime->store_, *runtime->sync_,
                                                                      *runtime->secrets_, chatwoot);
    runtime->email_ =
        std::make_unique<email::EmailAccounts>(*runtime->sync_, *runtime->secrets_, options.connectors);
    DemoAccount::Options demo;
    demo.stateFile = DemoAccount::stateFileFor(runtime->store_->path());
    if (options.demoSeed != 0)
        demo.world.seed = options.demoSeed;
    demo.connect = options.connectors;
    runtime->demo_ = std::make_unique<DemoAccount>(*runtime->store_, *runtime->sync_, demo);
    if (options.chooseDemo)
        runtime->demo_->keepChosen();
    return runtime;
}

ui::WorkspaceContext WorkspaceRuntime::context() const
{
    return {store_.get(), sync_.get(), network_.get()};
}

void WorkspaceRuntime::startConnectors()
{
    if (!options_.connectors)
        return;
    // The demo contact center runs only when the agent chose it (at the first run, or from Accounts).
    demo_->startIfChosen();
    chatwoot_->startConfigured();
    email_->startConfigured();
}

} // namespace kontor::app
