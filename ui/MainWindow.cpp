#include "ui/MainWindow.h"

#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"
#include "models/ConversationListModel.h"
#include "models/CustomerRecords.h"
#include "models/LabelListModel.h"
#include "models/NavigationModel.h"
#include "models/NextConversation.h"
#include "models/SavedFilters.h"
#include "models/WorkspaceAlerts.h"
#include "store/Store.h"
#include "ui/ConversationCommands.h"
#include "ui/WorkspaceActions.h"
#include "ui/common/ChannelIcons.h"
#include "ui/composer/Composer.h"
#include "ui/composer/DraftStore.h"
#include "ui/conversation/ActionMenus.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/BulkActionBar.h"
#include "ui/inbox/InboxPane.h"
#include "ui/navigation/NavigationPane.h"
#include "ui/navigation/SavedFilterDialog.h"
#include "ui/notifications/TrayNotifier.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/search/SearchDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WorkspaceSettings.h"
#include "ui/shortcuts/CommandPalette.h"
#include "ui/shortcuts/ShortcutSheet.h"
#include "ui/status/AgentAvailability.h"
#include "ui/status/SystemIdleSource.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <KAboutApplicationDialog>
#include <KAboutData>
#include <KActionCollection>
#include <KCommandBar>
#include <KShortcutsDialog>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace kontor::ui {

namespace {
// A window that nothing paints (started minimised, on another desktop) starts its background work anyway.
constexpr int kLatestStartMs = 2000;
} // namespace

