#include "models/CannedVariables.h"

#include "store/StoreReader.h"
#include "store/queries/DirectoryQueries.h"
#include "store/queries/InboxQueries.h"

#include <QRegularExpression>

namespace kontor::models {

namespace {

// {{ name }} with a dotted name of letters, digits and underscores; nothing else counts as a variable, so
// text in double braces that is not one (code, templates of other tools) is left alone.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\})"));
    return pattern;
}

void putName(CannedVariableValues &out, const QString &prefix, const QString &fullName)
{
    const QString name = fullName.simplified();
    out.values.insert(prefix + QStringLiteral(".name"), name);
    const qsizetype space = name.indexOf(u' ');
    out.values.insert(prefix + QStringLiteral(".first_name"), space < 0 ? name : name.left(space));
    out.values.insert(prefix + QStringLiteral(".last_name"), space < 0 ? QString() : name.mid(space + 1));
}

} // namespace

CannedVariableValues cannedVariablesFor(StoreReader &reader, const ConversationRow &conversation)
{
    CannedVariableValues out;
    putName(out, QStringLiteral("contact"), conversation.customerName);
    DirectoryQueries &directory = reader.directory();
    if (const std::optional<CustomerRow> customer = directory.customer(conversation.customerId)) {
        for (const IdentityRow &identity : customer->identities) {
            const QString shown = identity.displayValue.isEmpty() ? identity.value : identity.displayValue;
            if (identity.kind == IdentityKind::Email && !out.values.contains(QStringLiteral("contact.email")))
                out.values.insert(QStringLiteral("contact.email"), shown.trimmed());
            else if (identity.kind == IdentityKind::Phone &&
                     !out.values.contains(QStringLiteral("contact.phone")))
                out.values.insert(QStringLiteral("contact.phone"), identity.value);
            else if (identity.kind == IdentityKind::ContactId && identity.accountId &&
                     *identity.accountId == conversation.accountId)
                out.values.insert(QStringLiteral("contact.id"), identity.value);
        }
    }
    for (const CustomerAttributeRow &attribute : directory.customerAttributes(conversation.customerId)) {
        if (attribute.accountId == conversation.accountId)
            out.values.insert(QStringLiteral("contact.custom_attribute.") + attribute.key, attribute.value);
    }
    for (const AgentRow &agent : directory.agents(conversation.accountId)) {
        if (!agent.isSelf)
            continue;
        putName(out, QStringLiteral("agent"), agent.name);
        out.values.insert(QStringLiteral("agent.email"), agent.email);
        break;
    }
    out.values.insert(QStringLiteral("conversation.id"), conversation.remoteId);
    if (conversation.inboxId) {
        for (const InboxRow &inbox : directory.inboxes()) {
            if (inbox.id != *conversation.inboxId)
                continue;
            out.values.insert(QStringLiteral("inbox.name"), inbox.name);
            out.values.insert(QStringLiteral("inbox.id"), inbox.remoteId);
        }
    }
    return out;
}

QString fillCannedVariables(QStringView text, const CannedVariableValues &values)
{
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = variablePattern().globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = values.values.value(match.captured(1));
        if (value.isEmpty())
            continue;
        result += text.mid(copied, match.capturedStart() - copied);
        result += value;
        copied = match.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}

QStringList unfilledCannedVariables(QStringView text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = variablePattern().globalMatchView(text);
    while (it.hasNext()) {
        const QString variable = it.next().captured(0);
        if (!found.contains(variable))
            found.append(variable);
    }
    return found;
}

} // namespace kontor::models
