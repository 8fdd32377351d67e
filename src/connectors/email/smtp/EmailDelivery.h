#pragma once

#include "connectors/email/account/EmailAccountSettings.h"
#include "connectors/email/smtp/OutgoingEmail.h"
#include "connectors/email/smtp/SmtpSubmission.h"
#include "sync/Connector.h"

#include <QObject>
#include <QPointer>

namespace KIMAP {
class Session;
}

namespace kontor::email {

// Delivers one email exactly once, with the Sent folder as the record of what went out. Its copy is appended
// to the Sent folder first, marked as on its way (keyword $KontorSending), then the message goes out through
// SMTP, then the mark is taken off. So when an earlier attempt may have landed, the Sent folder answers by
// the Message-ID: no copy — it never left; a copy without the mark — it went out; a copy still marked — the
// attempt was cut while the message was on its way and nobody can tell: the agent decides, nothing is resent.
// A copy of an attempt that surely failed is marked not sent and deleted.
class EmailDelivery : public QObject
{
    Q_OBJECT
public:
    static inline const QByteArray kSendingKeyword = QByteArrayLiteral("$KontorSending");
    static inline const QByteArray kNotSentKeyword = QByteArrayLiteral("$KontorNotSent");

    EmailDelivery(KIMAP::Session *imap, EmailAccountSettings settings, QString password, OutgoingEmail email,
                  bool checkSentFirst, QObject *parent = nullptr);

    void start();
    const OutgoingEmail &email() const { return email_; }
    // The bytes that went out (empty until the copy was made).
    QByteArray mime() const { return mime_; }

Q_SIGNALS:
    void finished(const kontor::DeliveryResult &result);

private:
    void lookUpSentCopy();
    void judgeCopies(const QList<qint64> &uids);
    void appendCopy();
    void submit();
    void markCopy(const QList<QByteArray> &flags, bool add);
    void finish(const DeliveryResult &result);

    QPointer<KIMAP::Session> imap_;
    EmailAccountSettings settings_;
    QString password_;
    OutgoingEmail email_;
    bool checkSentFirst_ = false;
    QByteArray mime_;
    qint64 copyUid_ = 0;
    bool done_ = false;
};

} // namespace kontor::email
