#include "ui/customer/EraseCustomerDialog.h"

#include "models/CustomerRecords.h"
#include "store/Store.h"
#include "store/erasure/ErasureCleanup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

EraseCustomerDialog::EraseCustomerDialog(Store &store, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , customerId_(customerId)
    , preview_(models::CustomerRecords(store).erasurePreview(customerId))
    , summary_(new QLabel(this))
    , pending_(new QListWidget(this))
    , consent_(new QCheckBox(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eraseCustomerDialog"));
    const QString name = preview_.customerName.isEmpty() ? tr("this customer") : preview_.customerName;
    setWindowTitle(tr("Erase %1").arg(name));

    auto *layout = new QVBoxLayout(this);
    summary_->setObjectName(QStringLiteral("eraseSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    summary_->setText(summary());
    layout->addWidget(summary_);

    pending_->setObjectName(QStringLiteral("erasePendingActions"));
    consent_->setObjectName(QStringLiteral("eraseDiscardConsent"));
    if (!preview_.pendingActions.isEmpty()) {
        auto *heading = new QLabel(tr("%n action(s) for them not sent yet will be discarded first:", nullptr,
                                      int(preview_.pendingActions.size())),
                                   this);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        pending_->addItems(models::CustomerRecords(store).pendingActionTexts(preview_));
        layout->addWidget(pending_);
        consent_->setText(tr("Discard these unsent actions"));
        layout->addWidget(consent_);
    } else {
        pending_->hide();
        consent_->hide();
    }

    const int setAside = int(ErasureCleanup::setAsideStores(store.path()).size());
    if (setAside > 0) {
        auto *note = new QLabel(tr("%n damaged copy(ies) of the store set aside earlier hold(s) them too and "
                                   "will be deleted.",
                                   nullptr, setAside),
                                this);
        note->setObjectName(QStringLiteral("eraseSetAsideNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *backend = new QLabel(tr("This cannot be undone. It removes them from this computer only: the "
                                  "records your backends keep about them are not changed, and a new message "
                                  "from them brings them back."),
                               this);
    backend->setWordWrap(true);
    layout->addWidget(backend);

    QPushButton *erase = buttons_->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(consent_, &QCheckBox::toggled, this, &EraseCustomerDialog::updateButton);
    layout->addWidget(buttons_);
    buttons_->button(QDialogButtonBox::Cancel)->setDefault(true);
    updateButton();
}

QString EraseCustomerDialog::summary() const
{
    if (!preview_.found)
        return tr("This customer is no longer in the store.");
    const QString name = preview_.customerName.isEmpty() ? tr("This customer") : preview_.customerName;
    return tr("%1 and everything about them will be erased from this computer: %2, %3, %4 and %5, with "
              "their notes, attributes, satisfaction answers, join history, drafts and sent files.")
        .arg(name, tr("%n conversation(s)", nullptr, preview_.conversations),
             tr("%n message(s)", nullptr, preview_.messages),
             tr("%n identity(ies)", nullptr, preview_.identities),
             tr("%n attachment(s)", nullptr, preview_.attachments));
}

QPushButton *EraseCustomerDialog::eraseButton() const
{
    return findChild<QPushButton *>(QStringLiteral("eraseButton"));
}

void EraseCustomerDialog::updateButton()
{
    const bool consented = preview_.pendingActions.isEmpty() || consent_->isChecked();
    eraseButton()->setEnabled(preview_.found && consented);
}

} // namespace kontor::ui
