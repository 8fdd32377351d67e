#include "ChatwootTestRig.h"
#include "ContractSubject.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kontor::testing {

namespace {

using Delivery = chatwoot::fake::HttpResponse::Delivery;

class ChatwootSubject : public ContractSubject
{
public:
    ChatwootSubject()
        : rig_(smallSeed())
    {}

    void open() override
    {
        rig_.open();
        account_ = rig_.connector().account();
    }
    Store &store() override { return rig_.store(); }
    SyncEngine &engine() override { return rig_.engine(); }
    NetworkPolicy &policy() override { return rig_.policy(); }
    Connector *connector() override { return &rig_.connector(); }
    AccountRecord account() const override { return account_; }

    QStringList backendConversations() override
    {
        QStringList ids;
        for (qint64 id : rig_.fake().conversationIds())
            ids.append(QString::number(id));
        return ids;
    }
    QStringList backendMessages() override
    {
        QStringList ids;
        for (qint64 conversation : rig_.fake().conversationIds()) {
            for (const QJsonValue &message : rig_.fake().messagesOf(conversation))
                ids.append(QString::number(message.toObject().value(QLatin1StringView("id")).toInteger()));
        }
        return ids;
    }
    QString customerWrites(bool quietly) override
    {
        const qint64 conversation = rig_.fake().conversationIds().constFirst();
        return QString::number(
            rig_.fake().customerWrites(conversation, QStringLiteral("Hello again"), quietly));
    }
    void breakConnection() override { rig_.fake().cable().dropAll(); }
    void loseAnswers() override
    {
        rig_.fake().setBroadcasts(false); // the events that would tell are lost as well
        rig_.fake().loseAnswerNext("POST", QStringLiteral(".*"), Delivery::Close, 1'000'000);
        // The look at the conversation's messages that would tell what landed fails too.
        rig_.fake().failNext("GET", QStringLiteral(".*/messages"), 503, 1'000'000);
    }
    void holdAnswers() override
    {
        rig_.fake().loseAnswerNext("POST", QStringLiteral(".*"), Delivery::Hang, 1'000'000);
    }
    void heal() override
    {
        rig_.fake().clearFaults();
        rig_.fake().setBroadcasts(true);
    }
    void forgetRequests() override { rig_.fake().clearRequests(); }

    // Requests that carried the entry's key; for an action whose requests carry none, the most times any
    // one changing request (method, path and body) was received since forgetRequests().
    int timesCarriedOut(const QString &uuid) override
    {
        const QByteArray key = QStringLiteral("kontor:%1").arg(uuid).toUtf8();
        int carrying = 0;
        QHash<QByteArray, int> repeats;
        for (const chatwoot::fake::HttpRequest &request : rig_.fake().requests()) {
            if (request.method == "GET")
                continue;
            carrying += request.body.contains(key);
            ++repeats[request.method + ' ' + request.path.toUtf8() + ' ' + request.body];
        }
        if (carrying > 0)
            return carrying;
        int most = 0;
        for (int count : std::as_const(repeats))
            most = std::max(most, count);
        return most;
    }

private:
    static chatwoot::fake::FakeChatwoot::Seed smallSeed()
    {
        chatwoot::fake::FakeChatwoot::Seed seed;
        seed.contacts = 8;
        seed.conversations = 10;
        seed.looseFixture = false;
        return seed;
    }

    chatwoot::test::ChatwootTestRig rig_;
    AccountRecord account_;
};

} // namespace

std::unique_ptr<ContractSubject> makeChatwootSubject()
{
    return std::make_unique<ChatwootSubject>();
}

} // namespace kontor::testing
