#include "connectors/demo/backend/DemoActionLedger.h"

#include "connectors/demo/backend/DemoJsonReader.h"

using namespace Qt::StringLiterals;

namespace kontor {

const DemoActionLedger::Entry *DemoActionLedger::find(const QString &clientUuid) const
{
    const auto it = m_entries.constFind(clientUuid);
    return it == m_entries.cend() ? nullptr : &*it;
}

void DemoActionLedger::record(const QString &clientUuid, const DemoActionResult &result)
{
    Entry &entry = m_entries[clientUuid];
    if (entry.received == 0 || !entry.result.accepted)
        entry.result = result; // what the key first made stays what a look-up finds
    entry.applied += result.accepted ? 1 : 0;
    ++entry.received;
}

QStringList DemoActionLedger::keys() const
{
    QStringList keys = m_entries.keys();
    keys.sort();
    return keys;
}

QJsonArray DemoActionLedger::toJson() const
{
    QJsonArray array;
    for (const QString &key : keys()) {
        const Entry &entry = m_entries[key];
        array.append(QJsonObject{{u"clientUuid"_s, key},
                                 {u"applied"_s, entry.applied},
                                 {u"received"_s, entry.received},
                                 {u"result"_s, entry.result.toJson()}});
    }
    return array;
}

bool DemoActionLedger::restore(const QJsonArray &json, QString &error)
{
    m_entries.clear();
    for (const QJsonValue &item : json) {
        DemoJsonReader in(item.toObject(), u"ledger"_s, &error);
        const QString key = in.string("clientUuid");
        Entry entry;
        entry.applied = int(in.integer("applied"));
        entry.received = int(in.integer("received"));
        const QJsonObject result = in.object("result");
        if (!in.ok())
            return false;
        const std::optional<DemoActionResult> parsed = DemoActionResult::fromJson(result, error);
        if (!parsed)
            return false;
        entry.result = *parsed;
        m_entries.insert(key, entry);
    }
    return true;
}

} // namespace kontor
