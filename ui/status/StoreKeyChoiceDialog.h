#pragma once

#include <QMessageBox>

namespace kontor::ui {

// What the agent chose when the keychain holding the store's key did not answer.
enum class StoreKeyChoice
{
    Retry,           // ask the keychain again (after starting or unlocking it)
    KeepUnencrypted, // work on an unencrypted store for this session, with a warning shown all along
    Quit,
};

// Says that no keychain answered and why, and lets the agent choose: try again, keep the store unencrypted
// (only while it is not encrypted already: an encrypted store opens with its key alone), or quit. Kontor
// never decides this by itself.
class StoreKeyChoiceDialog : public QMessageBox
{
    Q_OBJECT
public:
    StoreKeyChoiceDialog(const QString &reason, bool storeIsEncrypted, QWidget *parent = nullptr);

    StoreKeyChoice choice() const;
    QAbstractButton *retryButton() const { return retry_; }
    QAbstractButton *keepUnencryptedButton() const { return keepUnencrypted_; } // null for an encrypted store
    QAbstractButton *quitButton() const { return quit_; }

private:
    QAbstractButton *retry_ = nullptr;
    QAbstractButton *keepUnencrypted_ = nullptr;
    QAbstractButton *quit_ = nullptr;
};

} // namespace kontor::ui
