#include "ContractSubject.h"
#include "example/ExampleConnector.h"

#include <QTemporaryDir>

namespace kontor::testing {

namespace {

class ExampleSubject : public ContractSubject
{
public:
    void open() override
    {
        StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("kontor.db")));
        if (!opened.store)
            qFatal("store: %s", qPrintable(opened.error));
        store_ = std::move(opened.store);
        policy_.setWorkOffline(false);
        policy_.setSystemReachable(true);
        engine_ = std::make_unique<SyncEngine>(*store_, policy_);
        engine_->setBackoff(net::Backoff(std::chrono::milliseconds(5), std::chrono::milliseconds(50)));
        auto connector = std::make_unique<example::ExampleConnector>(backend_);
        connector_ = connector.get();
        account_ = connector->account();
        engine_->addConnector(std::move(connector));
    }
    ~ExampleSubject() override
    {
        engine_.reset();
        store_.reset();
    }

    Store &store() override { return *store_; }
    SyncEngine &engine() override { return *engine_; }
    NetworkPolicy &policy() override { return policy_; }
    Connector *connector() override { return connector_; }
    AccountRecord account() const override { return account_; }

    QStringList backendConversations() override { return backend_.conversationIds(); }
    QStringList backendMessages() override { return backend_.messageIds(); }
    QString customerWrites(bool quietly) override
    {
        return backend_.customerWrites(backend_.conversationIds().constFirst(), QStringLiteral("Hello again"),
                                       quietly);
    }
    void breakConnection() override { backend_.dropConnection(); }
    void loseAnswers() override { backend_.loseAnswers(1'000'000); }
    void holdAnswers() override { backend_.setLatencyMillis(60'000); }
    void heal() override
    {
        backend_.loseAnswers(0);
        backend_.setLatencyMillis(1);
    }
    int timesCarriedOut(const QString &uuid) override { return backend_.received(uuid); }

private:
    QTemporaryDir dir_;
    example::ExampleBackend backend_;
    std::unique_ptr<Store> store_;
    NetworkPolicy policy_;
    std::unique_ptr<SyncEngine> engine_;
    Connector *connector_ = nullptr;
    AccountRecord account_;
};

} // namespace

std::unique_ptr<ContractSubject> makeExampleSubject()
{
    return std::make_unique<ExampleSubject>();
}

} // namespace kontor::testing
