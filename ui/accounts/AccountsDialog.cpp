#include "ui/accounts/AccountsDialog.h"

#include "connectors/chatwoot/setup/ChatwootAccounts.h"
#include "connectors/demo/setup/DemoAccount.h"
#include "ui/accounts/ChatwootAccountFlows.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
QString connectionText(const ConnectorState &state)
{
    switch (state.phase) {
    case ConnectorState::Phase::Connecting:
        return AccountsDialog::tr("connecting");
    case ConnectorState::Phase::FirstSync:
        return AccountsDialog::tr("syncing");
    case ConnectorState::Phase::Online:
        return AccountsDialog::tr("online");
    case ConnectorState::Phase::Offline:
        return AccountsDialog::tr("offline");
    case ConnectorState::Phase::WorkingOffline:
        return AccountsDialog::tr("not connected");
    case ConnectorState::Phase::AuthenticationNeeded:
        return AccountsDialog::tr("sign-in needed");
    case ConnectorState::Phase::Error:
        break;
    }
    return state.reason;
}

// The demo's row, apart from every Chatwoot account's secret key.
const QString kDemoKey = QStringLiteral("demo:");

QString serverText(const chatwoot::ChatwootAccount &account)
{
    return account.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}
} // namespace

AccountsDialog::AccountsDialog(chatwoot::ChatwootAccounts &accounts, DemoAccount *demo, QWidget *parent)
    : QDialog(parent)
    , accounts_(accounts)
    , demo_(demo)
    , list_(new QTreeWidget(this))
    , empty_(new QLabel(this))
    , status_(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setMinimumSize(640, 340);

    list_->setObjectName(QStringLiteral("accountList"));
    list_->setAccessibleName(tr("Accounts"));
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->setHeaderLabels({tr("Account"), tr("Signed in as"), tr("Server"), tr("Connection")});
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list_->header()->setStretchLastSection(true);
    auto *listLabel = new QLabel(tr("A&ccounts:"), this);
    listLabel->setBuddy(list_);

    empty_->setText(
        tr("No Chatwoot account yet. Add one to work on its conversations here, in the same inbox "
           "as every other account."));
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);

    auto *removal = new QLabel(
        tr("Removing an account stops its connection and deletes its sign-in from the system keychain. You "
           "choose whether what it brought is deleted from this computer too, or stays readable and "
           "searchable but no longer updated."),
        this);
    removal->setWordWrap(true);
    removal->setForegroundRole(QPalette::PlaceholderText);

    status_->setObjectName(QStringLiteral("accountsStatus"));
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Status"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    add_ = buttons->addButton(tr("&Add Chatwoot account…"), QDialogButtonBox::ActionRole);
    signInAgain_ = buttons->addButton(tr("&Sign in again…"), QDialogButtonBox::ActionRole);
    remove_ = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    add_->setObjectName(QStringLiteral("addAccount"));
    signInAgain_->setObjectName(QStringLiteral("signInAgain"));
    remove_->setObjectName(QStringLiteral("removeAccount"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add_, &QPushButton::clicked, this, [this] { openAddChatwootAccount(this, accounts_); });
    connect(signInAgain_, &QPushButton::clicked, this, [this] {
        if (const auto account = selectedAccount())
            openChatwootSignInAgain(this, accounts_, *account);
    });
    connect(remove_, &QPushButton::clicked, this, &AccountsDialog::removeSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(list_, 1);
    layout->addWidget(empty_);
    layout->addWidget(removal);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    connect(list_, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(&accounts_, &chatwoot::ChatwootAccounts::accountsChanged, this, &AccountsDialog::refresh);
    connect(&accounts_, &chatwoot::ChatwootAccounts::statesChanged, this, &AccountsDialog::refresh);
    if (demo_)
        connect(demo_, &DemoAccount::changed, this, &AccountsDialog::refresh);
    refresh();
}

void AccountsDialog::refresh()
{
    const std::optional<chatwoot::ChatwootAccount> selected = selectedAccount();
    const bool demoWasSelected = demoSelected();
    shown_ = accounts_.accounts();
    list_->clear();
    const bool demo = demo_ && demo_->isChosen();
    if (demo) {
        auto *item = new QTreeWidgetItem(list_, {demo_->name(), tr("a simulated agent"), tr("this computer"),
                                                 connectionText(demo_->state())});
        item->setData(0, Qt::UserRole, kDemoKey);
    }
    for (const chatwoot::ChatwootAccount &account : std::as_const(shown_)) {
        auto *item = new QTreeWidgetItem(list_, {account.accountName, account.userName, serverText(account),
                                                 connectionText(accounts_.state(account))});
        item->setData(0, Qt::UserRole, account.secretKey());
    }
    empty_->setVisible(shown_.isEmpty() && !demo);
    if (selected)
        selectAccount(*selected);
    else if (demoWasSelected)
        selectDemo();
    if (!list_->currentItem() && list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool chosen = selectedAccount().has_value();
    signInAgain_->setEnabled(chosen);
    remove_->setEnabled(chosen || demoSelected());
}

std::optional<chatwoot::ChatwootAccount> AccountsDialog::selectedAccount() const
{
    const QTreeWidgetItem *item = list_->currentItem();
    if (!item)
        return std::nullopt;
    const QString key = item->data(0, Qt::UserRole).toString();
    for (const chatwoot::ChatwootAccount &account : shown_) {
        if (account.secretKey() == key)
            return account;
    }
    return std::nullopt;
}

void AccountsDialog::selectAccount(const chatwoot::ChatwootAccount &account)
{
    for (int row = 0; row < list_->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list_->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == account.secretKey())
            list_->setCurrentItem(item);
    }
}

bool AccountsDialog::demoSelected() const
{
    const QTreeWidgetItem *item = list_->currentItem();
    return item && item->data(0, Qt::UserRole).toString() == kDemoKey;
}

void AccountsDialog::selectDemo()
{
    for (int row = 0; row < list_->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = list_->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == kDemoKey)
            list_->setCurrentItem(item);
    }
}

void AccountsDialog::removeDemo()
{
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(demo_->name()),
                                tr("Kontor stops the demo contact center and does not start it again unless "
                                   "you choose it."),
                                QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("confirmRemoval"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(
        tr("You can also delete everything it brought to this computer: its conversations, "
           "customers and colleagues, and its simulated backend. Otherwise its "
           "conversations stay here, readable but no longer updated."));
    auto *erase = new QCheckBox(tr("&Delete everything the demo brought to this computer"), ask);
    erase->setObjectName(QStringLiteral("eraseAccountData"));
    erase->setChecked(true);
    ask->setCheckBox(erase);
    QPushButton *remove = ask->addButton(tr("&Remove account"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    ask->addButton(QMessageBox::Cancel);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, erase] {
        const bool eraseData = erase->isChecked();
        status_->setText(eraseData ? tr("%1 was removed with everything it brought.").arg(demo_->name())
                                   : tr("%1 was removed.").arg(demo_->name()));
        demo_->remove(eraseData);
    });
    ask->open();
}

void AccountsDialog::removeSelected()
{
    if (demo_ && demoSelected()) {
        removeDemo();
        return;
    }
    const std::optional<chatwoot::ChatwootAccount> account = selectedAccount();
    if (!account)
        return;
    auto *ask =
        new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(account->accountName),
                        tr("Kontor stops syncing %1 and deletes its sign-in from the system keychain.")
                            .arg(account->accountName),
                        QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("confirmRemoval"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(
        tr("You can also delete everything it brought to this computer: its conversations and messages, "
           "customers known only through it, actions not yet sent and the copies of files sent. Otherwise "
           "its conversations stay here, readable but no longer updated, and unsent actions wait until "
           "you add the account again."));
    auto *erase = new QCheckBox(tr("&Delete everything this account brought to this computer"), ask);
    erase->setObjectName(QStringLiteral("eraseAccountData"));
    erase->setChecked(true);
    ask->setCheckBox(erase);
    QPushButton *remove = ask->addButton(tr("&Remove account"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemove"));
    ask->addButton(QMessageBox::Cancel);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, account = *account, erase] {
        const bool eraseData = erase->isChecked();
        status_->setText(eraseData ? tr("%1 was removed with everything it brought.").arg(account.accountName)
                                   : tr("%1 was removed.").arg(account.accountName));
        accounts_.remove(
            account,
            [self = QPointer(this), name = account.accountName](const QString &error) {
                if (self && !error.isEmpty())
                    self->status_->setText(tr("%1 was removed, but its sign-in could not be deleted from the "
                                              "system keychain: %2")
                                               .arg(name, error));
            },
            eraseData ? chatwoot::ChatwootAccounts::AccountData::Erase
                      : chatwoot::ChatwootAccounts::AccountData::Keep);
    });
    ask->open();
}

} // namespace kontor::ui
