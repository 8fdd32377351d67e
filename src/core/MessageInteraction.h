#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace kontor {

// What a message offered the customer or asked of them beyond its text — the interactive messages of bots
// and web widgets — and what the customer answered. Kept with the message, in a form of Kontor's own that
// every connector maps its backend's types to, so the timeline shows them the same way whatever the backend.
struct MessageInteraction
{
    enum class Type
    {
        Options,      // a choice of options; chosen: what the customer picked
        Cards,        // cards with a title, a description and links
        Form,         // a form; fields: label and, once submitted, the value
        Articles,     // links to help articles
        RatingSurvey, // a satisfaction survey; rating and comment once answered
        EmailRequest, // asks for the customer's email address; answer once given
        Other,        // a type Kontor does not show in detail: name says which
    };

    struct Link
    {
        QString title;
        QString url;
    };
    struct Card
    {
        QString title;
        QString description;
        QList<Link> links;
    };
    struct Field
    {
        QString label;
        QString value; // empty until submitted
    };

    Type type = Type::Other;
    QString name;              // Other: the backend's name of the type
    QStringList options;       // Options: their titles
    QStringList chosen;        // Options: the titles picked
    QList<Card> cards;         // Cards
    QList<Field> fields;       // Form
    QList<Link> articles;      // Articles
    std::optional<int> rating; // RatingSurvey: 1..5 once answered
    QString answer;            // RatingSurvey: the comment; EmailRequest: the address given

    // Whether the customer has answered (picked, submitted, rated, gave an address).
    bool answered() const;

    QByteArray toJson() const;
    // nullopt for text that is not an interaction written by toJson (a newer version's type reads as Other).
    static std::optional<MessageInteraction> fromJson(const QByteArray &json);
};

} // namespace kontor
