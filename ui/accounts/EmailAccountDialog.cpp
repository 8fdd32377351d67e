#include "ui/accounts/EmailAccountDialog.h"

#include "connectors/email/account/CertificateTrust.h"
#include "connectors/email/setup/EmailAccounts.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

QComboBox *tlsChoice(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(EmailAccountDialog::tr("TLS"), int(email::TlsMode::Implicit));
    box->addItem(EmailAccountDialog::tr("STARTTLS"), int(email::TlsMode::StartTls));
    return box;
}

QSpinBox *portChoice(QWidget *parent, const QString &objectName, int port)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, 65535);
    box->setValue(port);
    return box;
}

} // namespace

EmailAccountDialog::EmailAccountDialog(SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , secrets_(secrets)
{
    setWindowTitle(tr("Add email account"));
    setObjectName(QStringLiteral("emailAccountDialog"));

    auto *mailbox = new QGroupBox(tr("Shared mailbox"), this);
    auto *mailboxForm = new QFormLayout(mailbox);
    address_ = new QLineEdit(mailbox);
    address_->setObjectName(QStringLiteral("emailAddress"));
    address_->setPlaceholderText(tr("support@example.com"));
    name_ = new QLineEdit(mailbox);
    name_->setObjectName(QStringLiteral("emailDisplayName"));
    name_->setPlaceholderText(tr("Example Support"));
    user_ = new QLineEdit(mailbox);
    user_->setObjectName(QStringLiteral("emailUser"));
    user_->setPlaceholderText(tr("the address, when empty"));
    password_ = new QLineEdit(mailbox);
    password_->setObjectName(QStringLiteral("emailPassword"));
    password_->setEchoMode(QLineEdit::Password);
    mailboxForm->addRow(tr("&Address:"), address_);
    mailboxForm->addRow(tr("&Name on replies:"), name_);
    mailboxForm->addRow(tr("&User name:"), user_);
    mailboxForm->addRow(tr("&Password:"), password_);

    auto *servers = new QGroupBox(tr("Servers"), this);
    auto *serverForm = new QFormLayout(servers);
    imapHost_ = new QLineEdit(servers);
    imapHost_->setObjectName(QStringLiteral("imapHost"));
    imapPort_ = portChoice(servers, QStringLiteral("imapPort"), 993);
    imapTls_ = tlsChoice(servers, QStringLiteral("imapTls"));
    auto *imapRow = new QHBoxLayout;
    imapRow->addWidget(imapHost_, 1);
    imapRow->addWidget(imapPort_);
    imapRow->addWidget(imapTls_);
    smtpHost_ = new QLineEdit(servers);
    smtpHost_->setObjectName(QStringLiteral("smtpHost"));
    smtpPort_ = portChoice(servers, QStringLiteral("smtpPort"), 465);
    smtpTls_ = tlsChoice(servers, QStringLiteral("smtpTls"));
    auto *smtpRow = new QHBoxLayout;
    smtpRow->addWidget(smtpHost_, 1);
    smtpRow->addWidget(smtpPort_);
    smtpRow->addWidget(smtpTls_);
    // Labels of their own: a row that is a layout gets no buddy, and the mnemonic would show as "&".
    auto *imapLabel = new QLabel(tr("&Incoming (IMAP):"), servers);
    imapLabel->setBuddy(imapHost_);
    auto *smtpLabel = new QLabel(tr("&Outgoing (SMTP):"), servers);
    smtpLabel->setBuddy(smtpHost_);
    serverForm->addRow(imapLabel, imapRow);
    serverForm->addRow(smtpLabel, smtpRow);
    imapHost_->setAccessibleName(tr("Incoming mail server"));
    imapPort_->setAccessibleName(tr("Incoming mail port"));
    imapTls_->setAccessibleName(tr("Incoming mail encryption"));
    smtpHost_->setAccessibleName(tr("Outgoing mail server"));
    smtpPort_->setAccessibleName(tr("Outgoing mail port"));
    smtpTls_->setAccessibleName(tr("Outgoing mail encryption"));
    // The usual ports follow the encryption chosen, unless the agent typed another.
    connect(imapTls_, &QComboBox::currentIndexChanged, this, [this] {
        if (imapPort_->value() == 993 || imapPort_->value() == 143)
            imapPort_->setValue(imapTls_->currentData().toInt() == int(email::TlsMode::Implicit) ? 993 : 143);
    });
    connect(smtpTls_, &QComboBox::currentIndexChanged, this, [this] {
        if (smtpPort_->value() == 465 || smtpPort_->value() == 587)
            smtpPort_->setValue(smtpTls_->currentData().toInt() == int(email::TlsMode::Implicit) ? 465 : 587);
    });

    auto *folders = new QGroupBox(tr("Folders"), this);
    auto *folderForm = new QFormLayout(folders);
    folders_ = new QLineEdit(QStringLiteral("INBOX"), folders);
    folders_->setObjectName(QStringLiteral("watchedFolders"));
    folders_->setToolTip(tr("The folders whose mail becomes conversations, separated by commas."));
    sentFolder_ = new QLineEdit(QStringLiteral("Sent"), folders);
    sentFolder_->setObjectName(QStringLiteral("sentFolder"));
    folderForm->addRow(tr("&Watch:"), folders_);
    folderForm->addRow(tr("&Sent mail goes to:"), sentFolder_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("emailStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    test_ = new QPushButton(tr("&Test connection"), this);
    test_->setObjectName(QStringLiteral("testEmailConnection"));
    trust_ = new QPushButton(tr("T&rust this certificate"), this);
    trust_->setObjectName(QStringLiteral("trustCertificate"));
    trust_->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test_);
    testRow->addWidget(trust_);
    testRow->addStretch(1);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Add account"));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(mailbox);
    layout->addWidget(servers);
    layout->addWidget(folders);
    layout->addLayout(testRow);
    layout->addWidget(status_);
    layout->addWidget(buttons_);

    connect(test_, &QPushButton::clicked, this, &EmailAccountDialog::testConnection);
    connect(trust_, &QPushButton::clicked, this, [this] {
        trustedPem_ = offeredCertificate_.toPem();
        trust_->hide();
        testConnection();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &EmailAccountDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {address_, user_, password_, imapHost_, smtpHost_, folders_, sentFolder_})
        connect(edit, &QLineEdit::textEdited, this, &EmailAccountDialog::formChanged);
    for (QSpinBox *port : {imapPort_, smtpPort_})
        connect(port, &QSpinBox::valueChanged, this, &EmailAccountDialog::formChanged);
    for (QComboBox *tls : {imapTls_, smtpTls_})
        connect(tls, &QComboBox::currentIndexChanged, this, &EmailAccountDialog::formChanged);
}

EmailAccountDialog::~EmailAccountDialog() = default;

QString EmailAccountDialog::statusText() const
{
    return status_->text();
}

email::EmailAccountSettings EmailAccountDialog::settingsFromForm() const
{
    email::EmailAccountSettings settings;
    settings.address = address_->text().trimmed();
    settings.displayName = name_->text().trimmed();
    settings.userName = user_->text().trimmed();
    settings.imap = {imapHost_->text().trimmed(), quint16(imapPort_->value()),
                     email::TlsMode(imapTls_->currentData().toInt())};
    settings.smtp = {smtpHost_->text().trimmed(), quint16(smtpPort_->value()),
                     email::TlsMode(smtpTls_->currentData().toInt())};
    QStringList folders;
    for (const QString &folder : folders_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        folders.append(folder.trimmed());
    if (!folders.isEmpty())
        settings.watchedFolders = folders;
    if (!sentFolder_->text().trimmed().isEmpty())
        settings.sentFolder = sentFolder_->text().trimmed();
    settings.trustedCertificatePem = trustedPem_;
    return settings;
}

void EmailAccountDialog::formChanged()
{
    passed_ = false;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void EmailAccountDialog::testConnection()
{
    const email::EmailAccountSettings settings = settingsFromForm();
    if (!settings.address.contains(QLatin1Char('@')) || settings.imap.host.isEmpty() ||
        settings.smtp.host.isEmpty()) {
        showStatus(tr("Enter the mailbox's address and both servers."));
        return;
    }
    if (check_)
        check_->deleteLater();
    passed_ = false;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    trust_->hide();
    test_->setEnabled(false);
    showStatus(tr("Testing the connection…"));
    check_ = new email::EmailConnectionCheck(settings, password_->text(), this);
    connect(check_, &email::EmailConnectionCheck::finished, this, &EmailAccountDialog::showResult);
    check_->start();
}

void EmailAccountDialog::showResult(const email::EmailCheckResult &result)
{
    test_->setEnabled(true);
    if (result.ok()) {
        passed_ = true;
        showStatus(tr("Both servers answer, and the login works."));
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    showStatus(result.message);
    if (result.problem == email::ConnectionProblem::Tls && !result.certificate.isNull()) {
        offeredCertificate_ = result.certificate;
        trust_->setToolTip(tr("SHA-256 fingerprint: %1").arg(email::fingerprintText(result.certificate)));
        trust_->show();
    }
}

void EmailAccountDialog::save()
{
    if (!passed_)
        return;
    const email::EmailAccountSettings settings = settingsFromForm();
    buttons_->setEnabled(false);
    secrets_.write(email::emailSecretKey(settings.address), password_->text(),
                   [self = QPointer<EmailAccountDialog>(this), settings](const QString &error) {
                       if (!self)
                           return;
                       self->buttons_->setEnabled(true);
                       if (!error.isEmpty()) {
                           self->showStatus(
                               tr("The password could not be kept in the keychain: %1").arg(error));
                           return;
                       }
                       self->account_ = settings;
                       self->accept();
                   });
}

QAction *installAddEmailAccount(QMainWindow &window, email::EmailAccounts &accounts)
{
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("accountsMenu"));
    if (!menu)
        return nullptr;
    auto *action = new QAction(EmailAccountDialog::tr("Add &email account…"), menu);
    action->setObjectName(QStringLiteral("addEmailAccount"));
    auto *chatwoot = menu->findChild<QAction *>(QStringLiteral("addChatwootAccount"));
    const QList<QAction *> actions = menu->actions();
    const qsizetype after = actions.indexOf(chatwoot);
    menu->insertAction(after >= 0 && after + 1 < actions.size() ? actions.at(after + 1) : nullptr, action);
    QObject::connect(action, &QAction::triggered, &window, [&window, &accounts] {
        auto *dialog = new EmailAccountDialog(accounts.secrets(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, &accounts, [dialog, &accounts] {
            if (dialog->account())
                accounts.add(*dialog->account());
        });
        dialog->open();
    });
    return action;
}

void EmailAccountDialog::showStatus(const QString &text)
{
    status_->setText(text);
    // A wrapped label has a height only for a given width, which the dialog's minimum size does not ask for:
    // room is made for all its lines, so that the dialog grows instead of squeezing the fields above.
    status_->setMinimumHeight(text.isEmpty() ? 0 : status_->heightForWidth(qMax(status_->width(), 320)));
    adjustSize();
}

} // namespace kontor::ui
