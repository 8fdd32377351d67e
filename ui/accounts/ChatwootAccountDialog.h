#pragma once

#include "connectors/chatwoot/setup/ChatwootAccount.h"
#include "connectors/chatwoot/setup/ChatwootSignIn.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QWidget;

namespace kontor {
class SecretStore;
}

namespace kontor::ui {

// Adds a Chatwoot account, in three steps on one dialog:
//  1. the server's address, and either email and password or an access token;
//  2. the one-time or backup code, when the account has two-factor authentication on;
//  3. the Chatwoot account to use, with a connection test.
// "Add account" keeps the access token in the SecretStore (the OS keychain) and nothing else; account() then
// gives what the caller keeps in its settings. Every failure is shown in words on the dialog; the keyboard
// reaches everything (mnemonics, Enter for the next step, Escape to cancel).
class ChatwootAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChatwootAccountDialog(SecretStore &secrets, QWidget *parent = nullptr);
    ~ChatwootAccountDialog() override;

    void setServerAddress(const QString &address);
    // Signing in again to an account added before, whose token the server no longer accepts: the server is
    // fixed, the same user must sign in, and the account is tested and saved without asking which it is.
    void setSignInAgain(const chatwoot::ChatwootAccount &account);
    bool isSigningInAgain() const { return again_.has_value(); }
    // The account added; set once the dialog was accepted.
    std::optional<chatwoot::ChatwootAccount> account() const { return account_; }

    // For tests and screenshots.
    chatwoot::ChatwootSignIn &signIn() { return signIn_; }
    int step() const;
    QString statusText() const;

private:
    enum Step
    {
        ServerStep,
        CodeStep,
        AccountStep
    };

    QWidget *buildServerStep();
    QWidget *buildCodeStep();
    QWidget *buildAccountStep();
    void goTo(Step step);
    void next();
    void back();
    void updateMethod();
    void updateButtons();
    void updateTransportWarning();
    void setBusy(bool busy, const QString &what = {});
    void showProblem(const QString &message);
    void showProfile(const chatwoot::Profile &profile);
    void saveSignInAgain(const chatwoot::Profile &profile);
    qint64 chosenAccount() const;

    SecretStore &secrets_;
    chatwoot::ChatwootSignIn signIn_;
    std::optional<chatwoot::ChatwootAccount> account_;
    std::optional<chatwoot::ChatwootAccount> again_;
    qint64 testedAccount_ = 0;
    bool saveWhenTested_ = false;
    bool busy_ = false;

    QStackedWidget *steps_ = nullptr;
    QLabel *status_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
    QPushButton *back_ = nullptr;
    QPushButton *next_ = nullptr;
    QPushButton *test_ = nullptr;

    QLabel *intro_ = nullptr;
    QLabel *transportWarning_ = nullptr; // says when the typed address would not be encrypted
    QLineEdit *server_ = nullptr;
    QRadioButton *usePassword_ = nullptr;
    QRadioButton *useToken_ = nullptr;
    QWidget *passwordFields_ = nullptr;
    QWidget *tokenFields_ = nullptr;
    QLineEdit *email_ = nullptr;
    QLineEdit *password_ = nullptr;
    QLineEdit *token_ = nullptr;

    QLineEdit *code_ = nullptr;
    QCheckBox *backupCode_ = nullptr;

    QLabel *signedInAs_ = nullptr;
    QListWidget *accounts_ = nullptr;
};

} // namespace kontor::ui
