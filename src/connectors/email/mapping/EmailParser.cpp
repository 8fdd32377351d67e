#include "connectors/email/mapping/EmailParser.h"

#include "connectors/email/mapping/MimeStructure.h"
#include "core/InputLimits.h"

#include <KMime/Message>
#include <KMime/Util>

#include <QCryptographicHash>

#include <algorithm>

namespace kontor::email {

namespace {

constexpr qsizetype kMessageIdChars = 995; // RFC 5322 line length less "Message-ID: <>"

// A Message-ID that can serve as an identity: not empty, bounded, printable ASCII without spaces.
bool isUsableMessageId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > kMessageIdChars)
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return c > ' ' && c < 127 && c != '<' && c != '>'; });
}

QStringList usableIds(const QList<QByteArray> &ids)
{
    QStringList result;
    for (const QByteArray &id : ids) {
        if (isUsableMessageId(id))
            result.append(QString::fromLatin1(id));
    }
    return result;
}

QString cleanSubject(const QString &subject)
{
    QString clean;
    clean.reserve(std::min(subject.size(), limits::emailSubjectChars));
    for (const QChar c : subject) {
        if (clean.size() >= limits::emailSubjectChars * 2)
            break;
        clean.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    }
    return clean.simplified().left(limits::emailSubjectChars);
}

std::optional<EmailMailbox> firstValidMailbox(const KMime::Types::Mailbox::List &mailboxes,
                                              const IdentityNormalizer &normalizer)
{
    for (const KMime::Types::Mailbox &mailbox : mailboxes) {
        if (!mailbox.hasAddress())
            continue;
        const IdentityResult result = normalizer.email(QString::fromUtf8(mailbox.address()));
        if (result)
            return EmailMailbox{result.identity().value(), cleanSubject(mailbox.name())};
    }
    return std::nullopt;
}

QList<EmailMailbox> validMailboxes(const KMime::Types::Mailbox::List &mailboxes,
                                   const IdentityNormalizer &normalizer)
{
    QList<EmailMailbox> result;
    for (const KMime::Types::Mailbox &mailbox : mailboxes) {
        if (result.size() >= limits::emailReferences)
            break;
        const IdentityResult identity = normalizer.email(QString::fromUtf8(mailbox.address()));
        if (identity)
            result.append({identity.identity().value(), cleanSubject(mailbox.name())});
    }
    return result;
}

void readHeaders(const KMime::Message &message, const QByteArray &raw, const IdentityNormalizer &normalizer,
                 ParsedEmail &email)
{
    const auto *messageId = message.messageID();
    if (messageId && isUsableMessageId(messageId->identifier())) {
        email.messageId = QString::fromLatin1(messageId->identifier());
    } else {
        email.messageId = syntheticMessageId(raw);
        email.addIssue(EmailIssue::SyntheticMessageId);
    }
    if (const auto *inReplyTo = message.inReplyTo()) {
        const QStringList ids = usableIds(inReplyTo->identifiers());
        if (!ids.isEmpty())
            email.inReplyTo = ids.constFirst();
    }
    if (const auto *references = message.references()) {
        QStringList ids = usableIds(references->identifiers());
        if (ids.size() > limits::emailReferences)
            ids = ids.mid(ids.size() - limits::emailReferences);
        email.references = ids;
    }
    if (const auto *subject = message.subject())
        email.subject = cleanSubject(subject->asUnicodeString());
    if (const auto *from = message.from())
        email.from = firstValidMailbox(from->mailboxes(), normalizer);
    if (const auto *replyTo = message.replyTo())
        email.replyTo = firstValidMailbox(replyTo->mailboxes(), normalizer);
    if (!email.from && !email.replyTo)
        email.addIssue(EmailIssue::NoSender);
    if (const auto *to = message.to())
        email.recipients.append(validMailboxes(to->mailboxes(), normalizer));
    if (const auto *cc = message.cc())
        email.recipients.append(validMailboxes(cc->mailboxes(), normalizer));
    if (const auto *date = message.date()) {
        const QDateTime when = date->dateTime();
        if (when.isValid())
            email.date = when.toMSecsSinceEpoch();
    }
}

} // namespace

QString syntheticMessageId(const QByteArray &raw)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // IMAP servers hand out CRLF, files and tests often LF: the same message must give the same id.
    QByteArray normalised = raw;
    normalised.replace("\r\n", "\n");
    hash.addData(normalised);
    return QString::fromLatin1(hash.result().toHex().left(32)) + QLatin1String("@synthetic.kontor.invalid");
}

EmailParseResult parseEmail(const QByteArray &raw, const IdentityNormalizer &normalizer)
{
    if (const auto refusal = checkRawBounds(raw))
        return {std::nullopt, refusal};
    KMime::Message message;
    // NUL is allowed nowhere in a mail header and KMime's parser crashes on one inside a header name (found
    // by fuzz_email_mime); bodies carry none outside the binary encoding that SMTP cannot transport.
    // Attachments' bytes are never taken from here, and a space keeps every size.
    QByteArray content = KMime::CRLFtoLF(raw);
    content.replace('\0', ' ');
    message.setContent(content);
    message.parse();
    ParsedEmail email;
    if (const auto refusal = collectParts(message, email))
        return {std::nullopt, refusal};
    readHeaders(message, raw, normalizer, email);
    return {std::move(email), std::nullopt};
}

EmailParseResult parseEmail(const QByteArray &raw)
{
    static const IdentityNormalizer normalizer;
    return parseEmail(raw, normalizer);
}

} // namespace kontor::email
