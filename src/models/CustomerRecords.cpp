#include "models/CustomerRecords.h"

#include "models/OutboxActionText.h"
#include "store/Store.h"

namespace kontor::models {

CustomerRecords::CustomerRecords(Store &store)
    : store_(store)
{}

std::optional<CustomerRow> CustomerRecords::customer(qint64 customerId)
{
    return store_.reader().directory().customer(customerId);
}

QList<AccountRow> CustomerRecords::accounts()
{
    return store_.reader().directory().accounts();
}

QStringList CustomerRecords::contactAccountNames(const CustomerRow &customer)
{
    const QList<AccountRow> accounts = this->accounts();
    QStringList names;
    for (const IdentityRow &identity : customer.identities) {
        for (const AccountRow &account : accounts) {
            if (identity.kind == IdentityKind::ContactId && identity.accountId &&
                account.id == *identity.accountId && !names.contains(account.name))
                names.append(account.name);
        }
    }
    return names;
}

QList<CustomerMatch> CustomerRecords::find(const QString &text)
{
    return store_.reader().directory().findCustomers(text);
}

joins::JoinPreview CustomerRecords::mergePreview(qint64 survivorId, qint64 mergedId)
{
    return store_.reader().customers().mergePreview(survivorId, mergedId);
}

ErasurePreview CustomerRecords::erasurePreview(qint64 customerId)
{
    return store_.reader().customers().erasurePreview(customerId);
}

QStringList CustomerRecords::pendingActionTexts(const ErasurePreview &preview)
{
    QStringList texts;
    for (const OutboxEntry &entry : preview.pendingActions) {
        const std::optional<UnfinishedAction> action = store_.reader().outbox().unfinishedAction(entry.uuid);
        texts.append(action ? OutboxActionText::action(*action) + QStringLiteral(" — ") +
                                  OutboxActionText::state(*action)
                            : OutboxActionText::kindName(entry.kind));
    }
    return texts;
}

std::optional<qint64> CustomerRecords::latestConversation(qint64 customerId)
{
    const QList<ConversationRow> rows = store_.reader().inbox().conversationsOfCustomer(customerId, 1);
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.first().id);
}

} // namespace kontor::models
