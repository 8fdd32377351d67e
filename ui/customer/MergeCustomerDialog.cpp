#include "ui/customer/MergeCustomerDialog.h"

#include "identity/CustomerMerge.h"
#include "models/CustomerRecords.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
constexpr int kCustomerIdRole = Qt::UserRole + 1;
}

MergeCustomerDialog::MergeCustomerDialog(Store &store, qint64 survivorId, const QString &survivorName,
                                         QWidget *parent)
    : QDialog(parent)
    , store_(store)
    , survivorId_(survivorId)
    , search_(new QLineEdit(this))
    , results_(new QListWidget(this))
    , preview_(new QLabel(this))
    , merge_(nullptr)
{
    setObjectName(QStringLiteral("mergeCustomerDialog"));
    setWindowTitle(tr("Merge into %1").arg(survivorName));
    auto *intro = new QLabel(tr("Find the customer who is the same person as %1. Their conversations and "
                                "identities become %1's; you can undo it in the customer panel.")
                                 .arg(survivorName),
                             this);
    intro->setWordWrap(true);
    search_->setObjectName(QStringLiteral("mergeSearch"));
    search_->setPlaceholderText(tr("Name, email address or phone number"));
    search_->setAccessibleName(tr("Search customers"));
    search_->setClearButtonEnabled(true);
    results_->setObjectName(QStringLiteral("mergeResults"));
    results_->setAccessibleName(tr("Customers found"));
    results_->setUniformItemSizes(true);
    preview_->setObjectName(QStringLiteral("mergePreview"));
    preview_->setWordWrap(true);
    preview_->setText(tr("Pick a customer to see what the merge changes."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    merge_ = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge_->setObjectName(QStringLiteral("mergeConfirm"));
    merge_->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(search_, &QLineEdit::textChanged, this, &MergeCustomerDialog::search);
    connect(results_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        picked_ = item ? item->data(kCustomerIdRole).toLongLong() : 0;
        updatePreview();
    });
    connect(results_, &QListWidget::itemActivated, this, [this] {
        if (merge_->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(search_);
    layout->addWidget(results_, 1);
    layout->addWidget(preview_);
    layout->addWidget(buttons);
    resize(440, 420);
}

void MergeCustomerDialog::pick(qint64 customerId, const QString &name)
{
    results_->clear();
    auto *item = new QListWidgetItem(name, results_);
    item->setData(kCustomerIdRole, customerId);
    results_->setCurrentItem(item);
}

void MergeCustomerDialog::search(const QString &text)
{
    results_->clear();
    for (const CustomerMatch &match : models::CustomerRecords(store_).find(text)) {
        if (match.id == survivorId_)
            continue;
        const QString name = match.name.isEmpty() ? tr("Unknown customer") : match.name;
        auto *item = new QListWidgetItem(
            match.identities.isEmpty() ? name : tr("%1 — %2").arg(name, match.identities), results_);
        item->setData(kCustomerIdRole, match.id);
    }
    if (results_->count() > 0)
        results_->setCurrentRow(0);
}

void MergeCustomerDialog::updatePreview()
{
    merge_->setEnabled(picked_ != 0);
    if (picked_ == 0) {
        preview_->setText(tr("Pick a customer to see what the merge changes."));
        return;
    }
    const joins::JoinPreview preview = models::CustomerRecords(store_).mergePreview(survivorId_, picked_);
    QString text = tr("Moves %n conversation(s)", nullptr, int(preview.conversations)) +
                   QStringLiteral(", ") + tr("%n identity(s)", nullptr, int(preview.identities)) +
                   QStringLiteral(", ") + tr("%n attribute(s)", nullptr, int(preview.attributes)) +
                   QStringLiteral(". ");
    text += preview.backendsAsked.isEmpty()
                ? tr("No backend knows both as contacts: the merge stays in Kontor.")
                : tr("%1 will be asked to merge its contacts too; that cannot be undone there.")
                      .arg(preview.backendsAsked.join(QStringLiteral(", ")));
    preview_->setText(text);
}

} // namespace kontor::ui
