#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace kontor {

// Secrets in memory, for tests and for hosts without a keychain where nothing may be written to disk.
// Answers asynchronously like a real keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    // Tests: what is stored, and a failure to simulate.
    QHash<QString, QString> contents() const { return secrets_; }
    void setFailure(const QString &error) { failure_ = error; }

private:
    QHash<QString, QString> secrets_;
    QString failure_;
};

} // namespace kontor
