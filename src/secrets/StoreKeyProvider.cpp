#include "secrets/StoreKeyProvider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace kontor {

namespace {

StoreKeyAnswer unavailable(const QString &reason)
{
    return {StoreKeyAnswer::Outcome::KeychainUnavailable, StoreKey(), reason};
}

StoreKeyAnswer missing()
{
    return {StoreKeyAnswer::Outcome::KeyMissing, StoreKey(),
            QCoreApplication::translate(
                "StoreKeyProvider", "The system keychain holds no key for Kontor's encrypted local store: "
                                    "it may have been removed, or this is another user's keychain.")};
}

} // namespace

StoreKeyProvider::StoreKeyProvider(SecretStore &secrets, std::chrono::milliseconds patience, QObject *parent)
    : QObject(parent)
    , secrets_(secrets)
    , patience_(patience)
{}

QString StoreKeyProvider::entryName()
{
    return QStringLiteral("store-encryption-key");
}

void StoreKeyProvider::fetch(bool encryptedStoreExists, std::function<void(const StoreKeyAnswer &)> done)
{
    // Whichever comes first, the keychain's answer or the end of patience, is the one answer given.
    auto answer = std::make_shared<std::function<void(const StoreKeyAnswer &)>>(std::move(done));
    auto once = [answer](const StoreKeyAnswer &result) {
        if (!*answer)
            return;
        auto callback = std::move(*answer);
        *answer = nullptr;
        callback(result);
    };
    QTimer::singleShot(patience_, this, [once, seconds = int(patience_.count() / 1000)] {
        once(unavailable(QCoreApplication::translate(
            "StoreKeyProvider", "The system keychain did not answer within %n second(s).", nullptr,
            seconds)));
    });
    auto onceShared = std::make_shared<std::function<void(const StoreKeyAnswer &)>>(once);
    QPointer<StoreKeyProvider> self(this);
    secrets_.read(entryName(), [self, onceShared, encryptedStoreExists](std::optional<QString> secret,
                                                                        const QString &error) {
        if (!error.isEmpty())
            return (*onceShared)(unavailable(error));
        if (secret) {
            if (const std::optional<StoreKey> key = StoreKey::fromText(*secret))
                return (*onceShared)({StoreKeyAnswer::Outcome::Key, *key, QString()});
        }
        // No key yet, or an entry that is not one. An encrypted store needs its own key; anything else gets
        // a new one.
        if (encryptedStoreExists)
            return (*onceShared)(missing());
        if (self)
            self->makeKey(onceShared);
    });
}

void StoreKeyProvider::makeKey(const std::shared_ptr<std::function<void(const StoreKeyAnswer &)>> &answer)
{
    const StoreKey key = StoreKey::generate();
    // Used only once the keychain has it: a key kept nowhere would lock the store for good at the next start.
    secrets_.write(entryName(), key.toText(), [answer, key](const QString &error) {
        if (!error.isEmpty())
            return (*answer)(unavailable(error));
        (*answer)({StoreKeyAnswer::Outcome::Key, key, QString()});
    });
}

StoreKeyAnswer StoreKeyProvider::fetchAndWait(bool encryptedStoreExists)
{
    QEventLoop loop;
    StoreKeyAnswer result;
    bool answered = false;
    fetch(encryptedStoreExists, [&](const StoreKeyAnswer &answer) {
        result = answer;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

} // namespace kontor
