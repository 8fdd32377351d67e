#include "ui/supervisor/SupervisorView.h"

#include "analytics/SupervisorFeed.h"
#include "analytics/SupervisorTableModels.h"
#include "analytics/WaitingConversationsModel.h"
#include "analytics/WallboardSettingsStorage.h"
#include "store/Store.h"
#include "ui/supervisor/LevelColors.h"
#include "ui/supervisor/ThresholdsDialog.h"
#include "ui/supervisor/TrendChart.h"
#include "ui/supervisor/WallboardTile.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
// Colours the cells a model judges (LevelRole) so that a late queue stands out in the table too.
class LevelDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant level = index.data(QueueTableModel::LevelRole);
        if (!level.isValid())
            return;
        const auto judged = TileLevel(level.toInt());
        if (judged == TileLevel::Red || judged == TileLevel::Amber) {
            option->palette.setColor(QPalette::Text, levelAccent(judged, option->palette));
            option->font.setWeight(QFont::DemiBold);
        }
    }
};

QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setItemDelegate(new LevelDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Names and figures are read from across a room: columns fit their contents rather than eliding them.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    return view;
}

QString percent(std::optional<double> share)
{
    return formatShare(share);
}
} // namespace

SupervisorView::SupervisorView(Store &store, QWidget *parent)
    : QWidget(parent)
    , store_(store)
    , feed_(new SupervisorFeed(store, this))
    , queueModel_(new QueueTableModel(this))
    , agentModel_(new AgentLoadModel(this))
    , waitingModel_(new WaitingConversationsModel(store, 200, this))
    , trend_(new TrendChart(this))
    , serviceLevels_(new QLabel(this))
    , updatedAt_(new QLabel(this))
    , grouping_(new QComboBox(this))
{
    setObjectName(QStringLiteral("supervisorView"));
    setAccessibleName(tr("Supervisor view"));
    setWindowTitle(tr("Kontor — Supervisor"));

    auto *title = new QLabel(tr("Live queues"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    grouping_->addItem(tr("By inbox"), int(QueueGroupingKind::Inbox));
    grouping_->addItem(tr("By team"), int(QueueGroupingKind::Team));
    grouping_->addItem(tr("By channel"), int(QueueGroupingKind::Channel));
    grouping_->setAccessibleName(tr("Group queues"));
    updatedAt_->setForegroundRole(QPalette::PlaceholderText);
    serviceLevels_->setForegroundRole(QPalette::PlaceholderText);

    auto *thresholds = new QPushButton(tr("&Thresholds…"), this);
    connect(thresholds, &QPushButton::clicked, this, &SupervisorView::editThresholds);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(updatedAt_);
    header->addSpacing(12);
    header->addWidget(grouping_);
    header->addWidget(thresholds);

    auto *tileHost = new QWidget(this);
    buildTiles(tileHost);

    queues_ = makeTable(queueModel_, tr("Queues"), this);
    agents_ = makeTable(agentModel_, tr("Agents"), this);
    waiting_ = makeTable(waitingModel_, tr("Waiting conversations"), this);
    waiting_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    waiting_->setSortingEnabled(false); // the store's order is the queue's order

    auto *assign = new QPushButton(tr("&Assign to…"), this);
    auto *priority = new QPushButton(tr("&Priority…"), this);
    connect(assign, &QPushButton::clicked, this, &SupervisorView::showAssignMenu);
    connect(priority, &QPushButton::clicked, this, &SupervisorView::showPriorityMenu);
    auto *actions = new QHBoxLayout;
    auto *waitingTitle = new QLabel(tr("Open conversations, longest waiting first"), this);
    waitingTitle->setFont(titleFont);
    actions->addWidget(waitingTitle);
    actions->addStretch(1);
    actions->addWidget(assign);
    actions->addWidget(priority);

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(queues_);
    tables->addWidget(agents_);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(waiting_);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(header);
    layout->addWidget(tileHost);
    layout->addWidget(serviceLevels_);
    layout->addWidget(trend_);
    // The chart's figures as a table, for whoever cannot see the picture or wants the numbers.
    auto *showTable = new QToolButton(this);
    showTable->setObjectName(QStringLiteral("showTrendTable"));
    showTable->setText(tr("Show the hours as a &table"));
    showTable->setCheckable(true);
    showTable->setAutoRaise(true);
    trendTable_ = new QTableView(this);
    trendTable_->setObjectName(QStringLiteral("trendTable"));
    trendTable_->setModel(trend_->table());
    trendTable_->setAccessibleName(trend_->accessibleName());
    trendTable_->verticalHeader()->hide();
    trendTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    trendTable_->setMaximumHeight(fontMetrics().height() * 12);
    trendTable_->hide();
    connect(showTable, &QToolButton::toggled, trendTable_, &QWidget::setVisible);
    layout->addWidget(showTable, 0, Qt::AlignLeft);
    layout->addWidget(trendTable_);
    sections_ = new QVBoxLayout;
    sections_->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sections_);
    layout->addWidget(split, 1);

    connect(grouping_, &QComboBox::currentIndexChanged, this,
            [this] { feed_->setGrouping(QueueGroupingKind(grouping_->currentData().toInt())); });
    connect(feed_, &SupervisorFeed::updated, this, &SupervisorView::showSnapshot);
    feed_->setSettings(loadWallboardSettings(QSettings()));
}

void SupervisorView::applySettings(const WallboardSettings &settings)
{
    QSettings stored;
    saveWallboardSettings(stored, settings);
    feed_->setSettings(settings);
}

void SupervisorView::addSection(QWidget *section)
{
    section->setParent(this);
    sections_->addWidget(section);
}

void SupervisorView::editThresholds()
{
    ThresholdsDialog dialog(feed_->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

SupervisorView::~SupervisorView() = default;

void SupervisorView::keyPressEvent(QKeyEvent *event)
{
    // A window of its own: Escape closes it, as it closes a dialog.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isWindow()) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SupervisorView::buildTiles(QWidget *host)
{
    struct Spec
    {
        const char *name;
        QString title;
    };
    const QList<Spec> specs{
        {"tileWaiting", tr("Waiting")},
        {"tileLongestWait", tr("Longest wait")},
        {"tileServiceLevel", tr("Service level")},
        {"tileAsa", tr("Average speed of answer")},
        {"tileFirstResponse", tr("First response (median)")},
        {"tileResolved", tr("Resolved today")},
        {"tilePastSla", tr("Past SLA")},
        {"tileCsat", tr("CSAT")},
    };
    auto *grid = new QGridLayout(host);
    grid->setContentsMargins(0, 8, 0, 8);
    grid->setSpacing(10);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto *tile = new WallboardTile(specs[i].title, host);
        tile->setObjectName(QString::fromLatin1(specs[i].name));
        grid->addWidget(tile, int(i / 4), int(i % 4));
        tiles_.append(tile);
    }
}

WallboardTile *SupervisorView::tile(const QString &objectName) const
{
    for (WallboardTile *t : tiles_) {
        if (t->objectName() == objectName)
            return t;
    }
    return nullptr;
}

void SupervisorView::showSnapshot()
{
    const WallboardSnapshot &s = feed_->snapshot();
    const WallboardSettings &settings = feed_->settings();
    const QLocale locale;
    const auto count = [&](const Tile &t) {
        return t.value ? locale.toString(qint64(*t.value)) : QStringLiteral("–");
    };
    const auto wait = [](const Tile &t) {
        return t.value ? formatWait(qint64(*t.value)) : QStringLiteral("–");
    };

    tile(QStringLiteral("tileWaiting"))->setValue(count(s.waiting), s.waiting.level);
    tile(QStringLiteral("tileLongestWait"))->setValue(wait(s.longestWaitMs), s.longestWaitMs.level);
    tile(QStringLiteral("tileServiceLevel"))
        ->setValue(percent(s.serviceLevel.value), s.serviceLevel.level,
                   tr("answered within %1 s").arg(settings.headlineThresholdMs / 1000));
    tile(QStringLiteral("tileAsa"))->setValue(wait(s.asaMs), s.asaMs.level);
    tile(QStringLiteral("tileFirstResponse"))->setValue(wait(s.firstResponseMs), s.firstResponseMs.level);
    tile(QStringLiteral("tileResolved"))->setValue(count(s.resolvedToday), s.resolvedToday.level);
    tile(QStringLiteral("tilePastSla"))
        ->setValue(count(s.backlogPastSla), s.backlogPastSla.level,
                   tr("of %1 open").arg(locale.toString(s.backlogOpen)));
    tile(QStringLiteral("tileCsat"))->setValue(percent(s.csat.value), s.csat.level);

    QStringList levels;
    for (const auto &[threshold, share] : s.serviceLevels)
        levels.append(tr("within %1: %2").arg(formatWait(threshold), percent(share)));
    levels.append(tr("abandoned: %1").arg(percent(s.abandonmentRate)));
    levels.append(tr("resolved first time: %1").arg(percent(s.firstContactResolution)));
    serviceLevels_->setText(levels.join(QStringLiteral("   ·   ")));
    updatedAt_->setText(tr("Updated %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(s.takenAt).toLocalTime().time().toString(
                                QStringLiteral("HH:mm:ss"))));

    trend_->setTrend(s.trend, settings.serviceLevel.amber);
    queueModel_->setRows(feed_->queues(), settings);
    agentModel_->setAgents(feed_->agents(), s.takenAt);

    // Keep the supervisor's selection across refreshes: they pick rows, then act.
    const QList<qint64> selected = selectedConversations();
    waitingModel_->reload(s.takenAt);
    if (!selected.isEmpty()) {
        QItemSelection selection;
        auto *proxy = waiting_->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (selected.contains(
                    proxy->index(row, 0).data(WaitingConversationsModel::ConversationIdRole).toLongLong()))
                selection.select(proxy->index(row, 0),
                                 proxy->index(row, WaitingConversationsModel::ColumnCount - 1));
        }
        waiting_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
}

QList<qint64> SupervisorView::selectedConversations() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : waiting_->selectionModel()->selectedRows())
        ids.append(index.data(WaitingConversationsModel::ConversationIdRole).toLongLong());
    return ids;
}

