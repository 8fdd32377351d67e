// Opens the Chatwoot account dialog on its own, for trying the sign-in by hand (for example against
// kontor-fake-chatwoot) before the dialog is reached from the app's settings:
//
//   kontor-chatwoot-account-dialog [--server URL] [--memory-keychain] [--screenshot FILE]
//
// It prints the account settings the app would keep (never the token) when an account was added.
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "ui/accounts/ChatwootAccountDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kontor-chatwoot-account-dialog"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Fill in this server address."),
                                    QStringLiteral("url"));
    const QCommandLineOption memory(
        QStringLiteral("memory-keychain"),
        QStringLiteral("Keep the token in memory instead of the system keychain."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the dialog after a second, then quit."), QStringLiteral("file"));
    parser.addOptions({server, memory, screenshot});
    parser.process(app);

    std::unique_ptr<kontor::SecretStore> secrets;
    if (parser.isSet(memory))
        secrets = std::make_unique<kontor::MemorySecretStore>();
    else
        secrets = std::make_unique<kontor::KeychainSecretStore>();
    kontor::ui::ChatwootAccountDialog dialog(*secrets);
    if (parser.isSet(server))
        dialog.setServerAddress(parser.value(server));
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1000, &dialog, [&] {
            dialog.grab().save(parser.value(screenshot));
            dialog.reject();
        });
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.account())
        return 1;
    const kontor::chatwoot::ChatwootAccount account = *dialog.account();
    QTextStream(stdout) << "server=" << account.server.toString() << "\naccountId=" << account.accountId
                        << "\naccountName=" << account.accountName << "\nuserId=" << account.userId
                        << "\nkeychain entry=" << account.secretKey() << "\n";
    return 0;
}
