#include "models/SavedFilters.h"

#include "store/Store.h"

#include <QSettings>

namespace kontor::models {

namespace {
const QString kGroup = QStringLiteral("savedFilters");

template<typename T>
void putOptional(QVariantMap &map, const QString &key, const std::optional<T> &value)
{
    if (value)
        map.insert(key, QVariant::fromValue(*value));
}

std::optional<qint64> optionalId(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    return value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
}

QString viewKey(InboxView view)
{
    switch (view) {
    case InboxView::Mine:
        return QStringLiteral("mine");
    case InboxView::Unassigned:
        return QStringLiteral("unassigned");
    case InboxView::Mentions:
        return QStringLiteral("mentions");
    case InboxView::All:
        break;
    }
    return QStringLiteral("all");
}

InboxView viewFromKey(const QString &key)
{
    if (key == QLatin1StringView("mine"))
        return InboxView::Mine;
    if (key == QLatin1StringView("unassigned"))
        return InboxView::Unassigned;
    if (key == QLatin1StringView("mentions"))
        return InboxView::Mentions;
    return InboxView::All;
}
} // namespace

QVariantMap inboxFilterToVariant(const InboxFilter &filter)
{
    QVariantMap map;
    map.insert(QStringLiteral("view"), viewKey(filter.view));
    QStringList statuses;
    for (ConversationStatus status : filter.statuses)
        statuses.append(statusKey(status));
    map.insert(QStringLiteral("statuses"), statuses);
    if (filter.channel)
        map.insert(QStringLiteral("channel"), channelKey(*filter.channel));
    putOptional(map, QStringLiteral("inbox"), filter.inboxId);
    putOptional(map, QStringLiteral("team"), filter.teamId);
    putOptional(map, QStringLiteral("label"), filter.labelId);
    putOptional(map, QStringLiteral("account"), filter.accountId);
    return map;
}

InboxFilter inboxFilterFromVariant(const QVariantMap &map)
{
    InboxFilter filter;
    filter.view = viewFromKey(map.value(QStringLiteral("view")).toString());
    filter.statuses.clear();
    for (const QString &key : map.value(QStringLiteral("statuses")).toStringList()) {
        if (const auto status = statusFromKey(key))
            filter.statuses.append(*status);
    }
    if (map.contains(QStringLiteral("channel")))
        filter.channel = channelFromKey(map.value(QStringLiteral("channel")).toString());
    filter.inboxId = optionalId(map, QStringLiteral("inbox"));
    filter.teamId = optionalId(map, QStringLiteral("team"));
    filter.labelId = optionalId(map, QStringLiteral("label"));
    filter.accountId = optionalId(map, QStringLiteral("account"));
    return filter;
}

QList<SavedFilter> SavedFilters::load()
{
    QSettings settings;
    QList<SavedFilter> filters;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            filters.append({name, inboxFilterFromVariant(settings.value(QStringLiteral("filter")).toMap())});
    }
    settings.endArray();
    return filters;
}

void SavedFilters::save(const QList<SavedFilter> &filters)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(filters.size()));
    for (int i = 0; i < filters.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), filters[i].name);
        settings.setValue(QStringLiteral("filter"), inboxFilterToVariant(filters[i].filter));
    }
    settings.endArray();
}

void SavedFilters::add(const SavedFilter &filter)
{
    QList<SavedFilter> filters = load();
    filters.append(filter);
    save(filters);
}

void SavedFilters::remove(int index)
{
    QList<SavedFilter> filters = load();
    if (index >= 0 && index < filters.size()) {
        filters.removeAt(index);
        save(filters);
    }
}

FilterChoices FilterChoices::read(Store &store)
{
    DirectoryQueries &directory = store.reader().directory();
    return {directory.inboxes(), directory.teams(), directory.labels()};
}

} // namespace kontor::models
