#include "ui/WorkspaceActions.h"

#include "core/Agent.h"
#include "store/queries/InboxQueries.h"

#include <KActionCollection>
#include <QAction>
#include <QActionGroup>

namespace kontor::ui {

WorkspaceActions::WorkspaceActions(QObject *parent)
    : QObject(parent)
    , collection_(new KActionCollection(this, QStringLiteral("kontor")))
    , sections_(int(Section::Kontor) + 1)
{
    collection_->setComponentDisplayName(tr("Kontor"));
    using S = Section;
    search = make(S::MovingAround, tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                  QStringLiteral("actionSearch"));
    next = make(S::MovingAround, tr("&Next conversation"), QKeySequence(Qt::Key_J),
                QStringLiteral("actionNext"));
    previous = make(S::MovingAround, tr("&Previous conversation"), QKeySequence(Qt::Key_K),
                    QStringLiteral("actionPrevious"));
    open = make(S::MovingAround, tr("&Open conversation"), QKeySequence(Qt::Key_Return),
                QStringLiteral("actionOpen"));
    focusList = make(S::MovingAround, tr("Back to the &list"), QKeySequence(Qt::Key_Escape),
                     QStringLiteral("actionFocusList"));
    allChannels = make(S::MovingAround, tr("All &channels of the customer"), QKeySequence(Qt::Key_C),
                       QStringLiteral("actionAllChannels"));
    allChannels->setCheckable(true);

    const std::pair<QString, QString> fixedViews[] = {
        {QStringLiteral("mine"), tr("Go to &Mine")},
        {QStringLiteral("unassigned"), tr("Go to &Unassigned")},
        {QStringLiteral("all"), tr("Go to &All open")},
        {QStringLiteral("mentions"), tr("Go to M&entions")},
        {QStringLiteral("snoozed"), tr("Go to Sn&oozed")},
        {QStringLiteral("resolved"), tr("Go to &Resolved")},
    };
    int digit = 1;
    for (const auto &[key, text] : fixedViews) {
        const QString name = QStringLiteral("actionView") + key.left(1).toUpper() + key.mid(1);
        QAction *action =
            make(S::Views, text,
                 QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + digit++))), name);
        views.append({QStringLiteral("view:") + key, action});
    }

    selectAll = make(S::Inbox, tr("Select &all in the list"), QKeySequence(Qt::CTRL | Qt::Key_A),
                     QStringLiteral("actionSelectAll"));
    saveView = make(S::Inbox, tr("Save view as &filter…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    QStringLiteral("actionSaveView"));
    const std::tuple<InboxSort, QString, QString> sorts[] = {
        {InboxSort::LastActivity, tr("Sort by newest &activity"), QStringLiteral("actionSortNewest")},
        {InboxSort::WaitingLongest, tr("Sort by &waiting longest"), QStringLiteral("actionSortWaiting")},
        {InboxSort::SlaDue, tr("Sort by SLA &due first"), QStringLiteral("actionSortSlaDue")},
        {InboxSort::Priority, tr("Sort by &priority"), QStringLiteral("actionSortPriority")},
    };
    auto *sortGroup = new QActionGroup(this);
    digit = 1;
    for (const auto &[sort, text, name] : sorts) {
        QAction *action =
            make(S::Inbox, text, QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_0 + digit++))),
                 name);
        action->setCheckable(true);
        action->setData(int(sort));
        sortGroup->addAction(action);
        sortOrders.append(action);
    }
    sortOrders.first()->setChecked(true);

    reply = make(S::Answering, tr("&Reply"), QKeySequence(Qt::Key_R), QStringLiteral("actionReply"));
    note = make(S::Answering, tr("Internal &note"), QKeySequence(Qt::Key_N), QStringLiteral("actionNote"));
    send = make(S::Answering, tr("S&end"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                QStringLiteral("actionSend"));

    assign = make(S::Triage, tr("&Assign…"), QKeySequence(Qt::Key_A), QStringLiteral("actionAssign"));
    assignToMe =
        make(S::Triage, tr("Assign to &me"), QKeySequence(Qt::Key_M), QStringLiteral("actionAssignToMe"));
    getNext = make(S::Triage, tr("&Get next conversation"), QKeySequence(Qt::CTRL | Qt::Key_N),
                   QStringLiteral("actionGetNext"));
    snooze = make(S::Triage, tr("S&nooze…"), QKeySequence(Qt::Key_S), QStringLiteral("actionSnooze"));
    pending = make(S::Triage, tr("Mark as pe&nding"), QKeySequence(), QStringLiteral("actionPending"));
    team = make(S::Triage, tr("Move to &team…"), QKeySequence(Qt::Key_T), QStringLiteral("actionTeam"));
    resolve = make(S::Triage, tr("R&esolve"), QKeySequence(Qt::Key_E), QStringLiteral("actionResolve"));
    labels = make(S::Triage, tr("&Labels…"), QKeySequence(Qt::Key_L), QStringLiteral("actionLabels"));
    priority = make(S::Triage, tr("&Priority…"), QKeySequence(Qt::Key_P), QStringLiteral("actionPriority"));

    mergeCustomer =
        make(S::Customer, tr("&Merge the customer with…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
             QStringLiteral("actionMergeCustomer"));
    editCustomer = make(S::Customer, tr("&Edit the customer…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStringLiteral("actionEditCustomer"));
    splitCustomer =
        make(S::Customer, tr("&Split an identity off the customer…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), QStringLiteral("actionSplitCustomer"));
    eraseCustomer = make(S::Customer, tr("&Erase customer from this computer…"), QKeySequence(),
                         QStringLiteral("actionEraseCustomer"));

    customerPanel = make(S::Workspace, tr("&Customer panel"), QKeySequence(Qt::CTRL | Qt::Key_I),
                         QStringLiteral("actionCustomerPanel"));
    customerPanel->setCheckable(true);
    customerPanel->setChecked(true);
    outbox = make(S::Workspace, tr("&Outbox…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                  QStringLiteral("actionOutbox"));
    workOffline = make(S::Workspace, tr("Work &offline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                       QStringLiteral("actionWorkOffline"));
    workOffline->setCheckable(true);
    const std::tuple<Presence, QString, QString> statuses[] = {
        {Presence::Online, tr("Set my status: &Online"), QStringLiteral("actionStatusOnline")},
        {Presence::Busy, tr("Set my status: &Busy"), QStringLiteral("actionStatusBusy")},
        {Presence::Away, tr("Set my status: A&way"), QStringLiteral("actionStatusAway")},
    };
    auto *statusGroup = new QActionGroup(this);
    for (const auto &[presence, text, name] : statuses) {
        QAction *action = make(S::Workspace, text, QKeySequence(), name);
        action->setCheckable(true);
        action->setData(int(presence));
        statusGroup->addAction(action);
        availability.append(action);
    }

    commandPalette = make(S::Kontor, tr("&Command palette…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                          QStringLiteral("actionCommandPalette"));
    shortcuts = make(S::Kontor, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_Question),
                     QStringLiteral("actionShortcuts"));
    settings = make(S::Kontor, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                    QStringLiteral("actionSettings"));
    configureShortcuts =
        make(S::Kontor, tr("Configure S&hortcuts…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma),
             QStringLiteral("actionConfigureShortcuts"));
    about = make(S::Kontor, tr("&About Kontor"), QKeySequence(), QStringLiteral("actionAbout"));
    quit = make(S::Kontor, tr("&Quit"), QKeySequence(QKeySequence::Quit), QStringLiteral("actionQuit"));

    // Enter and Esc also mean something inside dialogs and fields: they act only where nothing else takes
    // them.
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    focusList->setShortcutContext(Qt::WindowShortcut);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    collection_->readSettings();
}

QAction *WorkspaceActions::make(Section section, const QString &text, const QKeySequence &shortcut,
                                const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    add(section, action);
    return action;
}

void WorkspaceActions::add(Section section, QAction *action)
{
    collection_->addAction(action->objectName(), action);
    KActionCollection::setDefaultShortcuts(action, action->shortcuts());
    sections_[int(section)].append(action);
}

void WorkspaceActions::adopt(QAction *action, Section section)
{
    add(section, action);
    connect(action, &QObject::destroyed, this, [this, action] {
        for (QList<QAction *> &actions : sections_)
            actions.removeAll(action);
    });
    // Reading applies the agent's shortcut to every action of the collection, this one included; the others
    // are read again to what they are.
    collection_->readSettings();
}

QList<WorkspaceActions::Group> WorkspaceActions::groups() const
{
    const QString titles[] = {tr("Moving around"), tr("Views"),    tr("Inbox"),     tr("Answering"),
                              tr("Triage"),        tr("Customer"), tr("Workspace"), tr("Kontor")};
    QList<Group> result;
    for (qsizetype i = 0; i < sections_.size(); ++i) {
        if (!sections_[i].isEmpty())
            result.append({titles[i], sections_[i]});
    }
    return result;
}

} // namespace kontor::ui
