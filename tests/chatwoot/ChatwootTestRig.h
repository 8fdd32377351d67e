#pragma once

#include "connectors/chatwoot/ChatwootConnector.h"
#include "fake/FakeChatwoot.h"
#include "fake/OpenApiContract.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <memory>

namespace kontor::chatwoot::test {

// A fake Chatwoot on port 0, and Kontor's real store (in a temporary directory), sync engine and Chatwoot
// connector against it, with short timings. Tests drive the fake and read the store.
class ChatwootTestRig
{
public:
    explicit ChatwootTestRig(const fake::FakeChatwoot::Seed &seed = {});
    ~ChatwootTestRig();

    static SyncOptions fastOptions();
    ChatwootAccount accountSettings() const;

    // Opens store, engine and connector (the token in the memory keychain); closing keeps the store file.
    void open(const SyncOptions &options = fastOptions());
    void close();

    fake::FakeChatwoot &fake() { return *fake_; }
    Store &store() { return *store_; }
    SyncEngine &engine() { return *engine_; }
    NetworkPolicy &policy() { return *policy_; }
    ChatwootConnector &connector() { return *connector_; }
    MemorySecretStore &secrets() { return secrets_; }
    ConnectorState state() const { return engine_->state(connector_); }

    // One integer or text from the store.
    qint64 number(const char *sql, const QString &argument = {});
    QString text(const char *sql, const QString &argument = {});
    qint64 conversationId(const QString &remoteId);
    QString cursorValue();
    // Waits until the store has committed everything handed to it so far.
    void settle();

    // Every request the connector made that the spec covers, and the fake's answer to it, checked: returns
    // the violations, and how many requests were checked.
    QStringList contractViolations(int *checked = nullptr) const;

private:
    std::unique_ptr<fake::FakeChatwoot> fake_;
    QTemporaryDir dir_;
    MemorySecretStore secrets_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> policy_;
    std::unique_ptr<SyncEngine> engine_;
    ChatwootConnector *connector_ = nullptr;
};

} // namespace kontor::chatwoot::test
