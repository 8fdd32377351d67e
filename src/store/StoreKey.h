#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kontor {

// The key a store is encrypted under: 256 random bits, kept in the OS keychain and never on disk beside the
// store. A default-constructed key is none at all: the store is kept unencrypted, which only the agent's own
// choice (no keychain answered) or a test asks for.
class StoreKey
{
public:
    static constexpr qsizetype sizeBytes = 32;

    StoreKey() = default;
    // A new key from the system's cryptographically secure random source.
    static StoreKey generate();
    // The form the keychain keeps (64 hexadecimal digits); nullopt for anything else.
    static std::optional<StoreKey> fromText(const QString &text);

    bool encrypts() const { return !raw_.isEmpty(); }
    QString toText() const;
    // SQLCipher's raw key form, x'<64 hex digits>': used as it is, with no key derivation on every open.
    QByteArray sqlcipherRawKey() const;

    bool operator==(const StoreKey &other) const = default;

private:
    explicit StoreKey(QByteArray raw)
        : raw_(std::move(raw))
    {}
    QByteArray raw_;
};

} // namespace kontor
