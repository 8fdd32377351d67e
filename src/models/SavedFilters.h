#pragma once

#include "store/queries/InboxQueries.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace kontor::models {

// A view the agent named and kept: a filter over the inbox, stored in the user's settings (not in the store:
// it belongs to this desk, not to any backend).
struct SavedFilter
{
    QString name;
    InboxFilter filter;
};

QVariantMap inboxFilterToVariant(const InboxFilter &filter);
InboxFilter inboxFilterFromVariant(const QVariantMap &map);

class SavedFilters
{
public:
    static QList<SavedFilter> load();
    static void save(const QList<SavedFilter> &filters);
    static void add(const SavedFilter &filter);
    static void remove(int index);
};

} // namespace kontor::models
