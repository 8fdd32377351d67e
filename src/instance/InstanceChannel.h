#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::instance {

// A hash of the store's canonical path and the user, in 24 hexadecimal digits: two stores (or two users)
// never share one.
QString storeKey(const QString &storePath);

// The local socket a running Kontor listens on for its store, named from its storeKey().
QString channelName(const QString &storePath);

// The message a later start sends: its command line, framed with a length and a version, and the answer.
QByteArray encodeHandOver(const QStringList &arguments);
// Reads one message from the front of buffer; nullopt while incomplete. Sets invalid for a message that
// cannot be one (too long, wrong version): the connection is dropped then.
std::optional<QStringList> decodeHandOver(QByteArray &buffer, bool &invalid);

inline constexpr char handOverAccepted = 'k';
inline constexpr qsizetype maxHandOverBytes = 256 * 1024;

} // namespace kontor::instance
