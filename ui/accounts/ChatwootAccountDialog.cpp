#include "ui/accounts/ChatwootAccountDialog.h"

#include "secrets/SecretStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kontor::ui {

ChatwootAccountDialog::ChatwootAccountDialog(SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , secrets_(secrets)
{
    setWindowTitle(tr("Add a Chatwoot account"));
    setMinimumWidth(460);

    steps_ = new QStackedWidget(this);
    steps_->addWidget(buildServerStep());
    steps_->addWidget(buildCodeStep());
    steps_->addWidget(buildAccountStep());

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setAccessibleName(tr("Status"));

    buttons_ = new QDialogButtonBox(this);
    back_ = buttons_->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    test_ = buttons_->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    next_ = buttons_->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    next_->setObjectName(QStringLiteral("next"));
    test_->setObjectName(QStringLiteral("test"));
    buttons_->addButton(QDialogButtonBox::Cancel);
    next_->setDefault(true);
    // The dialog is accepted only once the token is safe in the keychain, not when the button is pressed.
    disconnect(buttons_, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(next_, &QPushButton::clicked, this, &ChatwootAccountDialog::next);
    connect(back_, &QPushButton::clicked, this, &ChatwootAccountDialog::back);
    connect(test_, &QPushButton::clicked, this, [this] {
        setBusy(true, tr("Testing the connection…"));
        signIn_.testConnection(chosenAccount());
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, [this] {
        signIn_.cancel();
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(steps_);
    layout->addWidget(status_);
    layout->addWidget(buttons_);

    connect(&signIn_, &chatwoot::ChatwootSignIn::failed, this, [this](const QString &message) {
        setBusy(false);
        saveWhenTested_ = false;
        showProblem(message);
    });
    connect(&signIn_, &chatwoot::ChatwootSignIn::mfaRequired, this, [this] {
        setBusy(false);
        goTo(CodeStep);
        status_->setText(tr("Enter the code from your authenticator app."));
    });
    connect(&signIn_, &chatwoot::ChatwootSignIn::signedIn, this, [this](const chatwoot::Profile &profile) {
        setBusy(false);
        showProfile(profile);
        if (again_)
            saveSignInAgain(profile);
        else
            goTo(AccountStep);
    });
    connect(&signIn_, &chatwoot::ChatwootSignIn::connectionTested, this,
            [this](bool ok, const QString &message) {
                setBusy(false);
                testedAccount_ = ok ? chosenAccount() : 0;
                if (ok)
                    status_->setText(message);
                else
                    showProblem(message);
                updateButtons();
                if (ok && saveWhenTested_) {
                    setBusy(true, tr("Saving the sign-in in the system keychain…"));
                    signIn_.save(testedAccount_, secrets_);
                }
                saveWhenTested_ = false;
            });
    connect(&signIn_, &chatwoot::ChatwootSignIn::saved, this,
            [this](const chatwoot::ChatwootAccount &account) {
                setBusy(false);
                account_ = account;
                accept();
            });

    goTo(ServerStep);
}

ChatwootAccountDialog::~ChatwootAccountDialog() = default;

QWidget *ChatwootAccountDialog::buildServerStep()
{
    auto *page = new QWidget(this);
    intro_ = new QLabel(tr("Kontor connects to your Chatwoot server as you. Your password is sent to "
                           "Chatwoot once; only the access token is kept, in the system keychain."),
                        page);
    intro_->setWordWrap(true);

    server_ = new QLineEdit(page);
    server_->setObjectName(QStringLiteral("server"));
    server_->setPlaceholderText(tr("https://chat.example.com"));
    server_->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    usePassword_ = new QRadioButton(tr("Sign in with &email and password"), page);
    useToken_ = new QRadioButton(tr("Use an access &token from your Chatwoot profile"), page);
    useToken_->setObjectName(QStringLiteral("useToken"));
    usePassword_->setChecked(true);
    auto *method = new QButtonGroup(page);
    method->addButton(usePassword_);
    method->addButton(useToken_);
    connect(usePassword_, &QRadioButton::toggled, this, &ChatwootAccountDialog::updateMethod);

    passwordFields_ = new QWidget(page);
    email_ = new QLineEdit(passwordFields_);
    email_->setObjectName(QStringLiteral("email"));
    email_->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    password_ = new QLineEdit(passwordFields_);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    auto *passwordForm = new QFormLayout(passwordFields_);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    auto *emailLabel = new QLabel(tr("E&mail:"), passwordFields_);
    emailLabel->setBuddy(email_);
    auto *passwordLabel = new QLabel(tr("&Password:"), passwordFields_);
    passwordLabel->setBuddy(password_);
    passwordForm->addRow(emailLabel, email_);
    passwordForm->addRow(passwordLabel, password_);

    tokenFields_ = new QWidget(page);
    token_ = new QLineEdit(tokenFields_);
    token_->setObjectName(QStringLiteral("token"));
    token_->setEchoMode(QLineEdit::Password);
    auto *tokenForm = new QFormLayout(tokenFields_);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    auto *tokenLabel = new QLabel(tr("Access to&ken:"), tokenFields_);
    tokenLabel->setBuddy(token_);
    tokenForm->addRow(tokenLabel, token_);

    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(tr("Se&rver:"), page);
    serverLabel->setBuddy(server_);
    form->addRow(serverLabel, server_);

    transportWarning_ = new QLabel(page);
    transportWarning_->setObjectName(QStringLiteral("transportWarning"));
    transportWarning_->setWordWrap(true);
    transportWarning_->setVisible(false);
    form->addRow(QString(), transportWarning_);
    connect(server_, &QLineEdit::textChanged, this, &ChatwootAccountDialog::updateTransportWarning);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(usePassword_);
    layout->addWidget(useToken_);
    layout->addWidget(passwordFields_);
    layout->addWidget(tokenFields_);
    layout->addStretch();
    for (QLineEdit *field : {server_, email_, password_, token_})
        connect(field, &QLineEdit::textChanged, this, &ChatwootAccountDialog::updateButtons);
    updateMethod();
    return page;
}

void ChatwootAccountDialog::updateTransportWarning()
{
    QString warning;
    switch (chatwoot::ChatwootSignIn::transportFor(server_->text())) {
    case net::ServerTransport::LoopbackCleartext:
        warning = tr("This address is not encrypted (http://). Kontor allows that only for a server on this "
                     "computer, for development.");
        break;
    case net::ServerTransport::Cleartext:
        warning = tr("Kontor connects only over https://, so that your password and token cannot be read on "
                     "the way.");
        break;
    case net::ServerTransport::Encrypted:
    case net::ServerTransport::Unsupported:
        break;
    }
    transportWarning_->setText(warning);
    transportWarning_->setAccessibleDescription(warning);
    transportWarning_->setVisible(!warning.isEmpty());
}

QWidget *ChatwootAccountDialog::buildCodeStep()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("This account has two-factor authentication turned on."), page);
    intro->setWordWrap(true);
    code_ = new QLineEdit(page);
    code_->setObjectName(QStringLiteral("code"));
    code_->setInputMethodHints(Qt::ImhDigitsOnly);
    backupCode_ = new QCheckBox(tr("This is a &backup code"), page);
    auto *codeLabel = new QLabel(tr("&Code:"), page);
    codeLabel->setBuddy(code_);
    auto *form = new QFormLayout;
    form->addRow(codeLabel, code_);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(backupCode_);
    layout->addStretch();
    connect(code_, &QLineEdit::textChanged, this, &ChatwootAccountDialog::updateButtons);
    return page;
}

QWidget *ChatwootAccountDialog::buildAccountStep()
{
    auto *page = new QWidget(this);
    signedInAs_ = new QLabel(page);
    signedInAs_->setWordWrap(true);
    accounts_ = new QListWidget(page);
    accounts_->setObjectName(QStringLiteral("accounts"));
    auto *accountsLabel = new QLabel(tr("Chatwoot &account:"), page);
    accountsLabel->setBuddy(accounts_);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(signedInAs_);
    layout->addWidget(accountsLabel);
    layout->addWidget(accounts_);
    connect(accounts_, &QListWidget::currentRowChanged, this, [this] {
        testedAccount_ = 0;
        status_->clear();
        updateButtons();
    });
    return page;
}

void ChatwootAccountDialog::setServerAddress(const QString &address)
{
    server_->setText(address);
}

void ChatwootAccountDialog::setSignInAgain(const chatwoot::ChatwootAccount &account)
{
    again_ = account;
    const QString name = account.accountName.isEmpty() ? account.server.host() : account.accountName;
    setWindowTitle(tr("Sign in to %1 again").arg(name));
    intro_->setText(tr("The Chatwoot server no longer accepts Kontor's sign-in for %1. Sign in again as %2; "
                       "actions waiting in the outbox are sent once you are connected.")
                        .arg(name, account.userName));
    server_->setText(account.server.toString());
    server_->setReadOnly(true);
    goTo(ServerStep);
}

void ChatwootAccountDialog::saveSignInAgain(const chatwoot::Profile &profile)
{
    if (profile.userId != again_->userId) {
        showProblem(tr("You signed in as %1, but this account was added for %2. Sign in as %2.")
                        .arg(profile.name, again_->userName));
        return;
    }
    if (!profile.membership(again_->accountId)) {
        showProblem(tr("This user no longer belongs to the Chatwoot account %1.").arg(again_->accountName));
        return;
    }
    // Tested first, like a new account: a token that cannot reach the account is not kept.
    saveWhenTested_ = true;
    setBusy(true, tr("Testing the connection…"));
    signIn_.testConnection(again_->accountId);
}

int ChatwootAccountDialog::step() const
{
    return steps_->currentIndex();
}

QString ChatwootAccountDialog::statusText() const
{
    return status_->text();
}

void ChatwootAccountDialog::updateMethod()
{
    passwordFields_->setVisible(usePassword_->isChecked());
    tokenFields_->setVisible(useToken_->isChecked());
    updateButtons();
}

void ChatwootAccountDialog::goTo(Step step)
{
    steps_->setCurrentIndex(step);
    status_->clear();
    switch (step) {
    case ServerStep:
        next_->setText(tr("&Sign in"));
        server_->text().isEmpty() ? server_->setFocus()
                                  : (usePassword_->isChecked() ? email_ : token_)->setFocus();
        break;
    case CodeStep:
        next_->setText(tr("&Verify"));
        code_->clear();
        code_->setFocus();
        break;
    case AccountStep:
        next_->setText(tr("&Add account"));
        accounts_->setFocus();
        break;
    }
    updateButtons();
}

void ChatwootAccountDialog::updateButtons()
{
    if (!next_) // still being built
        return;
    const int current = steps_->currentIndex();
    back_->setVisible(current != ServerStep);
    back_->setEnabled(!busy_);
    test_->setVisible(current == AccountStep);
    test_->setEnabled(!busy_ && chosenAccount() > 0);
    bool ready = false;
    switch (current) {
    case ServerStep:
        ready =
            !server_->text().trimmed().isEmpty() &&
            (usePassword_->isChecked() ? !email_->text().trimmed().isEmpty() && !password_->text().isEmpty()
                                       : !token_->text().trimmed().isEmpty());
        break;
    case CodeStep:
        ready = !code_->text().trimmed().isEmpty();
        break;
    case AccountStep:
        ready = chosenAccount() > 0;
        break;
    }
    next_->setEnabled(!busy_ && ready);
}

void ChatwootAccountDialog::setBusy(bool busy, const QString &what)
{
    busy_ = busy;
    steps_->setEnabled(!busy);
    if (busy)
        status_->setText(what);
    updateButtons();
}

void ChatwootAccountDialog::showProblem(const QString &message)
{
    // Shown in words, and announced: the agent may not be looking at this line.
    status_->setText(message);
    status_->setAccessibleDescription(message);
}

void ChatwootAccountDialog::showProfile(const chatwoot::Profile &profile)
{
    signedInAs_->setText(tr("Signed in as %1 (%2).").arg(profile.name, profile.email));
    accounts_->clear();
    for (const chatwoot::AccountMembership &membership : profile.accounts) {
        const QString role =
            membership.role == QLatin1StringView("administrator") ? tr("administrator") : tr("agent");
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(membership.name, role), accounts_);
        item->setData(Qt::UserRole, membership.id);
    }
    if (accounts_->count() > 0)
        accounts_->setCurrentRow(0);
    if (profile.accounts.isEmpty())
        showProblem(tr("This user belongs to no Chatwoot account."));
}

qint64 ChatwootAccountDialog::chosenAccount() const
{
    if (again_)
        return again_->accountId;
    const QListWidgetItem *item = accounts_ ? accounts_->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ChatwootAccountDialog::next()
{
    if (busy_ || !next_->isEnabled())
        return;
    switch (steps_->currentIndex()) {
    case ServerStep:
        setBusy(true, tr("Signing in…"));
        if (usePassword_->isChecked())
            signIn_.signInWithPassword(server_->text(), email_->text(), password_->text());
        else
            signIn_.signInWithToken(server_->text(), token_->text());
        password_->clear(); // not kept beyond the one request
        break;
    case CodeStep:
        setBusy(true, tr("Checking the code…"));
        if (backupCode_->isChecked())
            signIn_.submitBackupCode(code_->text());
        else
            signIn_.submitOneTimeCode(code_->text());
        break;
    case AccountStep:
        if (testedAccount_ != chosenAccount()) { // an untested account is tested first, then saved
            saveWhenTested_ = true;
            setBusy(true, tr("Testing the connection…"));
            signIn_.testConnection(chosenAccount());
            break;
        }
        setBusy(true, tr("Saving the sign-in in the system keychain…"));
        signIn_.save(chosenAccount(), secrets_);
        break;
    }
}

void ChatwootAccountDialog::back()
{
    signIn_.cancel();
    setBusy(false);
    goTo(ServerStep);
}

} // namespace kontor::ui
