#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"

namespace kontor::chatwoot {

namespace {

void addIdentity(QList<IdentityRecord> &identities, const IdentityResult &result, const QString &display)
{
    if (!result.isAccepted())
        return; // a value the normaliser rejects names no one reliably; the contact keeps its other
                // identities
    const NormalizedIdentity &identity = result.identity();
    for (const IdentityRecord &existing : identities) {
        if (existing.kind == identity.kind() && existing.value == identity.value() &&
            existing.platform == identity.platform())
            return;
    }
    identities.append({identity.kind(), identity.value(), identity.platform(), display.trimmed()});
}

void addContactInbox(QList<IdentityRecord> &identities, const QJsonObject &contactInbox,
                     const MappingContext &context)
{
    const QString sourceId = readString(contactInbox.value(QLatin1StringView("source_id"))).trimmed();
    if (sourceId.isEmpty())
        return;
    const QJsonObject inbox = contactInbox.value(QLatin1StringView("inbox")).toObject();
    QString inboxId = readId(inbox.value(QLatin1StringView("id")));
    if (inboxId.isEmpty())
        inboxId = readId(contactInbox.value(QLatin1StringView("inbox_id")));
    const Channel channel =
        context.snapshot
            ? context.snapshot->channelOf(inboxId, readString(inbox.value(QLatin1StringView("channel_type"))))
            : Channel::Api;
    addIdentity(identities, context.normalizer.channelAddress(channel, sourceId), sourceId);
}

} // namespace

std::optional<CustomerRecord> mapContact(const QJsonObject &contact, const MappingContext &context,
                                         const QJsonObject &extraContactInbox)
{
    CustomerRecord record;
    record.remoteId = readId(contact.value(QLatin1StringView("id")));
    if (record.remoteId.isEmpty())
        return std::nullopt;
    record.name = readString(contact.value(QLatin1StringView("name"))).trimmed();

    const QString email = readString(contact.value(QLatin1StringView("email")));
    if (!email.trimmed().isEmpty())
        addIdentity(record.identities, context.normalizer.email(email), email);
    const QString phone = readString(contact.value(QLatin1StringView("phone_number")));
    if (!phone.trimmed().isEmpty())
        addIdentity(record.identities, context.normalizer.phone(phone), phone);
    // The identifier is what a website passes to the widget's setUser() for a signed-in visitor: a web-chat
    // identity of that person.
    const QString identifier = readString(contact.value(QLatin1StringView("identifier")));
    if (!identifier.trimmed().isEmpty())
        addIdentity(record.identities, context.normalizer.handle(Channel::WebChat, identifier), identifier);

    const QJsonArray contactInboxes = contact.value(QLatin1StringView("contact_inboxes")).toArray();
    for (const QJsonValue &value : contactInboxes)
        addContactInbox(record.identities, value.toObject(), context);
    if (!extraContactInbox.isEmpty())
        addContactInbox(record.identities, extraContactInbox, context);
    record.attributes =
        mapContactAttributes(contact, context.snapshot ? &context.snapshot->contactAttributes : nullptr);
    return record;
}

} // namespace kontor::chatwoot
