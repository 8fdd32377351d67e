#include "connectors/demo/setup/DemoAccount.h"

#include "connectors/demo/DemoConnector.h"
#include "connectors/demo/DemoRecordMapping.h"
#include "connectors/demo/backend/DemoStateFile.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace kontor {

namespace {
const QString kChoice = QStringLiteral("accounts/demo");
// Before the choice was asked for, a hidden key could switch the demo off.
const QString kOldSwitch = QStringLiteral("connectors/demo/enabled");
const QString kChosen = QStringLiteral("chosen");
const QString kDeclined = QStringLiteral("declined");
// The demo's one account among the engine's connectors.
const QString kAccountKey = QStringLiteral("demo");
} // namespace

DemoAccount::DemoAccount(Store &store, SyncEngine &engine, Options options, QObject *parent)
    : QObject(parent)
    , store_(store)
    , options_(std::move(options))
    , running_(engine)
{
    QSettings settings;
    if (settings.contains(kChoice))
        return;
    if (settings.contains(kOldSwitch) && !settings.value(kOldSwitch).toBool()) {
        settings.setValue(kChoice, kDeclined);
    } else {
        // A store the demo filled before the choice existed keeps its demo.
        const AccountRecord demo = demoAccountRecord();
        if (store_.reader().directory().accountId(demo.connector, demo.remoteId))
            settings.setValue(kChoice, kChosen);
    }
    settings.remove(kOldSwitch);
}

DemoAccount::~DemoAccount() = default;

QString DemoAccount::stateFileFor(const QString &storePath)
{
    const QFileInfo store(storePath);
    return store.absolutePath() + QStringLiteral("/") + store.completeBaseName() +
           QStringLiteral("-demo-contact-center.state");
}

bool DemoAccount::isChosen() const
{
    return QSettings().value(kChoice).toString() == kChosen;
}

bool DemoAccount::isDecided() const
{
    return QSettings().contains(kChoice);
}

QString DemoAccount::name() const
{
    return demoAccountRecord().name;
}

ConnectorState DemoAccount::state() const
{
    if (!options_.connect)
        return ConnectorState::workingOffline();
    return running_.state(kAccountKey).value_or(ConnectorState::connecting());
}

DemoConnector *DemoAccount::connector() const
{
    return qobject_cast<DemoConnector *>(running_.connector(kAccountKey));
}

void DemoAccount::setChoice(const QString &choice)
{
    QSettings settings;
    settings.setValue(kChoice, choice);
    settings.sync();
}

void DemoAccount::startIfChosen()
{
    if (isChosen())
        start();
}

void DemoAccount::choose()
{
    setChoice(kChosen);
    start();
    Q_EMIT changed();
}

void DemoAccount::keepChosen()
{
    setChoice(kChosen);
    Q_EMIT changed();
}

void DemoAccount::decline()
{
    if (!isChosen())
        setChoice(kDeclined);
    Q_EMIT changed();
}

void DemoAccount::start()
{
    if (!options_.connect || connector())
        return;
    DemoConnectorOptions demo;
    demo.stateFile = options_.stateFile;
    demo.world = options_.world;
    auto connector = std::make_unique<DemoConnector>(demo);
    // Its backend keeps its state beside the store: what the agent erases leaves it too.
    connect(&store_, &Store::erased, connector.get(), &DemoConnector::eraseLocally);
    // The engine resumes it from the cursor the demo saved last, in this session or an earlier one.
    running_.add(kAccountKey, std::move(connector));
}

void DemoAccount::remove(bool eraseData)
{
    setChoice(kDeclined);
    DemoConnector *running = connector();
    const QString stateFile = options_.stateFile;
    const auto dropStateFile = [stateFile] {
        if (stateFile.isEmpty())
            return;
        QFile::remove(stateFile);
        QFile::remove(DemoStateFile::previousPath(stateFile));
    };
    // What the erasure below reports concerns a backend that is going away with its files.
    if (running)
        disconnect(&store_, nullptr, running, nullptr);
    if (eraseData && running) {
        // The connector saves its backend once more as it goes: the files are deleted after that.
        connect(running, &QObject::destroyed, this, dropStateFile);
    }
    running_.remove(kAccountKey);
    if (eraseData) {
        if (!running)
            dropStateFile();
        const AccountRecord record = demoAccountRecord();
        store_.eraseAccount(record.connector, record.remoteId);
    }
    Q_EMIT changed();
}

} // namespace kontor
