#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace kontor {

// Where secrets (access tokens) live: the OS keychain in the app (KeychainSecretStore), memory in tests
// (MemorySecretStore), since no keychain daemon runs headless. Never settings, SQLite or logs. Every call
// answers asynchronously (keychains may ask the user), exactly once.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(std::optional<QString> secret, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    using QObject::QObject;

    // secret is nullopt when there is none under key (error empty) or it could not be read (error set).
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
};

} // namespace kontor
