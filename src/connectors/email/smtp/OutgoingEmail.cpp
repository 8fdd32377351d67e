#include "connectors/email/smtp/OutgoingEmail.h"

#include <KMime/Message>

#include <QDateTime>
#include <QTimeZone>

namespace kontor::email {

namespace {

QByteArray bracketed(const QString &id)
{
    return '<' + id.toUtf8() + '>';
}

} // namespace

QString messageIdForEntry(const QString &uuid, const QString &domain)
{
    QString key = uuid;
    key.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return key + QStringLiteral(".kontor@") + domain;
}

QString replySubject(const QString &subject)
{
    if (subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive))
        return subject;
    return QStringLiteral("Re: ") + subject;
}

QByteArray OutgoingEmail::toMime() const
{
    KMime::Message message;
    message.from()->addAddress(fromAddress.toUtf8(), fromName);
    message.to()->addAddress(toAddress.toUtf8(), toName);
    message.subject()->fromUnicodeString(subject);
    message.date()->setDateTime(QDateTime::fromMSecsSinceEpoch(date, QTimeZone::UTC));
    message.messageID()->setIdentifier(bracketed(messageId));
    if (!inReplyTo.isEmpty())
        message.inReplyTo()->appendIdentifier(bracketed(inReplyTo));
    if (!references.isEmpty()) {
        auto *header = new KMime::Headers::References;
        for (const QString &reference : references)
            header->appendIdentifier(bracketed(reference));
        message.setHeader(header);
    }
    message.contentType()->setMimeType("text/plain");
    message.contentType()->setCharset("utf-8");
    message.fromUnicodeString(plainText);
    message.changeEncoding(KMime::Headers::CEquPr);
    message.assemble();
    return message.encodedContent(true);
}

} // namespace kontor::email
