// Inbound event -> store commit -> change notification on the GUI thread, at a steady rate of realtime
// events, through the sync engine's ingestion path; beside it, in the same run, the floor: the bare commit of
// the same rows through raw sqlite3 into the same schema. Prints JSON.
//
//   kontor-bench-sync [--rate 200] [--seconds 20] [--preload 100000] [--dir PATH]
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <deque>
#include <sqlite3.h>

using namespace kontor;

namespace {
// A connector that only relays: the benchmark hands it events as a backend's realtime stream would.
class RelayConnector : public Connector
{
public:
    AccountRecord account() const override
    {
        return {QStringLiteral("bench"), QStringLiteral("realtime"), QStringLiteral("Bench")};
    }
    ConnectorCapabilities capabilities() const override { return ConnectorCapabilities::deliveringAll(); }
    void start(const QString &) override { Q_EMIT stateChanged(ConnectorState::online()); }
    void stop() override {}
    void deliver(const DeliveryRequest &request) override
    {
        Q_EMIT deliveryFinished(request.entry.uuid, DeliveryResult::confirmed());
    }
    void relay(const IngestBatch &batch, const QString &cursor) { Q_EMIT batchReceived(batch, cursor); }
};

const QStringList kWords = {
    QStringLiteral("order"),    QStringLiteral("delivery"), QStringLiteral("refund"),
    QStringLiteral("invoice"),  QStringLiteral("password"), QStringLiteral("account"),
    QStringLiteral("package"),  QStringLiteral("tracking"), QStringLiteral("warranty"),
    QStringLiteral("Rechnung"), QStringLiteral("levering"), QStringLiteral("hello")};

QString sentence(quint32 seed, int words)
{
    QRandomGenerator random(seed);
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(kWords[random.bounded(int(kWords.size()))]);
    return out.join(QLatin1Char(' '));
}

IngestBatch baseBatch(const RelayConnector &connector)
{
    IngestBatch b;
    b.account = connector.account();
    b.inboxes.append({QStringLiteral("chat"), QStringLiteral("Website chat"), Channel::WebChat});
    return b;
}

// Conversations c-0 .. c-(n-1), each with `perConversation` messages, written in large batches.
void preload(Store &store, const RelayConnector &connector, int conversations, int perConversation,
             UtcMillis start)
{
    for (int first = 0; first < conversations; first += 1000) {
        IngestBatch b = baseBatch(connector);
        for (int c = first; c < std::min(conversations, first + 1000); ++c) {
            const QString id = QStringLiteral("c-%1").arg(c);
            const QString customer = QStringLiteral("cu-%1").arg(c);
            b.customers.append({customer, QStringLiteral("Customer %1").arg(c), {}});
            ConversationRecord conv;
            conv.remoteId = id;
            conv.inboxRemoteId = QStringLiteral("chat");
            conv.channel = Channel::WebChat;
            conv.customerRemoteId = customer;
            conv.createdAt = start + c;
            conv.lastActivityAt = start + c;
            b.conversations.append(conv);
            for (int m = 0; m < perConversation; ++m) {
                MessageRecord msg;
                msg.remoteId = QStringLiteral("m-%1-%2").arg(c).arg(m);
                msg.conversationRemoteId = id;
                msg.authorCustomerRemoteId = customer;
                msg.body = sentence(quint32(c * 131 + m), 8 + (c + m) % 40);
                msg.createdAt = start + c + m;
                b.messages.append(msg);
            }
        }
        auto done = store.ingest(b);
        done.waitForFinished();
    }
}

MessageRecord eventMessage(int index, int conversations, UtcMillis at)
{
    MessageRecord msg;
    const int c = index % conversations;
    msg.remoteId = QStringLiteral("rt-%1").arg(index);
    msg.conversationRemoteId = QStringLiteral("c-%1").arg(c);
    msg.authorCustomerRemoteId = QStringLiteral("cu-%1").arg(c);
    msg.body = sentence(quint32(1'000'000 + index), 8 + index % 40);
    msg.createdAt = at;
    return msg;
}

QJsonObject percentiles(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    auto at = [&](double p) {
        if (values.empty())
            return 0.0;
        return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
    };
    return {{QStringLiteral("count"), qint64(values.size())},
            {QStringLiteral("p50_ms"), at(0.50)},
            {QStringLiteral("p95_ms"), at(0.95)},
            {QStringLiteral("p99_ms"), at(0.99)},
            {QStringLiteral("max_ms"), values.empty() ? 0.0 : values.back()}};
}

// The floor: each event's row inserted and committed through raw sqlite3, same schema, same WAL settings.
std::vector<double> rawCommitFloor(const QString &path, int events, int conversations, UtcMillis start)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", nullptr,
                 nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO messages(conversation_id, account_id, customer_id, remote_id, kind, channel, "
        "body, body_format, created_at) SELECT id, account_id, customer_id, ?1, 'incoming', "
        "'webchat', ?2, 'plain', ?3 FROM conversations WHERE remote_id = ?4",
        -1, &insert, nullptr);
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < events; ++i) {
        const MessageRecord m = eventMessage(i, conversations, start + i);
        const QByteArray remote = (QStringLiteral("floor-") + m.remoteId).toUtf8();
        const QByteArray body = m.body.toUtf8();
        const QByteArray conv = m.conversationRemoteId.toUtf8();
        clock.start();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, remote.constData(), int(remote.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 3, m.createdAt);
        sqlite3_bind_text(insert, 4, conv.constData(), int(conv.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return times;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontor-bench-sync"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("events per second"), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("how long to send"), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("preload"), QStringLiteral("messages in the store before"),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("where the stores go"), QStringLiteral("path")});
    parser.process(app);
    const int rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int preloadMessages = std::max(0, parser.value(QStringLiteral("preload")).toInt());
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();

    StoreOpenResult opened = Store::open(dir + QStringLiteral("/sync-bench.db"));
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Store &store = *opened.store;
    NetworkPolicy policy;
    policy.setWorkOffline(false);
    policy.setSystemReachable(true);
    SyncEngine engine(store, policy);
    auto owned = std::make_unique<RelayConnector>();
    RelayConnector *connector = owned.get();
    engine.addConnector(std::move(owned));

    const int conversations = std::max(100, preloadMessages / 10);
    const UtcMillis start = nowUtcMillis() - 30LL * 24 * 3600 * 1000;
    QElapsedTimer preloadClock;
    preloadClock.start();
    preload(store, *connector, conversations, std::max(1, preloadMessages / conversations), start);
    const qint64 preloadMs = preloadClock.elapsed();

    // Send events at a steady rate; each change notification that carries new messages answers the oldest
    // event still waiting, since the store commits in submission order.
    const int events = rate * seconds;
    std::deque<qint64> sentAt;
    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&store, &Store::changed, [&](const ChangeSet &changes) {
        if (!changes.touches(StoreTable::Messages) || sentAt.empty())
            return;
        latencies.push_back(double(clock.nsecsElapsed() - sentAt.front()) / 1e6);
        sentAt.pop_front();
        if (int(latencies.size()) == events)
            QCoreApplication::quit();
    });
    int sent = 0;
    QTimer sender;
    sender.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sender, &QTimer::timeout, [&] {
        // Catch up to the schedule: the number of events that should have gone by now.
        const qint64 due = std::min<qint64>(events, clock.nsecsElapsed() * rate / 1'000'000'000 + 1);
        while (sent < due) {
            IngestBatch batch = baseBatch(*connector);
            batch.messages.append(eventMessage(sent, conversations, nowUtcMillis()));
            sentAt.push_back(clock.nsecsElapsed());
            connector->relay(batch, QString::number(sent));
            ++sent;
        }
        if (sent == events)
            sender.stop();
    });
    sender.start(1);
    QTimer::singleShot(std::chrono::seconds(seconds * 3 + 30), [] { QCoreApplication::exit(2); });
    const int code = QCoreApplication::exec();
    const double wallSeconds = double(clock.elapsed()) / 1000.0;
    opened.store.reset();

    const std::vector<double> floor =
        rawCommitFloor(dir + QStringLiteral("/sync-bench.db"), events, conversations, start);
    const QJsonObject pipeline = percentiles(latencies);
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("inbound event -> store commit -> change notification")},
        {QStringLiteral("rate_per_s"), rate},
        {QStringLiteral("events"), events},
        {QStringLiteral("achieved_rate_per_s"), double(latencies.size()) / wallSeconds},
        {QStringLiteral("preloaded_messages"), preloadMessages},
        {QStringLiteral("preload_ms"), preloadMs},
        {QStringLiteral("pipeline"), pipeline},
        {QStringLiteral("floor_raw_commit"), percentiles(floor)},
        {QStringLiteral("target_p99_ms"), 20},
        {QStringLiteral("meets_target"),
         code == 0 && pipeline.value(QStringLiteral("p99_ms")).toDouble() <= 20.0},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return code;
}
