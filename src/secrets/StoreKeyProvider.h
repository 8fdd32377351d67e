#pragma once

#include "secrets/SecretStore.h"
#include "store/StoreKey.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

namespace kontor {

// What asking the keychain for the store's key came to.
struct StoreKeyAnswer
{
    enum class Outcome
    {
        Key, // key holds the store's key (made and kept now, when there was none yet)
        // The keychain did not answer in time, or refused: reason says which. The agent chooses what next.
        KeychainUnavailable,
        // The keychain answered, but holds no usable key while the store is already encrypted: a new key
        // would not open it.
        KeyMissing,
    };
    Outcome outcome = Outcome::KeychainUnavailable;
    StoreKey key{};
    QString reason{}; // translated, for the agent
};

// Finds the key the local store is encrypted under in the secret store (the OS keychain in the app, memory in
// tests), or makes one when there is none and no encrypted store needs an old one. One key serves every store
// of the user, so a store moved with --store or to another folder still opens. Answers once, within
// patience: a keychain that never answers (no Secret Service running, a prompt nobody sees) is reported as
// unavailable rather than waited for.
class StoreKeyProvider : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultPatience{15000};

    explicit StoreKeyProvider(SecretStore &secrets, std::chrono::milliseconds patience = defaultPatience,
                              QObject *parent = nullptr);

    // encryptedStoreExists: a store is there that only its old key opens (then none is made).
    void fetch(bool encryptedStoreExists, std::function<void(const StoreKeyAnswer &)> done);
    // The same, waiting in a local event loop: for start-up, before any window exists.
    StoreKeyAnswer fetchAndWait(bool encryptedStoreExists);

    // The name of the key's entry in the keychain.
    static QString entryName();

private:
    void makeKey(const std::shared_ptr<std::function<void(const StoreKeyAnswer &)>> &answer);

    SecretStore &secrets_;
    std::chrono::milliseconds patience_;
};

} // namespace kontor
