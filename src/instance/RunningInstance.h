#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace kontor::instance {

// In the Kontor that has a store open: takes the command line of every later start on the same store, which
// then exits. The caller raises its window and acts on the arguments it understands.
class RunningInstance : public QObject
{
    Q_OBJECT

public:
    explicit RunningInstance(QObject *parent = nullptr);
    ~RunningInstance() override;

    // Listens for starts on the store at storePath. Call only while this process holds the store (its Store
    // is open): a channel left behind by a holder that crashed is cleared first. False when it cannot listen.
    bool listen(const QString &storePath);

Q_SIGNALS:
    void handedOver(const QStringList &arguments);

private:
    void accept();

    QLocalServer *server_;
};

} // namespace kontor::instance
