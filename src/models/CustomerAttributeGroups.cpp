#include "models/CustomerAttributeGroups.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

namespace kontor::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerAttributes", text);
}

QString numberText(const QString &value, const QLocale &locale)
{
    bool ok = false;
    const qint64 whole = QLocale::c().toLongLong(value, &ok);
    if (ok)
        return locale.toString(whole);
    const double number = QLocale::c().toDouble(value, &ok);
    return ok ? locale.toString(number, 'f', QLocale::FloatingPointShortest) : value;
}

QUrl safeLink(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")))
        return {};
    return url;
}

AttributeLine lineOf(const CustomerAttributeRow &row, const QLocale &locale)
{
    AttributeLine line{
        row.key, row.label.isEmpty() ? row.key : row.label, attributeText(row, locale), row.kind, {}};
    if (row.kind == AttributeKind::Link)
        line.link = safeLink(row.value);
    return line;
}

} // namespace

QString attributeText(const CustomerAttributeRow &attribute, const QLocale &locale)
{
    switch (attribute.kind) {
    case AttributeKind::Number:
        return numberText(attribute.value, locale);
    case AttributeKind::Date: {
        const QDate date = QDate::fromString(attribute.value.left(10), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : attribute.value;
    }
    case AttributeKind::Boolean:
        if (attribute.value == QLatin1StringView("true"))
            return tr("Yes");
        if (attribute.value == QLatin1StringView("false"))
            return tr("No");
        return attribute.value;
    case AttributeKind::Link:
    case AttributeKind::Text:
    case AttributeKind::List:
        break;
    }
    return attribute.value;
}

QList<AttributeGroup> groupAttributes(const QList<CustomerAttributeRow> &attributes, const QLocale &locale)
{
    if (attributes.isEmpty())
        return {};
    QHash<QString, QString> firstValue; // by key
    bool disagree = false;
    for (const CustomerAttributeRow &row : attributes) {
        const auto seen = firstValue.constFind(row.key);
        if (seen == firstValue.constEnd())
            firstValue.insert(row.key, row.value);
        else if (*seen != row.value)
            disagree = true;
    }

    QList<AttributeGroup> groups;
    if (!disagree) {
        AttributeGroup all;
        QSet<QString> shown;
        for (const CustomerAttributeRow &row : attributes) {
            if (!shown.contains(row.key)) {
                shown.insert(row.key);
                all.lines.append(lineOf(row, locale));
            }
        }
        groups.append(all);
        return groups;
    }
    // Rows come ordered by account.
    qint64 account = -1;
    for (const CustomerAttributeRow &row : attributes) {
        if (row.accountId != account) {
            account = row.accountId;
            groups.append({row.accountName, {}});
        }
        groups.last().lines.append(lineOf(row, locale));
    }
    return groups;
}

} // namespace kontor::models
