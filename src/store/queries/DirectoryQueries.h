#pragma once

#include "core/Agent.h"
#include "core/AttributeKind.h"
#include "core/Channel.h"
#include "core/Identity.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

struct AccountRow
{
    qint64 id = 0;
    QString connector{};
    QString remoteId{};
    QString name{};
};

struct InboxRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId{};
    QString name{};
    Channel channel = Channel::WebChat;
};

struct AgentRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId{};
    QString name{};
    QString email{};
    Presence presence = Presence::Offline;
    std::optional<UtcMillis> presenceSince{};
    int capacity = 0;
    bool isSelf = false;
    qint64 openConversations = 0; // assigned and open: the agent's load against capacity
};

struct TeamRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId{};
    QString name{};
    QList<qint64> memberIds{};
};

struct LabelRow
{
    qint64 id = 0;
    QString name{};
    QString color{};
};

struct IdentityRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    IdentityKind kind = IdentityKind::Email;
    QString value{};
    std::optional<Channel> platform{};
    std::optional<qint64> accountId{};
    QString displayValue{};
};

struct CustomerRow
{
    qint64 id = 0;
    QString name{};
    UtcMillis createdAt = 0;
    UtcMillis updatedAt = 0;
    std::optional<qint64> mergedInto{};
    QList<IdentityRow> identities{};
};

// One thing one account says about a customer.
struct CustomerAttributeRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 accountId = 0;
    QString accountName{};
    QString key{};
    QString label{};
    QString value{}; // locale-independent, see AttributeRecord
    AttributeKind kind = AttributeKind::Text;
};

struct CannedResponseRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString shortCode{};
    QString content{};
};

struct MergeSuggestionRow
{
    qint64 id = 0;
    qint64 customerA = 0;
    qint64 customerB = 0;
    QString reason{};
    double score = 0;
    UtcMillis createdAt = 0;
};

// A customer found by what an agent typed: their name and how to tell them apart.
struct CustomerMatch
{
    qint64 id = 0;
    QString name{};
    QString identities{}; // email addresses, numbers and handles, comma-separated
};

// The small tables: accounts, inboxes, agents, teams, labels, customers, canned responses, sync cursors.
class DirectoryQueries
{
public:
    explicit DirectoryQueries(sql::Database &db);

    QList<AccountRow> accounts();
    std::optional<qint64> accountId(const QString &connector, const QString &remoteId);
    QList<InboxRow> inboxes();
    QList<AgentRow> agents(std::optional<qint64> accountId = {});
    QList<TeamRow> teams();
    QList<LabelRow> labels();
    std::optional<CustomerRow> customer(qint64 id);
    // What every account says about the customer: by account, then in each backend's order.
    QList<CustomerAttributeRow> customerAttributes(qint64 customerId);
    // The customer owning an identity (value normalised as stored).
    std::optional<qint64> customerByIdentity(IdentityKind kind, const QString &scope, const QString &value);
    // Canned responses whose short code starts with prefix (what follows '/' in the composer).
    QList<CannedResponseRow> cannedResponses(const QString &prefix, int limit = 20);
    std::optional<QString> syncCursor(qint64 accountId, const QString &stream);
    QList<MergeSuggestionRow> openMergeSuggestions(int limit = 100);
    // Customers (not merged away) whose name contains text, or one of whose identities starts with it; by
    // name.
    QList<CustomerMatch> findCustomers(const QString &text, int limit = 20);

private:
    sql::Database &db_;
};

} // namespace kontor
