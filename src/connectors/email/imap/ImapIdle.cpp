#include "connectors/email/imap/ImapIdle.h"

#include <KIMAP/IdleJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

namespace kontor::email {

ImapIdle::ImapIdle(EmailAccountSettings settings, QString password, QString folder, QObject *parent)
    : QObject(parent)
    , connection_(std::move(settings), std::move(password))
    , folder_(std::move(folder))
{
    connect(&connection_, &ImapConnection::ready, this, &ImapIdle::selectAndIdle);
    connect(&connection_, &ImapConnection::failed, this, &ImapIdle::failed);
    connect(&connection_, &ImapConnection::lost, this, [this] {
        if (!stopping_)
            Q_EMIT lost();
    });
}

ImapIdle::~ImapIdle()
{
    stop();
}

void ImapIdle::start()
{
    stopping_ = false;
    connection_.open();
}

void ImapIdle::stop()
{
    stopping_ = true;
    if (job_) {
        job_->disconnect(this);
        job_->stop();
    }
    connection_.close();
}

void ImapIdle::selectAndIdle()
{
    auto *select = new KIMAP::SelectJob(connection_.session());
    select->setMailBox(folder_);
    select->setOpenReadOnly(true);
    connect(select, &KJob::result, this, [this, select] {
        if (select->error()) {
            Q_EMIT failed(ConnectionProblem::ServerRefusal, select->errorString());
            return;
        }
        if (lastCount_ >= 0 && select->messageCount() != lastCount_)
            Q_EMIT newMail(); // something came while no IDLE was running
        lastCount_ = select->messageCount();
        job_ = new KIMAP::IdleJob(connection_.session());
        connect(job_, &KIMAP::IdleJob::mailBoxStats, this,
                [this](KIMAP::IdleJob *, const QString &, int messageCount, int) {
                    lastCount_ = messageCount;
                    Q_EMIT newMail();
                });
        connect(job_, &KJob::result, this, [this] {
            // The IDLE ended: the server's timeout, or the connection went (lost() says so then).
            if (!stopping_ && connection_.isReady())
                selectAndIdle();
        });
        job_->start();
        Q_EMIT idling();
    });
    select->start();
}

} // namespace kontor::email
