#include "instance/RunningInstance.h"

#include "instance/InstanceChannel.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

namespace kontor::instance {

Q_LOGGING_CATEGORY(instanceLog, "kontor.instance")

namespace {
constexpr int readTimeoutMs = 5000;
}

RunningInstance::RunningInstance(QObject *parent)
    : QObject(parent)
    , server_(new QLocalServer(this))
{
    // Only this user may hand over: another user's start is told who holds the store instead.
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    connect(server_, &QLocalServer::newConnection, this, &RunningInstance::accept);
}

RunningInstance::~RunningInstance() = default;

bool RunningInstance::listen(const QString &storePath)
{
    const QString name = channelName(storePath);
    // Holding the store's lock means no other process listens on this name: what is there is left over.
    QLocalServer::removeServer(name);
    if (!server_->listen(name)) {
        qCWarning(instanceLog) << "cannot listen for later starts:" << server_->errorString();
        return false;
    }
    return true;
}

void RunningInstance::accept()
{
    while (QLocalSocket *socket = server_->nextPendingConnection()) {
        auto *buffer = new QByteArray;
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, &QLocalSocket::abort);
        deadline->start(readTimeoutMs);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer, deadline] {
            buffer->append(socket->readAll());
            bool invalid = false;
            const std::optional<QStringList> arguments = decodeHandOver(*buffer, invalid);
            if (invalid) {
                socket->abort();
                return;
            }
            if (!arguments)
                return;
            deadline->stop();
            socket->write(&handOverAccepted, 1);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT handedOver(*arguments);
        });
    }
}

} // namespace kontor::instance
