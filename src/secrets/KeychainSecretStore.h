#pragma once

#include "secrets/SecretStore.h"

namespace kontor {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows Credential
// Store), under one service name. There is no insecure fallback: without a keychain, writing fails with the
// reason, and the agent is asked for the token again next time rather than having it written to disk.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("org.kontor.Kontor"),
                                 QObject *parent = nullptr);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QString service_;
};

} // namespace kontor
