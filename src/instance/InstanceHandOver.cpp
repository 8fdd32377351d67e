#include "instance/InstanceHandOver.h"

#include "instance/InstanceChannel.h"

#include <QDeadlineTimer>
#include <QLocalSocket>

namespace kontor::instance {

HandOverOutcome handOverToRunningInstance(const QString &storePath, const QStringList &arguments,
                                          std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(channelName(storePath));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return HandOverOutcome::NoAnswer;
    socket.write(encodeHandOver(arguments));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return HandOverOutcome::NoAnswer;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return HandOverOutcome::NoAnswer;
    }
    char answer = 0;
    socket.read(&answer, 1);
    return answer == handOverAccepted ? HandOverOutcome::Accepted : HandOverOutcome::NoAnswer;
}

} // namespace kontor::instance
