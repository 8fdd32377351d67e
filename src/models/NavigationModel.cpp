#include "models/NavigationModel.h"

#include "models/SavedFilters.h"
#include "store/Store.h"

namespace kontor::models {

namespace {
constexpr quintptr kTopLevel = 0;
constexpr int kFirstCountDelayMs = 250;
constexpr int kRecountDelayMs = 400;

NavigationModel::Entry makeEntry(const QString &key, const QString &title, const QString &iconPath,
                                 const InboxFilter &filter, bool counted = true)
{
    NavigationModel::Entry entry;
    entry.key = key;
    entry.title = title;
    entry.iconPath = iconPath;
    entry.filter = filter;
    entry.counted = counted;
    return entry;
}

InboxFilter viewFilter(InboxView view, QList<ConversationStatus> statuses)
{
    InboxFilter filter;
    filter.view = view;
    filter.statuses = std::move(statuses);
    return filter;
}

bool sameShape(const QList<NavigationModel::Section> &a, const QList<NavigationModel::Section> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype s = 0; s < a.size(); ++s) {
        if (a[s].key != b[s].key || a[s].entries.size() != b[s].entries.size())
            return false;
        for (qsizetype e = 0; e < a[s].entries.size(); ++e) {
            if (a[s].entries[e].key != b[s].entries[e].key)
                return false;
        }
    }
    return true;
}
} // namespace

NavigationModel::NavigationModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , store_(store)
    , counter_(store)
{
    recountTimer_.setSingleShot(true);
    recountTimer_.setInterval(kRecountDelayMs);
    connect(&recountTimer_, &QTimer::timeout, this, &NavigationModel::recount);
    connect(&counter_, &InboxCounter::counted, this, &NavigationModel::applyCounts);
    connect(&store_, &Store::changed, this, &NavigationModel::onStoreChanged);
    sections_ = readSections();
    // The first counts wait a moment: counting a large inbox is the heaviest read there is, and on a busy
    // machine it would compete with painting the window for the first time.
    recountTimer_.start(kFirstCountDelayMs);
}

NavigationModel::~NavigationModel() = default;

QList<NavigationModel::Section> NavigationModel::readSections() const
{
    QList<Section> sections;
    const QList<ConversationStatus> open{ConversationStatus::Open};
    const QList<ConversationStatus> unresolved{ConversationStatus::Open, ConversationStatus::Pending,
                                               ConversationStatus::Snoozed};

    Section views{QStringLiteral("views"), tr("Conversations"), {}};
    views.entries = {
        makeEntry(QStringLiteral("view:mine"), tr("Mine"), QStringLiteral(":/icons/view-mine.svg"),
                  viewFilter(InboxView::Mine, {ConversationStatus::Open, ConversationStatus::Pending})),
        makeEntry(QStringLiteral("view:unassigned"), tr("Unassigned"),
                  QStringLiteral(":/icons/view-unassigned.svg"), viewFilter(InboxView::Unassigned, open)),
        makeEntry(QStringLiteral("view:all"), tr("All open"), QStringLiteral(":/icons/view-all.svg"),
                  viewFilter(InboxView::All, open)),
        makeEntry(QStringLiteral("view:mentions"), tr("Mentions"),
                  QStringLiteral(":/icons/view-mentions.svg"), viewFilter(InboxView::Mentions, unresolved)),
        makeEntry(QStringLiteral("view:snoozed"), tr("Snoozed"), QStringLiteral(":/icons/view-snoozed.svg"),
                  viewFilter(InboxView::All, {ConversationStatus::Snoozed})),
        makeEntry(QStringLiteral("view:resolved"), tr("Resolved"),
                  QStringLiteral(":/icons/view-resolved.svg"),
                  viewFilter(InboxView::All, {ConversationStatus::Resolved}), false),
    };
    sections.append(views);

    StoreReader &reader = store_.reader();
    const QList<InboxRow> inboxes = reader.directory().inboxes();
    Section channels{QStringLiteral("channels"), tr("Channels"), {}};
    for (Channel channel : allChannels()) {
        const bool used = std::any_of(inboxes.cbegin(), inboxes.cend(),
                                      [channel](const InboxRow &inbox) { return inbox.channel == channel; });
        if (!used)
            continue;
        InboxFilter filter = viewFilter(InboxView::All, open);
        filter.channel = channel;
        channels.entries.append(makeEntry(QStringLiteral("channel:") + channelKey(channel),
                                          channelDisplayName(channel), channelIconPath(channel), filter));
    }
    if (!channels.entries.isEmpty())
        sections.append(channels);

    Section teams{QStringLiteral("teams"), tr("Teams"), {}};
    for (const TeamRow &team : reader.directory().teams()) {
        InboxFilter filter = viewFilter(InboxView::All, open);
        filter.teamId = team.id;
        teams.entries.append(makeEntry(QStringLiteral("team:%1").arg(team.id), team.name,
                                       QStringLiteral(":/icons/view-team.svg"), filter));
    }
    if (!teams.entries.isEmpty())
        sections.append(teams);

    Section inboxSection{QStringLiteral("inboxes"), tr("Inboxes"), {}};
    for (const InboxRow &inbox : inboxes) {
        InboxFilter filter = viewFilter(InboxView::All, open);
        filter.inboxId = inbox.id;
        inboxSection.entries.append(makeEntry(QStringLiteral("inbox:%1").arg(inbox.id), inbox.name,
                                              channelIconPath(inbox.channel), filter));
    }
    if (!inboxSection.entries.isEmpty())
        sections.append(inboxSection);

    Section labels{QStringLiteral("labels"), tr("Labels"), {}};
    for (const LabelRow &label : reader.directory().labels()) {
        InboxFilter filter = viewFilter(InboxView::All, open);
        filter.labelId = label.id;
        labels.entries.append(makeEntry(QStringLiteral("label:%1").arg(label.id), label.name,
                                        QStringLiteral(":/icons/view-label.svg"), filter));
    }
    if (!labels.entries.isEmpty())
        sections.append(labels);

    Section saved{QStringLiteral("saved"), tr("Saved filters"), {}};
    const QList<SavedFilter> savedFilters = SavedFilters::load();
    for (int i = 0; i < savedFilters.size(); ++i) {
        saved.entries.append(makeEntry(QStringLiteral("saved:%1").arg(i), savedFilters[i].name,
                                       QStringLiteral(":/icons/view-search.svg"), savedFilters[i].filter));
    }
    if (!saved.entries.isEmpty())
        sections.append(saved);
    return sections;
}

