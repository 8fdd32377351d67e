#include "../DemoScenario.h"
#include "ContractSubject.h"

#include <QCoreApplication>

namespace kontor::testing {

namespace {

class DemoSubject : public ContractSubject
{
public:
    DemoSubject() { scenario_.dir = dir_.path(); }
    ~DemoSubject() override { scenario_.close(); }

    void open() override
    {
        QString error;
        if (!scenario_.open(7, DemoScenario::reliableFast(), &error))
            qFatal("store: %s", qPrintable(error));
        account_ = scenario_.connector->account();
    }
    Store &store() override { return *scenario_.store; }
    SyncEngine &engine() override { return *scenario_.engine; }
    NetworkPolicy &policy() override { return *scenario_.policy; }
    Connector *connector() override { return scenario_.connector; }
    AccountRecord account() const override { return account_; }
    bool backendOutlivesConnector() const override { return false; }

    QStringList backendConversations() override { return recordIds<DemoConversation>(0); }
    QStringList backendMessages() override { return recordIds<DemoMessage>(0); }

    QString customerWrites(bool quietly) override
    {
        // The demo's customers write on their own as time passes: the clock moves until one has.
        // Realtime or not is up to the connection: the test breaks it for a quiet write.
        Q_UNUSED(quietly);
        DemoWorld &world = scenario_.connector->world();
        const qint64 from = world.lastSeq();
        for (int minute = 0; minute < 600; ++minute) {
            scenario_.clock += 60'000;
            world.advance(scenario_.clock);
            const QStringList incoming = recordIds<DemoMessage>(from, MessageKind::Incoming);
            if (!incoming.isEmpty())
                return incoming.constFirst();
        }
        return {};
    }
    void breakConnection() override
    {
        // The demo's realtime stream breaks by its fault plan; here the connection ends and comes back.
        scenario_.policy->setSystemReachable(false);
        QCoreApplication::processEvents();
        scenario_.policy->setSystemReachable(true);
    }
    void loseAnswers() override
    {
        DemoFaultConfig faults = DemoScenario::reliableFast();
        faults.timeoutRate = 1;
        faults.timeoutMillis = 5;
        faults.processedBeforeFailureShare = 1;
        scenario_.connector->setFaults(faults);
    }
    void holdAnswers() override
    {
        DemoFaultConfig faults = DemoScenario::reliableFast();
        faults.baseLatencyMillis = 60'000;
        scenario_.connector->setFaults(faults);
    }
    void heal() override { scenario_.connector->setFaults(DemoScenario::reliableFast()); }
    int timesCarriedOut(const QString &uuid) override
    {
        return scenario_.connector->world().receivedCount(uuid);
    }

private:
    template<typename Record>
    QStringList recordIds(qint64 from, std::optional<MessageKind> kind = std::nullopt)
    {
        QStringList ids;
        const DemoWorld &world = scenario_.connector->world();
        for (qint64 cursor = from;;) {
            const DemoChangePage page = world.changesSince(cursor, 1000);
            for (const DemoChange &change : page.changes) {
                const auto *record = std::get_if<Record>(&change.record);
                if (!record || change.deleted || ids.contains(record->remoteId))
                    continue;
                if constexpr (std::is_same_v<Record, DemoMessage>) {
                    if (kind && record->kind != *kind)
                        continue;
                }
                ids.append(record->remoteId);
            }
            cursor = page.nextCursor;
            if (!page.more)
                break;
        }
        return ids;
    }

    QTemporaryDir dir_;
    DemoScenario scenario_;
    AccountRecord account_;
};

} // namespace

std::unique_ptr<ContractSubject> makeDemoSubject()
{
    return std::make_unique<DemoSubject>();
}

} // namespace kontor::testing
