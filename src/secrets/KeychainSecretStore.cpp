#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace kontor {

namespace {
QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("SecretStore", "Access to the system keychain was denied.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("SecretStore",
                                           "No system keychain is available to keep the sign-in "
                                           "safe.");
    default:
        // Mostly a keychain service that is not running or cannot be reached (no D-Bus session, say): the
        // details are the keychain's own words, the advice is what the agent can do.
        return QCoreApplication::translate(
                   "SecretStore",
                   "The system keychain did not answer (%1). Kontor keeps sign-ins and its store's key "
                   "nowhere else: start or unlock the keychain and try again.")
            .arg(job.errorString());
    }
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , service_(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service_, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, {});
        if (read->error() != QKeychain::NoError)
            return done(std::nullopt, describe(*read));
        done(read->textData(), {});
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(service_, this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(describe(*finished)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(service_, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::EntryNotFound ? QString() : describe(*finished));
    });
    job->start();
}

} // namespace kontor
