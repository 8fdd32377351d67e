#pragma once

#include "store/queries/DirectoryQueries.h"
#include "store/queries/InboxQueries.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace kontor {
class Store;
}

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

// What a filter can name: the inboxes, teams and labels the store knows.
struct FilterChoices
{
    QList<InboxRow> inboxes;
    QList<TeamRow> teams;
    QList<LabelRow> labels;

    static FilterChoices read(Store &store);
};

class SavedFilters
{
public:
    static QList<SavedFilter> load();
    static void save(const QList<SavedFilter> &filters);
    static void add(const SavedFilter &filter);
    static void remove(int index);
};

} // namespace kontor::models
