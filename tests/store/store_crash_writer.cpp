// Writes to a store as fast as it can, for the crash test: small ingest batches and agent actions, in turn.
// After each agent action's durable commit returned, its outbox uuid goes to stdout (flushed), so the test
// knows what must survive a kill.
//
//   kontor-store-crash-writer STORE_PATH SEED
#include "store/Store.h"
#include "store/StoreTestAccess.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace {

IngestBatch smallBatch(QRandomGenerator &random, const QString &prefix, int round)
{
    IngestBatch b;
    b.account = {u"demo"_s, u"crash"_s, u"Crash test"_s};
    if (round == 0)
        b.agents.append({u"me"_s, u"Me"_s, u"me@example.org"_s, Presence::Online, 5, true});
    const int conversations = 1 + random.bounded(3);
    for (int c = 0; c < conversations; ++c) {
        const QString id = prefix + u"-c"_s + QString::number(c);
        CustomerRecord customer;
        customer.remoteId = id + u"-contact"_s;
        customer.name = u"Customer "_s + id;
        customer.identities.append({IdentityKind::Email, id + u"@example.com"_s, std::nullopt, {}});
        b.customers.append(customer);
        ConversationRecord conversation;
        conversation.remoteId = id;
        conversation.customerRemoteId = customer.remoteId;
        conversation.subject = u"Subject "_s + id;
        conversation.createdAt = conversation.lastActivityAt = nowUtcMillis();
        b.conversations.append(conversation);
        // Now and then a bigger batch, so that kills also land in long transactions.
        const int messages = random.bounded(10) == 0 ? 200 : 1 + random.bounded(8);
        for (int m = 0; m < messages; ++m) {
            MessageRecord message;
            message.remoteId = id + u"-m"_s + QString::number(m);
            message.conversationRemoteId = id;
            message.kind = m % 2 ? MessageKind::Outgoing : MessageKind::Incoming;
            message.body = u"message %1 of %2 about parcels, invoices and refunds"_s.arg(m).arg(id);
            message.createdAt = conversation.createdAt + m;
            b.messages.append(message);
        }
    }
    b.cursor = SyncCursorRecord{u"events"_s, prefix};
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s STORE_PATH SEED\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const quint32 seed = QByteArray(argv[2]).toUInt();
    StoreOpenResult opened = Store::open(path);
    if (!opened.store) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error));
        return 3;
    }
    if (!opened.notice.isEmpty()) {
        std::fprintf(stderr, "store was moved aside: %s\n", qPrintable(opened.notice));
        return 4;
    }
    Store &store = *opened.store;
    QRandomGenerator random(seed);
    for (int round = 0;; ++round) {
        const QString prefix = u"s%1-r%2"_s.arg(seed).arg(round);
        store.ingest(smallBatch(random, prefix, round)).waitForFinished();
        const std::optional<qint64> conversation =
            StoreTestAccess::database(store.reader()).queryInt64("SELECT max(id) FROM conversations");
        AgentAction action = SendMessage{.conversationId = *conversation, .body = u"Reply "_s + prefix};
        if (random.bounded(3) == 0)
            action = SetConversationStatus{*conversation, ConversationStatus::Resolved, {}};
        const ActionReceipt receipt = store.apply(std::move(action)).result();
        std::printf("%s\n", qPrintable(receipt.uuid));
        std::fflush(stdout);
        QCoreApplication::processEvents(); // deliver the change notifications, as a GUI would
    }
}