void NavigationModel::rebuild()
{
    QList<Section> fresh = readSections();
    // Counts stay with their entries while the fresh ones are read.
    for (Section &section : fresh) {
        for (Entry &e : section.entries) {
            if (const Entry *old = entry(e.key))
                e.counts = old->counts;
        }
    }
    if (sameShape(sections_, fresh)) {
        sections_ = std::move(fresh);
        for (int s = 0; s < sections_.size(); ++s) {
            const QModelIndex section = index(s, 0);
            Q_EMIT dataChanged(section, section);
            if (!sections_[s].entries.isEmpty())
                Q_EMIT dataChanged(index(0, 0, section),
                                   index(int(sections_[s].entries.size()) - 1, 0, section));
        }
    } else {
        beginResetModel();
        sections_ = std::move(fresh);
        endResetModel();
    }
    recount();
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < sections_.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= sections_.size())
        return {};
    if (row >= sections_[parent.row()].entries.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(sections_.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(sections_[parent.row()].entries.size());
}

int NavigationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const NavigationModel::Entry *NavigationModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const qsizetype section = qsizetype(index.internalId() - 1);
    if (section >= sections_.size() || index.row() >= sections_[section].entries.size())
        return nullptr;
    return &sections_[section].entries[index.row()];
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry *e = entryAt(index);
    if (!e) {
        const Section &section = sections_[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return section.title;
        case KeyRole:
            return QString(QStringLiteral("section:") + section.key);
        case IsSectionRole:
            return true;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return e->title;
    case Qt::AccessibleTextRole:
        if (e->counts)
            return tr("%1, %n conversation(s)", nullptr, int(e->counts->conversations)).arg(e->title);
        return e->title;
    case Qt::DecorationRole: {
        auto it = icons_.find(e->iconPath);
        if (it == icons_.end())
            it = icons_.insert(e->iconPath, QIcon(e->iconPath));
        return *it;
    }
    case KeyRole:
        return e->key;
    case FilterRole:
        return QVariant::fromValue(e->filter);
    case CountRole:
        return e->counted && e->counts ? QVariant::fromValue(e->counts->conversations) : QVariant();
    case UnreadRole:
        return e->counted && e->counts ? QVariant::fromValue(e->counts->unread) : QVariant();
    case IsSectionRole:
        return false;
    case IconPathRole:
        return e->iconPath;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!entryAt(index))
        return Qt::ItemIsEnabled; // a section heading: not a place to go
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {FilterRole, "filter"},
                  {CountRole, "count"},
                  {UnreadRole, "unread"},
                  {IsSectionRole, "isSection"},
                  {IconPathRole, "iconPath"}});
    return names;
}

QModelIndex NavigationModel::indexOfKey(const QString &key) const
{
    for (int s = 0; s < sections_.size(); ++s) {
        const QList<Entry> &entries = sections_[s].entries;
        for (int e = 0; e < entries.size(); ++e) {
            if (entries[e].key == key)
                return index(e, 0, index(s, 0));
        }
    }
    return {};
}

const NavigationModel::Entry *NavigationModel::entry(const QString &key) const
{
    for (const Section &section : sections_) {
        for (const Entry &e : section.entries) {
            if (e.key == key)
                return &e;
        }
    }
    return nullptr;
}

void NavigationModel::recount()
{
    recountTimer_.stop();
    QHash<QString, InboxFilter> filters;
    for (const Section &section : std::as_const(sections_)) {
        for (const Entry &e : section.entries) {
            if (e.counted)
                filters.insert(e.key, e.filter);
        }
    }
    counter_.request(filters);
}

void NavigationModel::scheduleRecount()
{
    // Not restarted by further changes: during a long sync the counts still move every interval.
    if (!recountTimer_.isActive())
        recountTimer_.start(kRecountDelayMs);
}

void NavigationModel::applyCounts(const QHash<QString, InboxCounts> &counts)
{
    for (int s = 0; s < sections_.size(); ++s) {
        QList<Entry> &entries = sections_[s].entries;
        for (int e = 0; e < entries.size(); ++e) {
            const auto it = counts.constFind(entries[e].key);
            if (it == counts.cend() || entries[e].counts == *it)
                continue;
            entries[e].counts = *it;
            const QModelIndex changed = index(e, 0, index(s, 0));
            Q_EMIT dataChanged(changed, changed, {CountRole, UnreadRole, Qt::AccessibleTextRole});
        }
    }
    Q_EMIT countsUpdated();
}

void NavigationModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.touches(StoreTable::Inboxes) || changes.touches(StoreTable::Teams) ||
        changes.touches(StoreTable::Labels) || changes.touches(StoreTable::Accounts))
        return rebuild();
    if (changes.touches(StoreTable::Conversations) || changes.touches(StoreTable::Mentions) ||
        changes.touches(StoreTable::Agents))
        scheduleRecount();
}

} // namespace kontor::models