int SupervisorView::assignSelected(std::optional<qint64> agentId, std::optional<qint64> teamId)
{
    const QList<qint64> ids = selectedConversations();
    for (qint64 id : ids)
        store_.apply(AssignConversation{id, agentId, teamId});
    return int(ids.size());
}

int SupervisorView::setPriorityOfSelected(int priority)
{
    const QList<qint64> ids = selectedConversations();
    for (qint64 id : ids)
        store_.apply(SetConversationPriority{id, Priority(priority)});
    return int(ids.size());
}

void SupervisorView::showAssignMenu()
{
    QMenu menu(this);
    QMenu *agents = menu.addMenu(tr("Agent"));
    for (const AgentLoad &agent : feed_->agents()) {
        const QString label =
            tr("%1 (%2, %3 open)").arg(agent.name, presenceDisplayName(agent.presence)).arg(agent.open);
        agents->addAction(label, this, [this, id = agent.agentId] { assignSelected(id, std::nullopt); });
    }
    QMenu *teams = menu.addMenu(tr("Team"));
    for (const TeamRow &team : feed_->teams())
        teams->addAction(team.name, this, [this, id = team.id] { assignSelected(std::nullopt, id); });
    menu.addSeparator();
    menu.addAction(tr("Unassign"), this, [this] { assignSelected(std::nullopt, std::nullopt); });
    menu.exec(QCursor::pos());
}

void SupervisorView::showPriorityMenu()
{
    QMenu menu(this);
    for (Priority p : {Priority::Urgent, Priority::High, Priority::Medium, Priority::Low, Priority::None})
        menu.addAction(priorityDisplayName(p), this, [this, p] { setPriorityOfSelected(int(p)); });
    menu.exec(QCursor::pos());
}

} // namespace kontor::ui
