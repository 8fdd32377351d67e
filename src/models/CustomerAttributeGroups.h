#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace kontor::models {

// One attribute as the agent reads it.
struct AttributeLine
{
    QString key;
    QString label;
    QString text; // the value formatted for the agent's locale
    AttributeKind kind = AttributeKind::Text;
    QUrl link; // set for links that are safe to open (http and https only)
};

// The attributes one account gives, or, when the accounts agree, all of them together (accountName empty).
struct AttributeGroup
{
    QString accountName;
    QList<AttributeLine> lines;
};

// Formats a stored attribute value: numbers and dates in the locale's way, booleans as Yes/No; a value that
// does not read as its kind is shown as it came.
QString attributeText(const CustomerAttributeRow &attribute, const QLocale &locale);

// Groups the attributes per account only where two accounts say different things about the same key;
// otherwise one list, each key once, in the accounts' order.
QList<AttributeGroup> groupAttributes(const QList<CustomerAttributeRow> &attributes, const QLocale &locale);

} // namespace kontor::models
