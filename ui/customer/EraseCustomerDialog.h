#pragma once

#include "store/erasure/CustomerErasure.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace kontor {
class Store;
}

namespace kontor::ui {

// Asks before a customer is erased from this computer, and says what goes: how many conversations,
// messages, identities and attachments, the actions for them not sent yet (discarded first, which the agent
// agrees to by ticking a box), and the damaged stores set aside earlier (deleted, as they hold everyone).
// Accepting does not erase; the caller does, through the store.
class EraseCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    EraseCustomerDialog(Store &store, qint64 customerId, QWidget *parent = nullptr);

    qint64 customerId() const { return customerId_; }
    const ErasurePreview &preview() const { return preview_; }
    // The summary of what goes, as shown.
    QString summary() const;
    QListWidget *pendingList() const { return pending_; }
    QCheckBox *discardConsent() const { return consent_; }
    QPushButton *eraseButton() const;

private:
    void updateButton();

    qint64 customerId_;
    ErasurePreview preview_;
    QLabel *summary_;
    QListWidget *pending_;
    QCheckBox *consent_;
    QDialogButtonBox *buttons_;
};

} // namespace kontor::ui
