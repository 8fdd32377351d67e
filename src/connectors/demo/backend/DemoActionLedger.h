#pragma once

#include "connectors/demo/backend/DemoActions.h"

#include <QHash>
#include <QJsonArray>

namespace kontor {

// The backend's memory of every action it processed, by the client's idempotency key: the result it first
// gave, how often the key arrived and how often it was applied. The backend does not deduplicate (no real one
// does for every action): a client that sends a key twice applies it twice, which appliedCount shows. A
// client reaches exactly-once by looking the key up before it resends.
class DemoActionLedger
{
public:
    struct Entry
    {
        DemoActionResult result;
        int applied = 0;  // times the action changed the world: 1 when accepted, 0 when rejected
        int received = 0; // times the key arrived

        bool operator==(const Entry &) const = default;
    };

    const Entry *find(const QString &clientUuid) const;
    void record(const QString &clientUuid, const DemoActionResult &result);

    qsizetype size() const { return m_entries.size(); }
    QStringList keys() const; // sorted

    QJsonArray toJson() const;
    bool restore(const QJsonArray &json, QString &error);

    bool operator==(const DemoActionLedger &) const = default;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace kontor