MainWindow::MainWindow(const WorkspaceContext &context, QWidget *parent)
    : QMainWindow(parent)
    , context_(context)
    , actions_(new WorkspaceActions(this))
    , commands_(new ConversationCommands(context, this))
    , splitter_(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kontor"));
    setWindowIcon(kontorIcon(QStringLiteral("kontor")));
    createModels();

    navigation_ = new NavigationPane(navigationModel_, this);
    inbox_ = new InboxPane(listModel_, this);
    conversation_ = new ConversationPane(context_, *commands_, agents_, labels_, canned_, this);
    customer_ = new CustomerPanel(context_, this);
    statusBar_ = new WorkspaceStatusBar(context_, this);
    availability_ = new AgentAvailability(new SystemIdleSource(this), this);
    statusBar_->setAvailability(availability_);
    notifier_ = new TrayNotifier(this, [this] { return conversation_->conversationId(); }, this);

    splitter_->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->setHandleWidth(1);
    splitter_->addWidget(navigation_);
    splitter_->addWidget(inbox_);
    splitter_->addWidget(conversation_);
    splitter_->addWidget(customer_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 0);
    splitter_->setStretchFactor(2, 1);
    splitter_->setStretchFactor(3, 0);
    splitter_->setSizes({230, 400, 560, 290});
    navigation_->setMinimumWidth(170);
    inbox_->setMinimumWidth(300);
    conversation_->setMinimumWidth(380);
    customer_->setMinimumWidth(220);
    setCentralWidget(splitter_);
    setStatusBar(statusBar_);

    createMenus();
    connectActions();
    connectBulkActions();
    restoreLayout();
    orderTabStops();

    inbox_->setViewTitle(tr("Mine"));
    if (navigationModel_) {
        const QString last =
            QSettings().value(QStringLiteral("workspace/view"), QStringLiteral("view:mine")).toString();
        showView(navigationModel_->indexOfKey(last).isValid() ? last : QStringLiteral("view:mine"));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createModels()
{
    if (!context_.store)
        return;
    Store &store = *context_.store;
    navigationModel_ = new models::NavigationModel(store, this);
    listModel_ = new models::ConversationListModel(store, this);
    agents_ = new models::AgentListModel(store, this);
    labels_ = new models::LabelListModel(store, this);
    canned_ = new models::CannedResponseModel(store, this);
    alerts_ = new models::WorkspaceAlerts(store, this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({actions_->settings, actions_->configureShortcuts});
    file->addSeparator();
    file->addAction(actions_->quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({actions_->search, actions_->next, actions_->previous, actions_->focusList});
    go->addSeparator();
    for (const WorkspaceActions::ViewAction &view : std::as_const(actions_->views))
        go->addAction(view.action);
    go->addSeparator();
    go->addAction(actions_->allChannels);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addActions({actions_->reply, actions_->note, actions_->send});
    conversation->addSeparator();
    conversation->addActions({actions_->getNext, actions_->assign, actions_->assignToMe, actions_->team,
                              actions_->snooze, actions_->pending, actions_->resolve, actions_->labels,
                              actions_->priority});
    conversation->addSeparator();
    QMenu *customer = conversation->addMenu(tr("C&ustomer"));
    customer->addActions({actions_->mergeCustomer, actions_->editCustomer, actions_->splitCustomer});
    customer->addSeparator();
    customer->addAction(actions_->eraseCustomer);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(actions_->customerPanel);
    connect(actions_->customerPanel, &QAction::toggled, customer_, &QWidget::setVisible);
    view->addAction(actions_->outbox);
    view->addAction(actions_->workOffline);
    view->addSeparator();
    QMenu *sort = view->addMenu(tr("&Sort the list"));
    sort->addActions(actions_->sortOrders);
    view->addAction(actions_->saveView);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu")); // menus installed later go before it
    help->addActions({actions_->commandPalette, actions_->shortcuts});
    help->addSeparator();
    help->addAction(actions_->about);

    // Single-letter shortcuts must work with the menu bar hidden too: the window carries them.
    // Enter and Ctrl+A belong to the list alone: elsewhere fields and the command palette take them.
    for (QAction *action : actions_->collection()->actions()) {
        if (action != actions_->open && action != actions_->selectAll)
            addAction(action);
    }
    inbox_->list()->addAction(actions_->open);
    inbox_->addAction(actions_->selectAll);
    // Without a store only what concerns Kontor itself works.
    const bool hasStore = context_.store != nullptr;
    const QList<QAction *> alwaysEnabled = {
        actions_->shortcuts, actions_->commandPalette, actions_->configureShortcuts, actions_->settings,
        actions_->about,     actions_->quit,           actions_->customerPanel};
    for (QAction *action : actions_->findChildren<QAction *>()) {
        if (!alwaysEnabled.contains(action))
            action->setEnabled(hasStore);
    }
}

void MainWindow::connectActions()
{
    connect(actions_->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(actions_->commandPalette, &QAction::triggered, this, &MainWindow::showCommandPalette);
    connect(actions_->configureShortcuts, &QAction::triggered, this, &MainWindow::configureShortcuts);
    connect(actions_->settings, &QAction::triggered, this, [this] { showSettings(); });
    connect(actions_->about, &QAction::triggered, this, &MainWindow::showAbout);
    const auto showAvailability = [this] {
        for (QAction *action : std::as_const(actions_->availability))
            action->setChecked(action->data().toInt() == int(availability_->status()));
    };
    for (QAction *action : std::as_const(actions_->availability)) {
        connect(action, &QAction::triggered, this,
                [this, action] { availability_->setStatus(Presence(action->data().toInt())); });
    }
    connect(availability_, &AgentAvailability::statusChanged, this, showAvailability);
    showAvailability();
    connect(actions_->quit, &QAction::triggered, this, &QWidget::close);
    connect(commands_, &ConversationCommands::reported, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(commands_, &ConversationCommands::failed, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    if (!context_.store)
        return;
    connect(actions_->search, &QAction::triggered, this, &MainWindow::openSearch);
    connect(actions_->outbox, &QAction::triggered, this, &MainWindow::showOutbox);
    connect(statusBar_, &WorkspaceStatusBar::outboxRequested, this, &MainWindow::showOutbox);
    connect(actions_->next, &QAction::triggered, this, [this] { inbox_->moveCurrent(+1); });
    connect(actions_->previous, &QAction::triggered, this, [this] { inbox_->moveCurrent(-1); });
    connect(actions_->open, &QAction::triggered, conversation_, &ConversationPane::focusTimeline);
    connect(inbox_->list(), &QListView::activated, conversation_, &ConversationPane::focusTimeline);
    connect(actions_->focusList, &QAction::triggered, this, [this] {
        if (inbox_->selectedConversationIds().size() > 1 && inbox_->list()->hasFocus())
            inbox_->clearSelection();
        inbox_->list()->setFocus();
    });
    connect(actions_->reply, &QAction::triggered, conversation_, &ConversationPane::startReply);
    connect(actions_->note, &QAction::triggered, conversation_, &ConversationPane::startNote);
    connect(actions_->send, &QAction::triggered, conversation_, &ConversationPane::send);
    connect(actions_->resolve, &QAction::triggered, this, [this] {
        if (bulkSelected())
            commands_->setStatus(triageTargets(), ConversationStatus::Resolved);
        else
            conversation_->resolveOrReopen();
    });
    connect(actions_->assign, &QAction::triggered, this, [this] {
        bulkSelected() ? inbox_->bulkActions()->assignButton()->showMenu() : conversation_->showAssignMenu();
    });
    connect(actions_->assignToMe, &QAction::triggered, this,
            [this] { commands_->assignToMe(triageTargets()); });
    connect(actions_->getNext, &QAction::triggered, this, &MainWindow::getNextConversation);
    connect(actions_->snooze, &QAction::triggered, this, [this] {
        bulkSelected() ? inbox_->bulkActions()->snoozeButton()->showMenu() : conversation_->showSnoozeMenu();
    });
    connect(actions_->pending, &QAction::triggered, this,
            [this] { commands_->setStatus(triageTargets(), ConversationStatus::Pending); });
    connect(actions_->team, &QAction::triggered, this, [this] {
        bulkSelected() ? inbox_->bulkActions()->teamButton()->showMenu() : conversation_->showTeamMenu();
    });
    connect(actions_->labels, &QAction::triggered, this, [this] {
        bulkSelected() ? inbox_->bulkActions()->labelButton()->showMenu() : conversation_->showLabelMenu();
    });
    connect(actions_->priority, &QAction::triggered, conversation_, &ConversationPane::showPriorityMenu);
    connect(actions_->allChannels, &QAction::triggered, this,
            [this](bool on) { conversation_->setAllChannels(on); });
    connect(conversation_, &ConversationPane::allChannelsToggled, actions_->allChannels,
            &QAction::setChecked);
    connect(actions_->selectAll, &QAction::triggered, inbox_->list(), &QListView::selectAll);
    connect(actions_->saveView, &QAction::triggered, this, &MainWindow::saveCurrentView);
    for (const WorkspaceActions::ViewAction &view : std::as_const(actions_->views)) {
        connect(view.action, &QAction::triggered, this, [this, key = view.key] {
            showView(key);
            inbox_->list()->setFocus();
        });
    }
    QComboBox *sort = inbox_->sortSelector();
    for (QAction *order : std::as_const(actions_->sortOrders)) {
        connect(order, &QAction::triggered, sort,
                [sort, order] { sort->setCurrentIndex(sort->findData(order->data())); });
    }
    const auto showSort = [this, sort] {
        for (QAction *order : std::as_const(actions_->sortOrders))
            order->setChecked(order->data() == sort->currentData());
    };
    connect(sort, &QComboBox::currentIndexChanged, this, showSort);
    showSort();
    QToolButton *offline = statusBar_->workOfflineButton();
    actions_->workOffline->setChecked(offline->isChecked());
    actions_->workOffline->setEnabled(offline->isEnabled()); // not without a network policy to switch
    connect(actions_->workOffline, &QAction::toggled, offline, &QToolButton::setChecked);
    connect(offline, &QToolButton::toggled, actions_->workOffline, &QAction::setChecked);
    connect(actions_->mergeCustomer, &QAction::triggered, customer_, &CustomerPanel::openMergeDialog);
    connect(actions_->editCustomer, &QAction::triggered, customer_, &CustomerPanel::openEditDialog);
    // Splitting is done in the edit dialog, beside each identity.
    connect(actions_->splitCustomer, &QAction::triggered, customer_, &CustomerPanel::openEditDialog);

    connect(navigation_, &NavigationPane::entryActivated, this, &MainWindow::applyView);
    connect(navigationModel_, &models::NavigationModel::countsUpdated, this, [this] {
        updateViewCount();
        const QModelIndex mine = navigationModel_->indexOfKey(QStringLiteral("view:mine"));
        notifier_->setBadge(mine.data(models::NavigationModel::UnreadRole).toLongLong());
    });
    connect(inbox_, &InboxPane::conversationActivated, conversation_, &ConversationPane::openConversation);
    connect(conversation_, &ConversationPane::conversationOpened, this, [this](qint64 id, qint64 customer) {
        customer_->showCustomer(customer, id);
        orderTabStops();
        // Remembered for the next start; written when the window closes, not on every opening.
        lastOpened_ = id;
        actions_->allChannels->setChecked(false);
    });
    connect(customer_, &CustomerPanel::conversationRequested, this,
            [this](qint64 id) { openConversation(id); });
    connect(customer_, &CustomerPanel::reported, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(actions_->eraseCustomer, &QAction::triggered, customer_, &CustomerPanel::openEraseDialog);
    if (context_.store) {
        // Drafts are kept apart from the store: they follow what an erasure removed.
        connect(context_.store, &Store::erased, this,
                [](const ErasureReport &report) { DraftStore::forget(report.conversationIds); });
    }
    connect(alerts_, &models::WorkspaceAlerts::alert, notifier_, &TrayNotifier::notify);
    connect(notifier_, &TrayNotifier::conversationRequested, this,
            [this](qint64 id) { openConversation(id); });
}

void MainWindow::connectBulkActions()
{
    if (!context_.store)
        return;
    BulkActionBar *bulk = inbox_->bulkActions();
    connect(bulk->assignButton()->menu(), &QMenu::aboutToShow, this, [this, bulk] {
        const QList<qint64> ids = triageTargets();
        QList<qint64> accounts;
        for (qint64 id : ids) {
            const int row = listModel_->rowOf(id);
            if (row >= 0 && !accounts.contains(listModel_->rowAt(row).accountId))
                accounts.append(listModel_->rowAt(row).accountId);
        }
        ActionMenus::fillAssign(
            bulk->assignButton()->menu(), *agents_, accounts, [this, ids] { commands_->assignToMe(ids); },
            [this, ids](std::optional<qint64> agent) { commands_->assign(ids, agent); });
    });
    connect(bulk->snoozeButton()->menu(), &QMenu::aboutToShow, this, [this, bulk] {
        const QList<qint64> ids = triageTargets();
        ActionMenus::fillSnooze(
            bulk->snoozeButton()->menu(), this,
            [this, ids](std::optional<UtcMillis> until) {
                commands_->setStatus(ids, ConversationStatus::Snoozed, until);
            },
            [this, ids] { commands_->setStatus(ids, ConversationStatus::Pending); });
    });
    connect(bulk->priorityButton()->menu(), &QMenu::aboutToShow, this, [this, bulk] {
        const QList<qint64> ids = triageTargets();
        ActionMenus::fillPriority(bulk->priorityButton()->menu(), Priority::None,
                                  [this, ids](Priority priority) { commands_->setPriority(ids, priority); });
        // Several conversations have several priorities: none is shown as theirs.
        for (QAction *action : bulk->priorityButton()->menu()->actions())
            action->setChecked(false);
    });
    connect(bulk->teamButton()->menu(), &QMenu::aboutToShow, this, [this, bulk] {
        const QList<qint64> ids = triageTargets();
        QList<qint64> accounts;
        for (qint64 id : ids) {
            const int row = listModel_->rowOf(id);
            if (row >= 0 && !accounts.contains(listModel_->rowAt(row).accountId))
                accounts.append(listModel_->rowAt(row).accountId);
        }
        ActionMenus::fillTeams(bulk->teamButton()->menu(), commands_->teams(accounts), std::nullopt,
                               [this, ids](std::optional<qint64> team) { commands_->assignTeam(ids, team); });
        bulk->teamButton()->menu()->actions().first()->setChecked(false);
    });
    connect(bulk->labelButton()->menu(), &QMenu::aboutToShow, this, [this, bulk] {
        const QList<qint64> ids = triageTargets();
        // Checked: every selected conversation carries the label.
        QStringList common;
        bool first = true;
        for (qint64 id : ids) {
            const int row = listModel_->rowOf(id);
            const QStringList labels = row >= 0 ? listModel_->rowAt(row).labels : QStringList();
            if (first)
                common = labels;
            else
                common.removeIf(
                    [&labels](const QString &l) { return !labels.contains(l, Qt::CaseInsensitive); });
            first = false;
        }
        ActionMenus::fillLabels(
            bulk->labelButton()->menu(), this, *labels_, common, [this, ids](const QString &label, bool add) {
                add ? commands_->addLabel(ids, label) : commands_->removeLabel(ids, label);
            });
    });
    connect(bulk->resolveButton(), &QToolButton::clicked, this,
            [this] { commands_->setStatus(triageTargets(), ConversationStatus::Resolved); });
}

bool MainWindow::bulkSelected() const
{
    return inbox_->list()->selectionModel() && inbox_->list()->selectionModel()->selectedRows().size() > 1;
}

QList<qint64> MainWindow::triageTargets() const
{
    if (bulkSelected())
        return inbox_->selectedConversationIds();
    if (conversation_->conversationId() > 0)
        return {conversation_->conversationId()};
    return inbox_->selectedConversationIds();
}

void MainWindow::showView(const QString &key)
{
    navigation_->selectKey(key);
    if (navigation_->currentKey() != key)
        return;
    if (viewKey_ != key) {
        const models::NavigationModel::Entry *entry = navigationModel_->entry(key);
        if (entry)
            applyView(key, entry->filter, entry->title);
    }
}

void MainWindow::applyView(const QString &key, const InboxFilter &filter, const QString &title)
{
    if (!listModel_)
        return;
    viewKey_ = key;
    inbox_->setViewTitle(title);
    listModel_->setFilter(filter);
    updateViewCount();
}

void MainWindow::updateViewCount()
{
    if (!navigationModel_)
        return;
    inbox_->setViewCount(navigationModel_->indexOfKey(viewKey_).data(models::NavigationModel::CountRole));
}

void MainWindow::saveCurrentView()
{
    if (!listModel_)
        return;
    if (!context_.store)
        return;
    SavedFilterDialog dialog(models::FilterChoices::read(*context_.store), listModel_->filter(),
                             inbox_->findChild<QLabel *>(QStringLiteral("inboxTitle"))->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    models::SavedFilters::add(dialog.savedFilter());
    navigationModel_->rebuild();
}

SearchDialog *MainWindow::searchDialog()
{
    if (!search_ && context_.store) {
        search_ = new SearchDialog(*context_.store, this);
        connect(search_, &SearchDialog::conversationRequested, this,
                [this](qint64 conversation, qint64 message) { openConversation(conversation, message); });
        connect(search_, &SearchDialog::customerRequested, this, [this](qint64 customerId) {
            const std::optional<qint64> latest =
                models::CustomerRecords(*context_.store).latestConversation(customerId);
            if (!latest)
                return;
            openConversation(*latest);
            conversation_->setAllChannels(true);
        });
    }
    return search_;
}

void MainWindow::openSearch()
{
    if (SearchDialog *dialog = searchDialog()) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
}

OutboxDialog *MainWindow::outboxDialog()
{
    if (!outbox_ && context_.store) {
        outbox_ = new OutboxDialog(context_, this);
        connect(outbox_, &OutboxDialog::openConversationRequested, this,
                [this](qint64 conversation) { openConversation(conversation); });
    }
    return outbox_;
}

void MainWindow::showOutbox()
{
    if (OutboxDialog *dialog = outboxDialog()) {
        dialog->selectFirstFailed();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
        dialog->view()->setFocus();
    }
}

void MainWindow::showCommandPalette()
{
    delete palette_; // one at a time
    palette_ = CommandPalette::open(*this, *actions_);
}

KCommandBar *MainWindow::commandPalette() const
{
    return static_cast<KCommandBar *>(palette_.data());
}

void MainWindow::configureShortcuts()
{
    if (shortcutsDialog_) {
        shortcutsDialog_->raise();
        shortcutsDialog_->activateWindow();
        return;
    }
    // Saved to the configuration when accepted; read again over the defaults on the next start.
    auto *dialog =
        new KShortcutsDialog(KShortcutsEditor::AllActions, KShortcutsEditor::LetterShortcutsAllowed, this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false); // shown, not run in a loop of its own
    dialog->addCollection(actions_->collection(), tr("Kontor"));
    shortcutsDialog_ = dialog;
    dialog->configure(true);
}

void MainWindow::showSettings(int page)
{
    if (!settings_) {
        auto *dialog = new SettingsDialog(context_.store, *actions_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, [this] {
            // The density changes the rows' height: the list lays them out again.
            inbox_->list()->doItemsLayout();
            inbox_->list()->viewport()->update();
            availability_->setAutoAwayMinutes(WorkspaceSettings::autoAwayMinutes());
        });
        settings_ = dialog;
    }
    if (page >= 0)
        settings_->showPage(SettingsDialog::Page(page));
    settings_->show();
    settings_->raise();
    settings_->activateWindow();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return settings_.data();
}

KShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return static_cast<KShortcutsDialog *>(shortcutsDialog_.data());
}

void MainWindow::showShortcuts()
{
    auto *sheet = new ShortcutSheet(*actions_, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

void MainWindow::openConversation(qint64 conversationId, qint64 messageId)
{
    if (!listModel_)
        return;
    if (listModel_->rowOf(conversationId) >= 0)
        inbox_->selectConversation(conversationId);
    else
        conversation_->openConversation(conversationId);
    if (messageId > 0)
        conversation_->revealMessage(conversationId, messageId);
}

void MainWindow::orderTabStops()
{
    const QList<QWidget *> areas{navigation_, inbox_, conversation_, customer_, statusBar_};
    QList<QWidget *> stops;
    // Within an area, the chain as it is (the order the widgets were made in is the order shown). Only the
    // stops themselves are moved: a compound widget takes its inner parts with it.
    for (QWidget *area : areas) {
        QWidget *widget = this;
        do {
            widget = widget->nextInFocusChain();
            if (!area || !area->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            const bool inner = std::any_of(stops.cbegin(), stops.cend(), [widget](const QWidget *stop) {
                return stop->isAncestorOf(widget);
            });
            if (!inner)
                stops.append(widget);
        } while (widget != this);
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

void MainWindow::getNextConversation()
{
    if (!context_.store)
        return;
    const models::NextConversation next = models::NextConversation::find(context_.store->reader());
    switch (next.outcome) {
    case models::NextConversation::Outcome::NoTeams:
        statusBar()->showMessage(tr("Get next: you belong to no team, so no queue is yours."), 8000);
        return;
    case models::NextConversation::Outcome::NoneWaits:
        statusBar()->showMessage(tr("Get next: every open conversation of your teams has someone. Nothing "
                                    "waits for you."),
                                 8000);
        return;
    case models::NextConversation::Outcome::Found:
        break;
    }
    commands_->assignToMe({next.conversation->id});
    openConversation(next.conversation->id);
    conversation_->startReply();
}

void MainWindow::showAbout()
{
    // Name, version, licence, homepage and authors come from the application's KAboutData (ui/AboutKontor).
    auto *dialog = new KAboutApplicationDialog(KAboutData::applicationData(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1480, 900);
    splitter_->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    if (!viewKey_.isEmpty())
        settings.setValue(QStringLiteral("workspace/view"), viewKey_);
    if (lastOpened_ > 0)
        settings.setValue(QStringLiteral("workspace/conversation"), lastOpened_);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), splitter_->saveState());
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Show && !shown_) {
        shown_ = true;
        QTimer::singleShot(kLatestStartMs, this, &MainWindow::finishStart);
    }
    // The window paints itself before its children, all in one go: a call queued now runs once the whole
    // window is on screen.
    if (event->type() == QEvent::Paint && !started_)
        QMetaObject::invokeMethod(this, &MainWindow::finishStart, Qt::QueuedConnection);
    return QMainWindow::event(event);
}

void MainWindow::finishStart()
{
    if (started_)
        return;
    started_ = true;
    notifier_->showTrayIcon();
    // Back where the agent left off.
    const qint64 open = QSettings().value(QStringLiteral("workspace/conversation")).toLongLong();
    if (open > 0 && context_.store) // one that is gone since leaves the pane empty
        openConversation(open);
    Q_EMIT firstShown();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    conversation_->saveDraft();
    QMainWindow::closeEvent(event);
}

} // namespace kontor::ui
