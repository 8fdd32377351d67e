// Where Chatwoot's OpenAPI spec describes an answer differently from what the server sends, and why the fake
// follows the server. The one list of the spec's known errors: every other difference is a violation.
// Sources: app/views/api/v1/conversations/partials/_conversation.json.jbuilder, Message#push_event_data,
// app/views/api/v1/models/_agent.json.jbuilder, custom_attribute_definitions/index.json.jbuilder,
// Api::V1::Accounts::ContactsController and Api::V1::Accounts::Conversations::AssignmentsController in
// chatwoot/chatwoot.
#include "OpenApiContract.h"

namespace kontor::chatwoot::fake {

namespace {
const QString kAny = QStringLiteral("*");
} // namespace

const QList<OpenApiContract::KnownError> &OpenApiContract::knownErrors()
{
    static const QList<KnownError> errors{
        // --- conversations, wherever one is rendered (list, show, a contact's conversations) -------------
        {kAny, kAny, QStringLiteral("*.snoozed_until"),
         QStringLiteral(
             "The partial writes conversation.snoozed_until, a datetime column: Rails renders it as "
             "ISO-8601 text, or null when not snoozed. The spec says number.")},
        {kAny, kAny, QStringLiteral("*.timestamp"),
         QStringLiteral("The partial writes last_activity_at.to_i: integer seconds. The spec says string.")},
        {kAny, kAny, QStringLiteral("body*payload[].status"),
         QStringLiteral(
             "Conversation statuses are open, resolved, pending and snoozed (the model's enum); the "
             "spec's conversation schema leaves snoozed out.")},
        {QStringLiteral("/api/v1/accounts/{account_id}/conversations/{conversation_id}"),
         QStringLiteral("get"), QStringLiteral("body.status"),
         QStringLiteral("The same for one conversation: a snoozed conversation's status is snoozed.")},
        {kAny, kAny, QStringLiteral("body*.priority"),
         QStringLiteral(
             "priority is null until one is set (the partial writes conversation.priority); the spec "
             "does not mark it nullable.")},
        {kAny, kAny, QStringLiteral("body*.sla_policy_id"),
         QStringLiteral("sla_policy_id is null unless an SLA policy applies; the spec does not mark it "
                        "nullable.")},
        {kAny, kAny, QStringLiteral("body*.meta.sender.email"),
         QStringLiteral("A contact without an address has email null (models/_contact.json.jbuilder); the "
                        "inline sender schema says string.")},
        {kAny, kAny, QStringLiteral("body*.meta.sender.phone_number"),
         QStringLiteral("A contact without a number has phone_number null; the inline sender schema says "
                        "string.")},
        {kAny, kAny, QStringLiteral("body*.meta.sender.identifier"),
         QStringLiteral("A contact without an identifier has identifier null; the inline sender schema says "
                        "string.")},
        // --- messages (push_event_data: the model's attributes, created_at as integer) -------------------
        {kAny, kAny, QStringLiteral("*.message_type"),
         QStringLiteral("Message types are incoming 0, outgoing 1, activity 2 and template 3 (the model's "
                        "enum); the spec's enum stops at 2.")},
        {kAny, kAny, QStringLiteral("*.content_type"),
         QStringLiteral("content_type is one of the model's many (text, input_text, input_textarea, "
                        "input_email, input_select, cards, form, article, incoming_email, input_csat, "
                        "integrations, sticker…) and null in older rows; the spec lists four.")},
        {kAny, kAny, QStringLiteral("*.sender_type"),
         QStringLiteral("A polymorphic type: the class name, User, Contact or AgentBot, or null; the spec's "
                        "enum has contact, agent and agent_bot.")},
        {kAny, kAny, QStringLiteral("*.sender_id"),
         QStringLiteral("null for a message without a sender (activity lines, some bot messages); the spec "
                        "does not mark it nullable.")},
        {kAny, kAny, QStringLiteral("*.source_id"),
         QStringLiteral("source_id is null until a provider (or the client) sets one; the spec does not mark "
                        "it nullable.")},
        {kAny, kAny, QStringLiteral("*.updated_at"),
         QStringLiteral("push_event_data takes the model's attributes, so a message's updated_at is a Time "
                        "rendered as ISO-8601 text; only created_at is turned into integer seconds.")},
        // --- agents (models/_agent.json.jbuilder) --------------------------------------------------------
        {kAny, kAny, QStringLiteral("*availability_status"),
         QStringLiteral(
             "An agent's availability_status is the account user's availability: online, busy or "
             "offline (AccountUser's enum); the spec's agent schema says available, busy, offline.")},
        // --- particular operations ---------------------------------------------------------------------
        {QStringLiteral("/api/v1/accounts/{account_id}/contacts/{id}"), QStringLiteral("put"),
         QStringLiteral("status"),
         QStringLiteral(
             "ContactsController#update renders the contact ({payload: contact}) with 200; the spec "
             "declares only 204.")},
        {QStringLiteral("/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments"),
         QStringLiteral("post"), QStringLiteral("body"),
         QStringLiteral(
             "Unassigning (assignee_id null) and a team that is not found end in `render json: nil`: "
             "the body is null. The spec declares only the agent.")},
        // --- custom attribute definitions (custom_attribute_definitions/index.json.jbuilder)
        // -----------------
        {QStringLiteral("/api/v1/accounts/{account_id}/custom_attribute_definitions"), QStringLiteral("get"),
         QStringLiteral("body[].attribute_values"),
         QStringLiteral("attribute_values is a jsonb column holding the list's choices: a JSON array (empty "
                        "for other types). The spec says string.")},
        {QStringLiteral("/api/v1/accounts/{account_id}/custom_attribute_definitions"), QStringLiteral("get"),
         QStringLiteral("body[].regex_*"),
         QStringLiteral("regex_pattern and regex_cue are null unless the administrator set a validation; the "
                        "spec does not mark them nullable.")},
        {QStringLiteral("/api/v1/accounts/{account_id}/custom_attribute_definitions"), QStringLiteral("get"),
         QStringLiteral("body[].default_value"),
         QStringLiteral("default_value is null unless one was set; the spec does not mark it nullable.")},
    };
    return errors;
}

} // namespace kontor::chatwoot::fake
