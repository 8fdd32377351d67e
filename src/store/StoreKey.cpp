#include "store/StoreKey.h"

#include <QRandomGenerator>

namespace kontor {

StoreKey StoreKey::generate()
{
    QByteArray raw(sizeBytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the operating system's secure source (getrandom, BCryptGenRandom).
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), sizeBytes / 4);
    return StoreKey(raw);
}

std::optional<StoreKey> StoreKey::fromText(const QString &text)
{
    if (text.size() != sizeBytes * 2)
        return std::nullopt;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return std::nullopt;
    }
    return StoreKey(QByteArray::fromHex(text.toLatin1()));
}

QString StoreKey::toText() const
{
    return QString::fromLatin1(raw_.toHex());
}

QByteArray StoreKey::sqlcipherRawKey() const
{
    return "x'" + raw_.toHex() + "'";
}

} // namespace kontor
