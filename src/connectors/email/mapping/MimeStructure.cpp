#include "connectors/email/mapping/MimeStructure.h"

#include "connectors/email/mapping/CharsetDecoding.h"
#include "core/InputLimits.h"

#include <KMime/Content>
#include <KMime/Headers>

namespace kontor::email {

namespace {

qsizetype headerBlockLength(const QByteArray &raw)
{
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return raw.size();
    if (crlf < 0)
        return lf;
    if (lf < 0)
        return crlf;
    return std::min(crlf, lf);
}

// Lines that start a Content-Type header, in any case: an upper bound on the parts KMime will make.
int declaredParts(const QByteArray &raw)
{
    static constexpr QByteArrayView kName("content-type:");
    int count = 0;
    for (qsizetype at = 0; at < raw.size();) {
        const QByteArrayView line = QByteArrayView(raw).sliced(at, std::min(kName.size(), raw.size() - at));
        if (line.compare(kName, Qt::CaseInsensitive) == 0 && ++count > limits::emailMimeParts)
            return count;
        const qsizetype next = raw.indexOf('\n', at);
        if (next < 0)
            break;
        at = next + 1;
    }
    return count;
}

QString cleanFileName(QString name)
{
    // Only the last path component: a name like "../../.bashrc" or "C:\x\y.exe" must not name a folder.
    name = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    }
    clean = clean.simplified();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    return clean.left(limits::emailFileNameChars);
}

qint64 base64DecodedSize(const QByteArray &encoded)
{
    // Every four symbols carry three bytes; line breaks and padding carry none.
    qint64 symbols = 0;
    for (const char c : encoded) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
            c == '/')
            ++symbols;
    }
    return symbols * 3 / 4;
}

qint64 decodedSize(const KMime::Content &part)
{
    const auto *encoding = part.contentTransferEncoding();
    const QByteArray encoded = part.encodedBody();
    if (encoding && encoding->encoding() == KMime::Headers::CEbase64)
        return base64DecodedSize(encoded);
    if (encoding && encoding->encoding() == KMime::Headers::CEquPr)
        return part.decodedContent().size();
    return encoded.size();
}

std::optional<qint64> declaredSize(const KMime::Content &part)
{
    const auto *disposition = part.contentDisposition();
    if (!disposition || !disposition->hasParameter("size"))
        return std::nullopt;
    bool ok = false;
    const qint64 size = disposition->parameter("size").toLongLong(&ok);
    return ok && size >= 0 ? std::optional<qint64>(size) : std::nullopt;
}

QByteArray mimeTypeOf(const KMime::Content &part)
{
    const auto *type = part.contentType();
    if (!type || type->mimeType().isEmpty())
        return QByteArrayLiteral("text/plain");
    return type->mimeType().toLower();
}

bool isNamedOrAttached(const KMime::Content &part)
{
    const auto *disposition = part.contentDisposition();
    if (disposition && disposition->disposition() == KMime::Headers::CDattachment)
        return true;
    if (disposition && !disposition->filename().isEmpty())
        return true;
    const auto *type = part.contentType();
    return type && !type->name().isEmpty();
}

class PartWalker
{
public:
    explicit PartWalker(ParsedEmail &email)
        : email_(email)
    {}

    std::optional<EmailRefusal> walk(const KMime::Content &part, int depth)
    {
        if (depth > limits::emailMimeDepth)
            return EmailRefusal::NestedTooDeeply;
        if (++parts_ > limits::emailMimeParts)
            return EmailRefusal::TooManyParts;
        if (part.head().size() > limits::emailHeaderBytes)
            return EmailRefusal::HeaderTooLarge;
        const auto *type = part.contentType();
        if (type && type->isMultipart()) {
            for (const KMime::Content *child : part.contents()) {
                if (auto refusal = walk(*child, depth + 1))
                    return refusal;
            }
            return std::nullopt;
        }
        takeLeaf(part);
        return std::nullopt;
    }

private:
    void takeLeaf(const KMime::Content &part)
    {
        const QByteArray mimeType = mimeTypeOf(part);
        const bool text = mimeType == "text/plain" || mimeType == "text/html";
        if (text && !isNamedOrAttached(part)) {
            const auto *type = part.contentType();
            DecodedText decoded = decodeCharset(part.decodedContent(), type ? type->charset() : QByteArray());
            if (decoded.issue)
                email_.addIssue(*decoded.issue);
            QString &body = mimeType == "text/html" ? email_.html : email_.plainText;
            // A later inline part of the same kind (text around an attachment) continues the body.
            if (!body.isEmpty())
                body.append(QLatin1String("\n\n"));
            // The store cuts a body at its bound; reading far beyond it would only cost memory.
            const qsizetype room = std::max<qsizetype>(0, limits::messageBodyChars + 1 - body.size());
            body.append(decoded.text.left(room));
            return;
        }
        EmailAttachment attachment;
        const QString index = part.index().toString();
        attachment.partReference = index.isEmpty() ? QStringLiteral("1") : index;
        attachment.mimeType = QString::fromLatin1(mimeType);
        const auto *disposition = part.contentDisposition();
        const auto *type = part.contentType();
        QString name = disposition ? disposition->filename() : QString();
        if (name.isEmpty() && type)
            name = type->name();
        attachment.fileName = cleanFileName(name);
        if (attachment.fileName.isEmpty()) {
            attachment.fileName = QStringLiteral("part-") + attachment.partReference;
            if (mimeType == "message/rfc822")
                attachment.fileName += QLatin1String(".eml");
        }
        attachment.sizeBytes = decodedSize(part);
        attachment.declaredSizeBytes = declaredSize(part);
        if (const auto *id = part.contentID())
            attachment.contentId = QString::fromLatin1(id->identifier());
        if (attachment.sizeBytes > limits::attachmentBytes)
            email_.addIssue(EmailIssue::OversizedAttachment);
        email_.attachments.append(attachment);
    }

    ParsedEmail &email_;
    int parts_ = 0;
};

} // namespace

std::optional<EmailRefusal> checkRawBounds(const QByteArray &raw)
{
    if (raw.trimmed().isEmpty())
        return EmailRefusal::Empty;
    if (raw.size() > limits::emailMessageBytes)
        return EmailRefusal::TooLarge;
    if (headerBlockLength(raw) > limits::emailHeaderBytes)
        return EmailRefusal::HeaderTooLarge;
    if (declaredParts(raw) > limits::emailMimeParts)
        return EmailRefusal::TooManyParts;
    return std::nullopt;
}

std::optional<EmailRefusal> collectParts(const KMime::Content &root, ParsedEmail &email)
{
    PartWalker walker(email);
    return walker.walk(root, 0);
}

} // namespace kontor::email
