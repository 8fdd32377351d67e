#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kontor {
class StoreReader;
struct ConversationRow;
} // namespace kontor

namespace kontor::models {

// What a canned response's variables stand for in one conversation, in Chatwoot's names:
// {{contact.name}}, {{contact.first_name}}, {{contact.last_name}}, {{contact.email}}, {{contact.phone}},
// {{contact.id}}, {{agent.name}}, {{agent.first_name}}, {{agent.last_name}}, {{agent.email}},
// {{conversation.id}}, {{inbox.name}}, {{inbox.id}}, and {{contact.custom_attribute.KEY}}. An empty value
// is unknown: its variable stays in the text.
struct CannedVariableValues
{
    QHash<QString, QString> values; // "contact.name" → "Anna Berg"
};

// The values for a conversation as the store has them: its customer (name, first email address and phone
// number, the contact id on the conversation's account, attributes), the agent signed in on that account,
// the conversation and its inbox.
CannedVariableValues cannedVariablesFor(StoreReader &reader, const ConversationRow &conversation);

// The text with every variable whose value is known filled in; spaces inside the braces are allowed
// ({{ contact.name }}). Variables without a value, and names Kontor does not know, are left as they are.
QString fillCannedVariables(QStringView text, const CannedVariableValues &values);

// The variables still in a text, as written ("{{contact.email}}"), each once, in order: what a reply must
// not carry to the customer unfilled.
QStringList unfilledCannedVariables(QStringView text);

} // namespace kontor::models
