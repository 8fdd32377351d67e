#include "connectors/demo/backend/DemoRecordStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
// Generated history conversations kept for reuse; the simulation reads the open ones again and again.
constexpr qsizetype kHistoricCacheLimit = 20000;

// What the feed says about a deleted record: its kind and id, nothing else.
DemoRecord deletedRecord(DemoRecordKind kind, const QString &id, qint64 seq)
{
    DemoRecord record;
    switch (kind) {
    case DemoRecordKind::Customer:
        record = DemoCustomer{};
        break;
    case DemoRecordKind::Conversation:
        record = DemoConversation{};
        break;
    case DemoRecordKind::Message:
        record = DemoMessage{};
        break;
    case DemoRecordKind::Csat:
        record = DemoCsatAnswer{};
        break;
    case DemoRecordKind::Agent:
    case DemoRecordKind::Team:
    case DemoRecordKind::Inbox:
    case DemoRecordKind::CannedResponse:
        break; // never deleted
    }
    DemoRecordHeader &header = headerOf(record);
    header.remoteId = id;
    header.createdSeq = header.changeSeq = seq;
    return record;
}

template<typename Key, typename T>
std::optional<T> find(const QHash<Key, T> &table, const Key &id)
{
    const auto it = table.constFind(id);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}
} // namespace

DemoRecordStore::DemoRecordStore(const DemoHistory &history)
    : m_history(history)
    , m_lastSeq(history.lastSeq())
{}

qint64 DemoRecordStore::put(DemoRecord record)
{
    const qint64 seq = ++m_lastSeq;
    const DemoRecordKind kind = kindOf(record);
    DemoRecordHeader &header = headerOf(record);
    std::optional<DemoRecord> previous;
    std::visit(
        [&](auto &typed) {
            using T = std::decay_t<decltype(typed)>;
            auto &held = table<T>();
            const auto it = held.constFind(typed.remoteId);
            if (it != held.cend()) {
                const T &old = *it;
                previous = old;
                if (old.changeSeq == old.createdSeq && !m_history.contains(old.createdSeq))
                    m_log[old.createdSeq].creation = DemoRecord(old); // its first change: keep how it began
                else
                    m_log.erase(old.changeSeq);
                header.createdSeq = old.createdSeq;
            } else if (header.createdSeq == 0 || !m_history.contains(header.createdSeq)) {
                header.createdSeq = seq; // a new record; history records keep their generated position
            }
        },
        record);
    header.changeSeq = seq;
    m_log[seq] = LogEntry{kind, header.remoteId, std::nullopt};
    index(record, previous ? &*previous : nullptr);
    std::visit([this](auto &typed) { table<std::decay_t<decltype(typed)>>().insert(typed.remoteId, typed); },
               record);
    return seq;
}

void DemoRecordStore::index(const DemoRecord &record, const DemoRecord *previous)
{
    if (const auto *message = std::get_if<DemoMessage>(&record)) {
        if (!previous)
            m_messagesByConversation[message->conversationId].append(message->remoteId);
    } else if (const auto *conversation = std::get_if<DemoConversation>(&record)) {
        const auto *old = previous ? std::get_if<DemoConversation>(previous) : nullptr;
        if (old && old->customerId == conversation->customerId)
            return;
        if (old)
            m_conversationsByCustomer[old->customerId].removeOne(conversation->remoteId);
        m_conversationsByCustomer[conversation->customerId].append(conversation->remoteId);
    }
}

std::optional<DemoInbox> DemoRecordStore::inbox(const QString &id) const
{
    return find(table<DemoInbox>(), id);
}

std::optional<DemoAgent> DemoRecordStore::agent(const QString &id) const
{
    return find(table<DemoAgent>(), id);
}

std::optional<DemoTeam> DemoRecordStore::team(const QString &id) const
{
    return find(table<DemoTeam>(), id);
}

std::optional<DemoCustomer> DemoRecordStore::customer(const QString &id) const
{
    if (m_erased.contains(id))
        return std::nullopt;
    if (auto held = find(table<DemoCustomer>(), id))
        return held;
    if (const int number = m_history.customerNumber(id))
        return m_history.customer(number);
    return std::nullopt;
}

