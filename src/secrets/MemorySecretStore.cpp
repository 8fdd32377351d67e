#include "secrets/MemorySecretStore.h"

#include <QTimer>

namespace kontor {

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const std::optional<QString> value =
        secrets_.contains(key) ? std::optional<QString>(secrets_.value(key)) : std::nullopt;
    const QString failure = failure_;
    QTimer::singleShot(0, this,
                       [done, value, failure] { done(failure.isEmpty() ? value : std::nullopt, failure); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (failure_.isEmpty())
        secrets_.insert(key, secret);
    const QString failure = failure_;
    QTimer::singleShot(0, this, [done, failure] { done(failure); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    secrets_.remove(key);
    QTimer::singleShot(0, this, [done] { done({}); });
}

} // namespace kontor
