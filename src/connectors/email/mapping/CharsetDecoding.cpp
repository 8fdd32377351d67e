#include "connectors/email/mapping/CharsetDecoding.h"

#include <QStringDecoder>

namespace kontor::email {

namespace {

std::optional<QString> decodeStrictly(const QByteArray &bytes, const char *charset)
{
    QStringDecoder decoder(charset, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString decodeLeniently(const QByteArray &bytes)
{
    if (auto utf8 = decodeStrictly(bytes, "UTF-8"))
        return *utf8;
    // Windows-1252 is what "Latin-1" senders really write; every byte decodes.
    if (auto windows = decodeStrictly(bytes, "windows-1252"))
        return *windows;
    return QString::fromLatin1(bytes);
}

} // namespace

DecodedText decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    // No charset: RFC 2045 says US-ASCII, which UTF-8 reads alike; 8-bit bytes there are almost always UTF-8.
    if (name.isEmpty() || name == "us-ascii" || name == "ascii") {
        if (auto utf8 = decodeStrictly(bytes, "UTF-8"))
            return {*utf8, std::nullopt};
        return {decodeLeniently(bytes), EmailIssue::MislabelledCharset};
    }
    QStringDecoder probe(name.constData());
    if (!probe.isValid())
        return {decodeLeniently(bytes), EmailIssue::UnknownCharset};
    if (auto text = decodeStrictly(bytes, name.constData()))
        return {*text, std::nullopt};
    return {decodeLeniently(bytes), EmailIssue::MislabelledCharset};
}

} // namespace kontor::email
