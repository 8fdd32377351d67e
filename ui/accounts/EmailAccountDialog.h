#pragma once

#include "connectors/email/account/EmailAccountSettings.h"
#include "connectors/email/account/EmailConnectionCheck.h"

#include <QDialog>
#include <QPointer>
#include <QSslCertificate>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QSpinBox;

namespace kontor {
class SecretStore;
}

namespace kontor::email {
class EmailAccounts;
}

namespace kontor::ui {

// Adds a shared mailbox: address and name, the IMAP and SMTP servers with port and TLS (implicit or
// STARTTLS), the login and password, the folders to watch and the Sent folder. "Test connection" says what is
// wrong in words; a certificate that does not verify is shown with its SHA-256 fingerprint, and "Trust this
// certificate" accepts exactly that one. "Add account" is possible after a test passed; it keeps the password
// in the SecretStore (the OS keychain), never in the settings.
class EmailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmailAccountDialog(SecretStore &secrets, QWidget *parent = nullptr);
    ~EmailAccountDialog() override;

    // The account added; set once the dialog was accepted.
    std::optional<email::EmailAccountSettings> account() const { return account_; }
    // For tests.
    QString statusText() const;
    void testConnection();

private:
    void showStatus(const QString &text);
    email::EmailAccountSettings settingsFromForm() const;
    void showResult(const email::EmailCheckResult &result);
    void formChanged();
    void save();

    SecretStore &secrets_;
    QLineEdit *address_ = nullptr;
    QLineEdit *name_ = nullptr;
    QLineEdit *user_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLineEdit *imapHost_ = nullptr;
    QSpinBox *imapPort_ = nullptr;
    QComboBox *imapTls_ = nullptr;
    QLineEdit *smtpHost_ = nullptr;
    QSpinBox *smtpPort_ = nullptr;
    QComboBox *smtpTls_ = nullptr;
    QLineEdit *folders_ = nullptr;
    QLineEdit *sentFolder_ = nullptr;
    QLabel *status_ = nullptr;
    QPushButton *test_ = nullptr;
    QPushButton *trust_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
    QPointer<email::EmailConnectionCheck> check_;
    QSslCertificate offeredCertificate_;
    QByteArray trustedPem_;
    bool passed_ = false;
    std::optional<email::EmailAccountSettings> account_;
};

// Puts "Add email account…" into the window's Accounts menu (after the Chatwoot entry), opening the dialog
// and adding the account to the workspace when it is accepted.
QAction *installAddEmailAccount(QMainWindow &window, email::EmailAccounts &accounts);

} // namespace kontor::ui
