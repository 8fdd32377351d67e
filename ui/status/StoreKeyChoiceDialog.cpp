#include "ui/status/StoreKeyChoiceDialog.h"

#include <QPushButton>

namespace kontor::ui {

StoreKeyChoiceDialog::StoreKeyChoiceDialog(const QString &reason, bool storeIsEncrypted, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("storeKeyChoice"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Kontor"));
    setText(tr("Kontor keeps its local store encrypted, with the key in the system keychain, but the "
               "keychain cannot be used now."));
    // What to do comes first; the keychain's own words (often a technical D-Bus message) are one click away.
    QString advice;
    if (storeIsEncrypted) {
        advice = tr("The store is encrypted and opens only with its key: start or unlock the "
                    "keychain (GNOME Keyring, KWallet or KeePassXC), then choose Try Again.");
    } else {
        advice = tr("Start or unlock the keychain (GNOME Keyring, KWallet or KeePassXC), then choose "
                    "Try Again. Or keep working with an unencrypted store: anyone who gets hold "
                    "of this computer's files can then read your customers' conversations. Kontor "
                    "shows a warning while it runs so, and encrypts the store at a later start "
                    "once the keychain answers.");
    }
    setInformativeText(advice);
    setDetailedText(reason);
    retry_ = addButton(tr("Try Again"), QMessageBox::AcceptRole);
    retry_->setObjectName(QStringLiteral("retryKeychain"));
    if (!storeIsEncrypted) {
        keepUnencrypted_ = addButton(tr("Continue Unencrypted"), QMessageBox::DestructiveRole);
        keepUnencrypted_->setObjectName(QStringLiteral("keepUnencrypted"));
    }
    quit_ = addButton(tr("Quit"), QMessageBox::RejectRole);
    quit_->setObjectName(QStringLiteral("quitWithoutStore"));
    setDefaultButton(static_cast<QPushButton *>(retry_));
    setEscapeButton(quit_);
}

StoreKeyChoice StoreKeyChoiceDialog::choice() const
{
    if (clickedButton() == retry_)
        return StoreKeyChoice::Retry;
    if (keepUnencrypted_ && clickedButton() == keepUnencrypted_)
        return StoreKeyChoice::KeepUnencrypted;
    return StoreKeyChoice::Quit;
}

} // namespace kontor::ui
