#include "identity/CustomerMerge.h"

#include "identity/IdentityNormalizer.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "store/WriteContext.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerMerge", text);
}

template<typename T>
T orRefuse(joins::Outcome<T> outcome)
{
    if (const auto *refusal = std::get_if<joins::Refusal>(&outcome))
        throw MergeRefused(CustomerMerge::refusalText(*refusal));
    return std::get<T>(outcome);
}
} // namespace

MergeRefused::MergeRefused(const QString &message)
    : std::runtime_error("merge refused")
    , message_(message)
{}

QString CustomerMerge::refusalText(joins::Refusal refusal)
{
    switch (refusal) {
    case joins::Refusal::SameCustomer:
        return tr("A customer cannot be merged with themselves.");
    case joins::Refusal::NoSuchCustomer:
        return tr("One of the customers no longer exists.");
    case joins::Refusal::AlreadyMerged:
        return tr("One of the customers has already been merged into another.");
    case joins::Refusal::NoSuchMerge:
        return tr("This merge does not exist.");
    case joins::Refusal::AlreadyUndone:
        return tr("This merge has already been undone.");
    case joins::Refusal::NoSuchIdentity:
        return tr("This identity cannot be changed here.");
    case joins::Refusal::LastIdentity:
        return tr("A customer's only identity cannot be split off.");
    case joins::Refusal::IdentityTaken:
        return tr("Another customer already has this identity. Merge the two customers instead.");
    case joins::Refusal::EmptyName:
        return tr("A customer's name cannot be empty.");
    }
    return {};
}

QFuture<qint64> CustomerMerge::merge(Store &store, qint64 survivorId, qint64 mergedId,
                                     std::optional<qint64> actorAgentId, const QString &reason)
{
    return store.apply(MergeCustomers{survivorId, mergedId, actorAgentId, reason})
        .then([](const CustomerActionReceipt &receipt) { return receipt.mergeId; })
        .onFailed([](const CustomerActionRefused &refused) -> qint64 {
            throw MergeRefused(refusalText(refused.refusal()));
        });
}

QFuture<void> CustomerMerge::unmerge(Store &store, qint64 mergeId)
{
    return store.apply(UnmergeCustomers{mergeId})
        .then([](const CustomerActionReceipt &) {})
        .onFailed(
            [](const CustomerActionRefused &refused) { throw MergeRefused(refusalText(refused.refusal())); });
}

joins::JoinPreview CustomerMerge::preview(StoreReader &reader, qint64 survivorId, qint64 mergedId)
{
    return reader.customers().mergePreview(survivorId, mergedId);
}

QFuture<qint64> CustomerMerge::split(Store &store, qint64 identityId, const QString &name)
{
    return store.write(
        [=](WriteContext &context) {
            return orRefuse(joins::splitIdentity(context.db(), identityId, name, context.now()));
        },
        WriteDurability::Full);
}

QFuture<void> CustomerMerge::rename(Store &store, qint64 customerId, const QString &name)
{
    // Full durability: a backend may be asked to rename the contact, and that request is an outbox entry.
    return store.write(
        [=](WriteContext &context) {
            orRefuse(joins::renameCustomer(context.db(), context.changes(), customerId, name, context.now()));
        },
        WriteDurability::Full);
}

QFuture<qint64> CustomerMerge::addIdentity(Store &store, qint64 customerId, IdentityKind kind,
                                           const QString &typed)
{
    const IdentityNormalizer normalizer;
    const IdentityResult result =
        kind == IdentityKind::Phone ? normalizer.phone(typed) : normalizer.email(typed);
    if (!result || (kind != IdentityKind::Phone && kind != IdentityKind::Email))
        return QtFuture::makeExceptionalFuture<qint64>(std::make_exception_ptr(
            MergeRefused(kind == IdentityKind::Phone ? tr("This is not a phone number.")
                                                     : tr("This is not an email address."))));
    const QString value = result.identity().value();
    const QString scope = result.identity().scope();
    const QString display = typed.trimmed();
    return store.write(
        [=](WriteContext &context) {
            return orRefuse(joins::addIdentity(context.db(), context.changes(), customerId, kind, scope,
                                               value, display, context.now()));
        },
        WriteDurability::Full);
}

QFuture<void> CustomerMerge::removeIdentity(Store &store, qint64 identityId)
{
    return store.write([=](WriteContext &context) {
        orRefuse(joins::removeIdentity(context.db(), identityId, context.now()));
    });
}

} // namespace kontor
