#include "connectors/email/smtp/EmailDelivery.h"

#include <KIMAP/AppendJob>
#include <KIMAP/FetchJob>
#include <KIMAP/SearchJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>
#include <KIMAP/StoreJob>

namespace kontor::email {

EmailDelivery::EmailDelivery(KIMAP::Session *imap, EmailAccountSettings settings, QString password,
                             OutgoingEmail email, bool checkSentFirst, QObject *parent)
    : QObject(parent)
    , imap_(imap)
    , settings_(std::move(settings))
    , password_(std::move(password))
    , email_(std::move(email))
    , checkSentFirst_(checkSentFirst)
{}

void EmailDelivery::start()
{
    if (!imap_) {
        finish(DeliveryResult::retryable(tr("Not connected to the mail server.")));
        return;
    }
    if (checkSentFirst_)
        lookUpSentCopy();
    else
        appendCopy();
}

void EmailDelivery::lookUpSentCopy()
{
    auto *select = new KIMAP::SelectJob(imap_);
    select->setMailBox(settings_.sentFolder);
    connect(select, &KJob::result, this, [this, select] {
        if (select->error()) {
            finish(DeliveryResult::outcomeUnknown(
                tr("The Sent folder could not be read to see whether the email went out: %1")
                    .arg(select->errorString())));
            return;
        }
        auto *search = new KIMAP::SearchJob(imap_);
        search->setUidBased(true);
        search->setTerm(KIMAP::Term(QStringLiteral("Message-ID"),
                                    QLatin1Char('<') + email_.messageId + QLatin1Char('>')));
        connect(search, &KJob::result, this, [this, search] {
            if (search->error())
                finish(DeliveryResult::outcomeUnknown(
                    tr("The mail server could not say whether the email went out: %1")
                        .arg(search->errorString())));
            else
                judgeCopies(search->results());
        });
        search->start();
    });
    select->start();
}

void EmailDelivery::judgeCopies(const QList<qint64> &uids)
{
    if (uids.isEmpty()) {
        appendCopy(); // no copy: no attempt got as far as sending
        return;
    }
    auto *fetch = new KIMAP::FetchJob(imap_);
    fetch->setUidBased(true);
    KIMAP::ImapSet set;
    set.add(QList<KIMAP::ImapSet::Id>(uids.begin(), uids.end()));
    fetch->setSequenceSet(set);
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::Flags;
    fetch->setScope(scope);
    auto verdict = std::make_shared<int>(0); // 0 none usable, 1 on its way, 2 went out
    connect(fetch, &KIMAP::FetchJob::messagesAvailable, this,
            [verdict](const QMap<qint64, KIMAP::Message> &messages) {
                for (const KIMAP::Message &message : messages) {
                    const auto has = [&](const QByteArray &flag) {
                        return std::any_of(
                            message.flags.begin(), message.flags.end(),
                            [&](const QByteArray &f) { return f.compare(flag, Qt::CaseInsensitive) == 0; });
                    };
                    if (has(kNotSentKeyword))
                        continue;
                    *verdict = std::max(*verdict, has(kSendingKeyword) ? 1 : 2);
                }
            });
    connect(fetch, &KJob::result, this, [this, fetch, verdict] {
        if (fetch->error())
            finish(DeliveryResult::outcomeUnknown(
                tr("The mail server could not say whether the email went out: %1")
                    .arg(fetch->errorString())));
        else if (*verdict == 2)
            finish(DeliveryResult::confirmed(email_.messageId));
        else if (*verdict == 1)
            finish(DeliveryResult::outcomeUnknown(
                tr("An earlier attempt was cut off while the email was on its way; whether it arrived cannot "
                   "be told.")));
        else
            appendCopy();
    });
    fetch->start();
}

void EmailDelivery::appendCopy()
{
    mime_ = email_.toMime();
    auto *append = new KIMAP::AppendJob(imap_);
    append->setMailBox(settings_.sentFolder);
    append->setFlags({QByteArrayLiteral("\\Seen"), kSendingKeyword});
    append->setContent(mime_);
    connect(append, &KJob::result, this, [this, append] {
        if (append->error()) {
            finish(DeliveryResult::retryable(
                tr("The copy for the Sent folder could not be saved: %1").arg(append->errorString())));
            return;
        }
        copyUid_ = append->uid();
        submit();
    });
    append->start();
}

void EmailDelivery::submit()
{
    auto *smtp = new SmtpSubmission(settings_, password_, this);
    connect(smtp, &SmtpSubmission::finished, this,
            [this, smtp](SmtpSubmission::Outcome outcome, ConnectionProblem problem, const QString &detail) {
                smtp->deleteLater();
                switch (outcome) {
                case SmtpSubmission::Outcome::Sent:
                    markCopy({kSendingKeyword}, false);
                    finish(DeliveryResult::confirmed(email_.messageId));
                    return;
                case SmtpSubmission::Outcome::NotSent:
                    markCopy({kNotSentKeyword, QByteArrayLiteral("\\Deleted")}, true);
                    finish(problem == ConnectionProblem::Credentials
                               ? DeliveryResult::authenticationNeeded(detail)
                               : DeliveryResult::retryable(detail));
                    return;
                case SmtpSubmission::Outcome::MayHaveLanded:
                    finish(DeliveryResult::mayHaveLanded(detail));
                    return;
                }
            });
    smtp->send(mime_, {email_.toAddress});
}

void EmailDelivery::markCopy(const QList<QByteArray> &flags, bool add)
{
    if (!imap_ || copyUid_ <= 0)
        return;
    // STORE needs the folder selected; KIMAP runs these in order after what the session does now.
    auto *select = new KIMAP::SelectJob(imap_);
    select->setMailBox(settings_.sentFolder);
    select->start();
    auto *store = new KIMAP::StoreJob(imap_);
    store->setUidBased(true);
    store->setSequenceSet(KIMAP::ImapSet(copyUid_));
    store->setFlags(flags);
    store->setMode(add ? KIMAP::StoreJob::AppendFlags : KIMAP::StoreJob::RemoveFlags);
    store->start();
}

void EmailDelivery::finish(const DeliveryResult &result)
{
    if (done_)
        return;
    done_ = true;
    Q_EMIT finished(result);
}

} // namespace kontor::email
