#include "instance/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QtEndian>

namespace kontor::instance {

namespace {
constexpr quint32 version = 1;
constexpr qsizetype headerBytes = 8; // length, version
} // namespace

QString storeKey(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString canonical = (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    QByteArray key = canonical.toUtf8();
    key += '\n' + qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return QString::fromLatin1(hash);
}

QString channelName(const QString &storePath)
{
    return QStringLiteral("kontor-") + storeKey(storePath);
}

QByteArray encodeHandOver(const QStringList &arguments)
{
    QByteArray body;
    QDataStream stream(&body, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << arguments;
    QByteArray message(headerBytes, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), message.data());
    qToBigEndian(version, message.data() + 4);
    return message + body;
}

std::optional<QStringList> decodeHandOver(QByteArray &buffer, bool &invalid)
{
    invalid = false;
    if (buffer.size() < headerBytes)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (qFromBigEndian<quint32>(buffer.constData() + 4) != version || length > maxHandOverBytes) {
        invalid = true;
        return std::nullopt;
    }
    if (buffer.size() < headerBytes + qsizetype(length))
        return std::nullopt;
    const QByteArray body = buffer.mid(headerBytes, length);
    buffer.remove(0, headerBytes + length);
    QDataStream stream(body);
    stream.setVersion(QDataStream::Qt_6_0);
    QStringList arguments;
    stream >> arguments;
    if (stream.status() != QDataStream::Ok) {
        invalid = true;
        return std::nullopt;
    }
    return arguments;
}

} // namespace kontor::instance
