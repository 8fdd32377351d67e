#pragma once

#include "connectors/email/account/EmailAccountSettings.h"
#include "connectors/email/imap/ImapConnection.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace KSmtp {
class Session;
}

namespace kontor::email {

// Hands one message to the account's SMTP server with KSMTP: connect over TLS, log in, send, quit. The
// outcome says whether the message surely did not leave (the failure came before it was handed over) or may
// have (the connection went while it was on its way, or the server refused it after reading it).
class SmtpSubmission : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Sent,
        NotSent,       // failed before the message was handed over: sending again is safe
        MayHaveLanded, // failed while or after it was handed over
    };

    SmtpSubmission(EmailAccountSettings settings, QString password, QObject *parent = nullptr);
    ~SmtpSubmission() override;

    // Sends message (RFC 5322 bytes) from the account's address to the recipients; finished() once.
    void send(const QByteArray &message, const QStringList &recipients);
    // Only connects and logs in (the account's connection test); finished() with Sent when it could.
    void checkLogin();

Q_SIGNALS:
    void finished(kontor::email::SmtpSubmission::Outcome outcome, kontor::email::ConnectionProblem problem,
                  const QString &detail);

private:
    enum class Stage
    {
        Connecting,
        LoggingIn,
        Sending,
        Done,
    };

    void open();
    void logIn();
    void transmit();
    void finish(Outcome outcome, ConnectionProblem problem, const QString &detail);

    EmailAccountSettings settings_;
    QString password_;
    std::unique_ptr<KSmtp::Session> session_;
    QByteArray message_;
    QStringList recipients_;
    bool loginOnly_ = false;
    Stage stage_ = Stage::Connecting;
    QString connectionError_;
    QTimer deadline_;
};

} // namespace kontor::email