std::optional<DemoConversation> DemoRecordStore::conversation(const QString &id) const
{
    if (m_erased.contains(id))
        return std::nullopt;
    if (auto held = find(table<DemoConversation>(), id))
        return held;
    const int number = m_history.conversationNumber(id);
    if (!number)
        return std::nullopt;
    if (auto cached = find(m_historicConversations, number))
        return cached;
    if (m_historicConversations.size() >= kHistoricCacheLimit)
        m_historicConversations.clear();
    const DemoConversation generated = m_history.unit(number).conversation;
    m_historicConversations.insert(number, generated);
    return generated;
}

std::optional<DemoMessage> DemoRecordStore::message(const QString &id) const
{
    if (m_erased.contains(id))
        return std::nullopt;
    if (auto held = find(table<DemoMessage>(), id))
        return held;
    const qint64 number = DemoHistory::numberOf(id, u"msg-");
    if (number < 1 || number > m_history.plan().messageCount())
        return std::nullopt;
    const int conversation = m_history.plan().conversationOfMessage(number);
    return m_history.unit(conversation)
        .messages.at(number - m_history.plan().conversation(conversation).firstMessage);
}

QList<DemoMessage> DemoRecordStore::messagesOf(const QString &conversationId) const
{
    QList<DemoMessage> messages;
    if (m_erased.contains(conversationId))
        return messages;
    if (const int number = m_history.conversationNumber(conversationId))
        messages = m_history.unit(number).messages;
    const auto &held = table<DemoMessage>();
    for (const QString &id : m_messagesByConversation.value(conversationId))
        messages.append(held.value(id));
    // Creation order, however the index was built (live or restored from a file).
    std::stable_sort(messages.begin(), messages.end(),
                     [](const DemoMessage &a, const DemoMessage &b) { return a.createdSeq < b.createdSeq; });
    return messages;
}

QStringList DemoRecordStore::conversationsOf(const QString &customerId) const
{
    QList<std::pair<qint64, QString>> found;
    if (m_erased.contains(customerId))
        return {};
    const auto &held = table<DemoConversation>();
    if (const int number = m_history.customerNumber(customerId)) {
        for (int conversation : m_history.plan().conversationsOf(number)) {
            const QString id = DemoHistory::conversationId(conversation);
            const DemoHistoricShape &shape = m_history.plan().conversation(conversation);
            if (!held.contains(id)) // a held one is listed under its current customer below
                found.append({shape.firstSeq + (shape.opensCustomer ? 1 : 0), id});
        }
    }
    for (const QString &id : m_conversationsByCustomer.value(customerId))
        found.append({held.value(id).createdSeq, id});
    std::sort(found.begin(), found.end());
    QStringList ids;
    for (const auto &entry : std::as_const(found)) {
        if (!m_erased.contains(entry.second))
            ids.append(entry.second);
    }
    return ids;
}

template<typename T>
QList<T> DemoRecordStore::sortedValues(const QHash<QString, T> &table)
{
    QList<T> values = table.values();
    std::sort(values.begin(), values.end(),
              [](const T &a, const T &b) { return a.createdSeq < b.createdSeq; });
    return values;
}

QList<DemoAgent> DemoRecordStore::agents() const
{
    return sortedValues(table<DemoAgent>());
}

QList<DemoTeam> DemoRecordStore::teams() const
{
    return sortedValues(table<DemoTeam>());
}

QList<DemoInbox> DemoRecordStore::inboxes() const
{
    return sortedValues(table<DemoInbox>());
}

QList<DemoCannedResponse> DemoRecordStore::cannedResponses() const
{
    return sortedValues(table<DemoCannedResponse>());
}

DemoRecord DemoRecordStore::current(DemoRecordKind kind, const QString &id) const
{
    switch (kind) {
    case DemoRecordKind::Inbox:
        return table<DemoInbox>().value(id);
    case DemoRecordKind::Agent:
        return table<DemoAgent>().value(id);
    case DemoRecordKind::Team:
        return table<DemoTeam>().value(id);
    case DemoRecordKind::CannedResponse:
        return table<DemoCannedResponse>().value(id);
    case DemoRecordKind::Customer:
        return table<DemoCustomer>().value(id);
    case DemoRecordKind::Conversation:
        return table<DemoConversation>().value(id);
    case DemoRecordKind::Message:
        return table<DemoMessage>().value(id);
    case DemoRecordKind::Csat:
        return table<DemoCsatAnswer>().value(id);
    }
    return {};
}

