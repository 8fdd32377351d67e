#include "store/actions/CustomerActions.h"

#include "core/Overloaded.h"
#include "store/actions/ActionPayload.h"
#include "store/sql/Database.h"

namespace kontor::actions {

namespace {

template<typename T>
T orRefuse(joins::Outcome<T> outcome)
{
    if (const auto *refusal = std::get_if<joins::Refusal>(&outcome))
        throw CustomerActionRefused(*refusal);
    return std::get<T>(outcome);
}

} // namespace

CustomerActionReceipt recordCustomerAction(sql::Database &db, ChangeSet &marks, const CustomerAction &action,
                                           UtcMillis now)
{
    return std::visit(Overloaded{
                          [&](const MergeCustomers &merge) {
                              joins::JoinRequest request;
                              request.survivorId = merge.survivorId;
                              request.mergedId = merge.mergedId;
                              request.actorAgentId = merge.actorAgentId;
                              request.reason = merge.reason;
                              request.askBackends = true;
                              return CustomerActionReceipt{
                                  orRefuse(joins::joinCustomers(db, marks, request, now))};
                          },
                          [&](const UnmergeCustomers &unmerge) {
                              orRefuse(joins::undoJoin(db, marks, unmerge.mergeId, now));
                              dropUnsentContactMerges(db, unmerge.mergeId);
                              return CustomerActionReceipt{unmerge.mergeId};
                          },
                      },
                      action);
}

void dropUnsentContactMerges(sql::Database &db, qint64 mergeId)
{
    const QString kind = agentActionKind(MergeContacts{});
    QStringList unsent;
    {
        sql::Statement select = db.prepare(
            "SELECT uuid, account_id, payload FROM outbox WHERE kind = ? AND state IN ('queued', 'failed')");
        select.bindAll(kind);
        while (select.step()) {
            const std::optional<AgentAction> action =
                decodePayload(kind, select.int64(1), 0, select.text(2).toUtf8());
            const auto *merge = action ? std::get_if<MergeContacts>(&*action) : nullptr;
            if (merge && merge->mergeId == mergeId)
                unsent.append(select.text(0));
        }
    }
    for (const QString &uuid : std::as_const(unsent))
        db.prepare("DELETE FROM outbox WHERE uuid = ?").bindAll(uuid).run();
}

} // namespace kontor::actions
