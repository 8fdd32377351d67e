#pragma once

#include "connectors/demo/backend/DemoWorld.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QHash>
#include <QStringList>

namespace kontor::testing {

// Every conversation of the demo backend, as its latest version.
inline QHash<QString, DemoConversation> worldConversations(const DemoWorld &world)
{
    QHash<QString, DemoConversation> result;
    qint64 cursor = 0;
    for (;;) {
        const DemoChangePage page = world.changesSince(cursor, 1000);
        for (const DemoChange &change : page.changes) {
            if (const auto *c = std::get_if<DemoConversation>(&change.record))
                result.insert(c->remoteId, *c);
        }
        cursor = page.nextCursor;
        if (!page.more)
            break;
    }
    return result;
}

// Where the store and the backend disagree about conversations and their messages; empty when they agree.
inline QStringList differences(Store &store, const DemoWorld &world)
{
    QStringList problems;
    const QHash<QString, DemoConversation> remote = worldConversations(world);
    sql::Database &db = StoreTestAccess::database(store.reader());
    qint64 local = 0;
    {
        auto count = db.prepare("SELECT count(*) FROM conversations c JOIN accounts a ON a.id = c.account_id "
                                "WHERE a.connector = 'demo'");
        count.step();
        local = count.int64(0);
    }
    if (local != remote.size())
        problems.append(QStringLiteral("conversations: store %1, backend %2").arg(local).arg(remote.size()));
    for (const DemoConversation &c : remote) {
        auto q = db.prepare(
            "SELECT c.status, c.priority, coalesce(g.remote_id, ''), "
            "  (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id), "
            "  (SELECT group_concat(l.name, ',') FROM (SELECT l.name FROM conversation_labels cl "
            "     JOIN labels l ON l.id = cl.label_id WHERE cl.conversation_id = c.id ORDER BY l.name) l) "
            "FROM conversations c LEFT JOIN agents g ON g.id = c.assignee_id WHERE c.remote_id = ?");
        q.bind(1, c.remoteId);
        if (!q.step()) {
            problems.append(QStringLiteral("missing conversation %1").arg(c.remoteId));
            continue;
        }
        QStringList labels = c.labels;
        labels.sort(Qt::CaseInsensitive);
        const auto expect = [&](const char *what, const QString &here, const QString &there) {
            if (here != there)
                problems.append(QStringLiteral("%1 %2: store '%3', backend '%4'")
                                    .arg(c.remoteId, QLatin1StringView(what), here, there));
        };
        expect("status", q.text(0), statusKey(c.status));
        expect("priority", q.text(1), priorityKey(c.priority));
        expect("assignee", q.text(2), c.assigneeId);
        expect("messages", QString::number(q.int64(3)), QString::number(world.messages(c.remoteId).size()));
        expect("labels", q.text(4), labels.join(QLatin1Char(',')));
    }
    return problems;
}

} // namespace kontor::testing
