#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QStringView>
#include <array>
#include <bitset>
#include <optional>

namespace kontor {

// The tables whose changes views care about.
enum class StoreTable : quint8
{
    Accounts,
    Inboxes,
    Customers,
    Identities,
    CustomerMerges,
    MergeSuggestions,
    Agents,
    Teams,
    TeamMembers, // row ids are team ids
    Labels,
    Conversations, // also marked when a conversation's labels change
    Messages,
    Mentions, // row ids are conversation ids
    Attachments,
    CannedResponses,
    CsatAnswers,
    Outbox,
    SyncCursors,
};
inline constexpr int storeTableCount = int(StoreTable::SyncCursors) + 1;

std::optional<StoreTable> storeTableFromName(QStringView sqlTableName);
QLatin1StringView storeTableName(StoreTable table);

// What one committed transaction changed: per table, the row ids inserted, updated and deleted. When a
// transaction touches more rows of a table than is worth listing (a first sync), the table is marked as
// wholly changed instead and a view reloads it.
class ChangeSet
{
public:
    enum class Operation
    {
        Insert,
        Update,
        Delete
    };
    static constexpr qsizetype maxListedRows = 20000;

    bool isEmpty() const { return touched_.none(); }
    bool touches(StoreTable table) const { return touched_.test(index(table)); }
    // True when the rows are not listed: treat every row of the table as changed.
    bool isWhollyChanged(StoreTable table) const { return whole_.test(index(table)); }
    QList<StoreTable> tables() const;

    QSet<qint64> inserted(StoreTable table) const { return rows_[index(table)].inserted; }
    QSet<qint64> updated(StoreTable table) const { return rows_[index(table)].updated; }
    QSet<qint64> deleted(StoreTable table) const { return rows_[index(table)].deleted; }
    // Inserted, updated or deleted.
    QSet<qint64> rows(StoreTable table) const;
    bool contains(StoreTable table, qint64 rowId) const;

    void add(StoreTable table, Operation operation, qint64 rowId);
    void markUpdated(StoreTable table, qint64 rowId) { add(table, Operation::Update, rowId); }
    void markWhollyChanged(StoreTable table);
    void merge(const ChangeSet &other);
    void clear();

    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;

private:
    struct Rows
    {
        QSet<qint64> inserted;
        QSet<qint64> updated;
        QSet<qint64> deleted;
        friend bool operator==(const Rows &, const Rows &) = default;
    };
    static int index(StoreTable table) { return int(table); }

    std::array<Rows, storeTableCount> rows_;
    std::bitset<storeTableCount> touched_;
    std::bitset<storeTableCount> whole_;
};

} // namespace kontor

Q_DECLARE_METATYPE(kontor::ChangeSet)
