#include "ui/NavigationPane.h"

#include "core/Channel.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
constexpr int kViewKeyRole = Qt::UserRole + 1;

QStandardItem *makeSection(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setSelectable(false);
    QFont font = item->font();
    font.setWeight(QFont::DemiBold);
    item->setFont(font);
    return item;
}

QStandardItem *makeEntry(const QString &iconPath, const QString &title, const QString &key)
{
    auto *item = new QStandardItem(QIcon(iconPath), title);
    item->setData(key, kViewKeyRole);
    item->setEditable(false);
    return item;
}
} // namespace

NavigationPane::NavigationPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigation"));
    m_view->setObjectName(QStringLiteral("navigationView"));
    m_view->setAccessibleName(tr("Views"));
    m_view->setModel(m_model);
    m_view->header()->hide();
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setIconSize(QSize(18, 18));
    m_view->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    populate();
    m_view->expandAll();
    m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString key = current.data(kViewKeyRole).toString();
                if (!key.isEmpty())
                    Q_EMIT viewActivated(key);
            });
}

void NavigationPane::populate()
{
    auto *views = makeSection(tr("Conversations"));
    views->appendRow(makeEntry(QStringLiteral(":/icons/view-mine.svg"), tr("Mine"), QStringLiteral("mine")));
    views->appendRow(makeEntry(QStringLiteral(":/icons/view-unassigned.svg"), tr("Unassigned"),
                               QStringLiteral("unassigned")));
    views->appendRow(
        makeEntry(QStringLiteral(":/icons/view-all.svg"), tr("All open"), QStringLiteral("all")));
    views->appendRow(
        makeEntry(QStringLiteral(":/icons/view-mentions.svg"), tr("Mentions"), QStringLiteral("mentions")));
    views->appendRow(
        makeEntry(QStringLiteral(":/icons/view-snoozed.svg"), tr("Snoozed"), QStringLiteral("snoozed")));
    views->appendRow(
        makeEntry(QStringLiteral(":/icons/view-resolved.svg"), tr("Resolved"), QStringLiteral("resolved")));
    m_model->appendRow(views);

    auto *channels = makeSection(tr("Channels"));
    for (Channel channel : allChannels()) {
        channels->appendRow(makeEntry(channelIconPath(channel), channelDisplayName(channel),
                                      QStringLiteral("channel:") + channelKey(channel)));
    }
    m_model->appendRow(channels);
}

} // namespace kontor::ui