DemoChangePage DemoRecordStore::changesSince(qint64 cursor, int limit) const
{
    DemoChangePage page;
    qint64 position = qMax<qint64>(0, cursor);
    auto logIt = m_log.upper_bound(position);
    std::optional<DemoHistoricUnit> unit;
    int unitNumber = 0;
    const auto nextHistoric = [&]() -> qint64 {
        const qint64 next = qMax(position + 1, m_history.firstSeq());
        return next <= m_history.lastSeq() ? next : -1;
    };
    while (page.changes.size() < qMax(1, limit)) {
        const qint64 historic = nextHistoric();
        const qint64 logged = logIt != m_log.end() ? logIt->first : -1;
        if (historic < 0 && logged < 0)
            break;
        if (historic >= 0 && (logged < 0 || historic < logged)) {
            const int number = m_history.plan().conversationAt(historic);
            if (number != unitNumber) {
                unit = m_history.unit(number);
                unitNumber = number;
            }
            DemoRecord record = unit->recordAt(historic);
            if (m_erased.isEmpty() || !historicRecordErased(record))
                page.changes.append({historic, std::move(record)});
            position = historic;
        } else {
            const LogEntry &entry = logIt->second;
            if (entry.deletion)
                page.changes.append({logged, deletedRecord(entry.kind, entry.id, logged), true});
            else
                page.changes.append(
                    {logged, entry.creation ? *entry.creation : current(entry.kind, entry.id)});
            position = logged;
            ++logIt;
        }
    }
    page.more = nextHistoric() >= 0 || logIt != m_log.end();
    // Once caught up, the cursor moves to the latest position even when the last changes were compacted away.
    page.nextCursor = page.more ? position : qMax(position, m_lastSeq);
    return page;
}

QList<DemoRecord> DemoRecordStore::heldRecords() const
{
    QList<DemoRecord> records;
    std::apply(
        [&records](const auto &...tables) {
            (
                [&records](const auto &held) {
                    QStringList ids = held.keys();
                    ids.sort();
                    for (const QString &id : std::as_const(ids))
                        records.append(held.value(id));
                }(tables),
                ...);
        },
        m_tables);
    return records;
}

QList<DemoRecord> DemoRecordStore::creationVersions() const
{
    QList<DemoRecord> records;
    for (const auto &[seq, entry] : m_log) {
        if (entry.creation)
            records.append(*entry.creation);
    }
    return records;
}

QString DemoRecordStore::restore(const QList<DemoRecord> &held, const QList<DemoRecord> &creations,
                                 qint64 lastSeq)
{
    m_tables = {};
    m_log.clear();
    m_messagesByConversation.clear();
    m_conversationsByCustomer.clear();
    m_historicConversations.clear();
    m_erased.clear();
    m_lastSeq = lastSeq;
    if (lastSeq < m_history.lastSeq())
        return u"the last change position is inside the history"_s;

    QHash<qint64, DemoRecord> creationAt;
    for (const DemoRecord &record : creations)
        creationAt.insert(headerOf(record).createdSeq, record);

    // Records are indexed in change order, so that the indexes come out as they were built.
    QList<DemoRecord> ordered = held;
    std::sort(ordered.begin(), ordered.end(), [](const DemoRecord &a, const DemoRecord &b) {
        return headerOf(a).changeSeq < headerOf(b).changeSeq;
    });
    for (const DemoRecord &record : std::as_const(ordered)) {
        const DemoRecordHeader &header = headerOf(record);
        const QString where = demoRecordKindKey(kindOf(record)) + u' ' + header.remoteId + u": "_s;
        if (header.changeSeq < header.createdSeq || header.changeSeq > lastSeq || header.createdSeq < 1)
            return where + u"change positions out of order"_s;
        if (m_log.contains(header.changeSeq))
            return where + u"two records at one change position"_s;
        if (m_history.contains(header.changeSeq))
            return where + u"a changed record inside the history"_s;
        m_log[header.changeSeq] = LogEntry{kindOf(record), header.remoteId, std::nullopt};
        if (header.createdSeq != header.changeSeq && !m_history.contains(header.createdSeq)) {
            const auto creation = creationAt.constFind(header.createdSeq);
            if (creation == creationAt.cend() || headerOf(*creation).remoteId != header.remoteId ||
                kindOf(*creation) != kindOf(record))
                return where + u"its first version is missing"_s;
            if (m_log.contains(header.createdSeq))
                return where + u"two records at one change position"_s;
            m_log[header.createdSeq] = LogEntry{kindOf(record), header.remoteId, *creation};
        }
        index(record, nullptr);
        std::visit(
            [this](const auto &typed) {
                table<std::decay_t<decltype(typed)>>().insert(typed.remoteId, typed);
            },
            record);
    }
    return {};
}

