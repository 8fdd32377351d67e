#include "ui/navigation/NavigationPane.h"

#include "models/NavigationModel.h"
#include "models/SavedFilters.h"
#include "ui/navigation/NavigationDelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace kontor::ui {

using models::NavigationModel;

NavigationPane::NavigationPane(NavigationModel *model, QWidget *parent)
    : QWidget(parent)
    , model_(model)
    , view_(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigation"));
    view_->setObjectName(QStringLiteral("navigationView"));
    view_->setAccessibleName(tr("Views"));
    view_->header()->hide();
    view_->setRootIsDecorated(false);
    view_->setItemsExpandable(false);
    view_->setIndentation(0);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setItemDelegate(new NavigationDelegate(view_));
    view_->setMouseTracking(true);
    // One row height for headings and entries: the tree then lays out without asking every row.
    view_->setUniformRowHeights(true);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    QPalette p = view_->palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window));
    view_->setPalette(p);
    view_->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(view_);
    if (!model_)
        return;
    view_->setModel(model_);
    view_->expandAll();
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { view_->expandAll(); });
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || current.data(NavigationModel::IsSectionRole).toBool())
                    return;
                Q_EMIT entryActivated(current.data(NavigationModel::KeyRole).toString(),
                                      current.data(NavigationModel::FilterRole).value<InboxFilter>(),
                                      current.data(Qt::DisplayRole).toString());
            });
    connect(view_, &QTreeView::customContextMenuRequested, this, &NavigationPane::showContextMenu);
}

QString NavigationPane::currentKey() const
{
    return view_->currentIndex().data(NavigationModel::KeyRole).toString();
}

void NavigationPane::selectKey(const QString &key)
{
    if (!model_)
        return;
    const QModelIndex index = model_->indexOfKey(key);
    if (index.isValid())
        view_->setCurrentIndex(index);
}

void NavigationPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = view_->indexAt(pos);
    const QString key = index.data(NavigationModel::KeyRole).toString();
    if (!key.startsWith(QLatin1StringView("saved:")))
        return;
    QMenu menu(this);
    menu.addAction(tr("&Delete saved filter “%1”").arg(index.data().toString()), this, [this, key] {
        models::SavedFilters::remove(key.mid(6).toInt());
        model_->rebuild();
    });
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

} // namespace kontor::ui