bool DemoRecordStore::historicRecordErased(const DemoRecord &record) const
{
    if (m_erased.contains(headerOf(record).remoteId))
        return true;
    if (const auto *message = std::get_if<DemoMessage>(&record))
        return m_erased.contains(message->conversationId);
    if (const auto *answer = std::get_if<DemoCsatAnswer>(&record))
        return m_erased.contains(answer->conversationId);
    if (const auto *conversation = std::get_if<DemoConversation>(&record))
        return m_erased.contains(conversation->customerId);
    return false;
}

void DemoRecordStore::forget(const QSet<QString> &ids)
{
    for (auto it = m_log.begin(); it != m_log.end();) {
        if (!it->second.deletion && ids.contains(it->second.id))
            it = m_log.erase(it);
        else
            ++it;
    }
    std::apply(
        [&ids](auto &...tables) {
            (([&ids](auto &held) {
                 for (const QString &id : ids)
                     held.remove(id);
             }(tables)),
             ...);
        },
        m_tables);
    for (const QString &id : ids) {
        m_messagesByConversation.remove(id);
        m_conversationsByCustomer.remove(id);
        for (QStringList &owned : m_conversationsByCustomer)
            owned.removeAll(id);
    }
    m_historicConversations.clear();
    m_erased.unite(ids);
}

QSet<QString> DemoRecordStore::conversationRecords(const QString &conversationId) const
{
    QSet<QString> ids{conversationId};
    for (const DemoMessage &message : messagesOf(conversationId))
        ids.insert(message.remoteId);
    for (const DemoCsatAnswer &answer : table<DemoCsatAnswer>()) {
        if (answer.conversationId == conversationId)
            ids.insert(answer.remoteId);
    }
    return ids;
}

bool DemoRecordStore::eraseConversation(const QString &conversationId)
{
    if (!conversation(conversationId))
        return false;
    forget(conversationRecords(conversationId));
    m_log[++m_lastSeq] = LogEntry{DemoRecordKind::Conversation, conversationId, std::nullopt, true};
    return true;
}

bool DemoRecordStore::eraseCustomer(const QString &customerId)
{
    if (!customer(customerId))
        return false;
    QSet<QString> ids{customerId};
    for (const QString &conversationId : conversationsOf(customerId))
        ids.unite(conversationRecords(conversationId));
    forget(ids);
    m_log[++m_lastSeq] = LogEntry{DemoRecordKind::Customer, customerId, std::nullopt, true};
    return true;
}

QStringList DemoRecordStore::erasedIds() const
{
    QStringList ids(m_erased.cbegin(), m_erased.cend());
    ids.sort();
    return ids;
}

QList<DemoRecordStore::Deletion> DemoRecordStore::deletions() const
{
    QList<Deletion> found;
    for (const auto &[seq, entry] : m_log) {
        if (entry.deletion)
            found.append({seq, entry.kind, entry.id});
    }
    return found;
}

QString DemoRecordStore::restoreErased(const QStringList &ids, const QList<Deletion> &deletions)
{
    m_erased = QSet<QString>(ids.cbegin(), ids.cend());
    for (const Deletion &deletion : deletions) {
        if (deletion.seq < 1 || deletion.seq > m_lastSeq || m_log.contains(deletion.seq) ||
            m_history.contains(deletion.seq))
            return u"a deletion at a position taken or out of range"_s;
        m_log[deletion.seq] = LogEntry{deletion.kind, deletion.id, std::nullopt, true};
    }
    return {};
}

} // namespace kontor
