#include "ui/customer/CustomerEditDialog.h"

#include "identity/CustomerMerge.h"
#include "models/CustomerProfile.h"
#include "models/CustomerRecords.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace kontor::ui {

CustomerEditDialog::CustomerEditDialog(Store &store, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , store_(store)
    , customerId_(customerId)
    , name_(new QLineEdit(this))
    , identities_(new QWidget(this))
    , identityLayout_(new QVBoxLayout(identities_))
    , newKind_(new QComboBox(this))
    , newValue_(new QLineEdit(this))
    , status_(new QLabel(this))
    , backendNote_(new QLabel(this))
{
    setObjectName(QStringLiteral("customerEditDialog"));
    setWindowTitle(tr("Edit customer"));
    name_->setObjectName(QStringLiteral("editName"));
    name_->setAccessibleName(tr("Name"));
    auto *saveName = new QPushButton(tr("Rename"), this);
    saveName->setObjectName(QStringLiteral("renameButton"));
    connect(saveName, &QPushButton::clicked, this, &CustomerEditDialog::saveName);
    connect(name_, &QLineEdit::returnPressed, this, &CustomerEditDialog::saveName);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(name_, 1);
    nameRow->addWidget(saveName);

    identityLayout_->setContentsMargins(0, 0, 0, 0);
    newKind_->addItem(tr("Email address"), int(IdentityKind::Email));
    newKind_->addItem(tr("Phone number"), int(IdentityKind::Phone));
    newKind_->setAccessibleName(tr("Kind of identity"));
    newValue_->setObjectName(QStringLiteral("newIdentity"));
    newValue_->setAccessibleName(tr("New identity"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addIdentityButton"));
    connect(add, &QPushButton::clicked, this, &CustomerEditDialog::addIdentity);
    connect(newValue_, &QLineEdit::returnPressed, this, &CustomerEditDialog::addIdentity);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newKind_);
    addRow->addWidget(newValue_, 1);
    addRow->addWidget(add);

    status_->setObjectName(QStringLiteral("editStatus"));
    status_->setWordWrap(true);
    backendNote_->setObjectName(QStringLiteral("backendNote"));
    backendNote_->setWordWrap(true);
    backendNote_->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), nameRow);
    form->addRow(tr("Identities"), identities_);
    form->addRow(tr("Add"), addRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(backendNote_);
    layout->addWidget(buttons);
    reload();
    resize(480, 360);
}

void CustomerEditDialog::reload()
{
    models::CustomerRecords records(store_);
    const std::optional<CustomerRow> customer = records.customer(customerId_);
    if (!customer)
        return;
    if (!name_->isModified())
        name_->setText(customer->name);
    while (QLayoutItem *item = identityLayout_->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const QList<AccountRow> accounts = records.accounts();
    const QStringList contactAccounts = records.contactAccountNames(*customer);
    backendNote_->setText(
        contactAccounts.isEmpty()
            ? tr("No backend has a contact record of this customer: changes are kept in Kontor only.")
            : tr("A new name, and an email address or phone number the contact does not have yet, are also "
                 "sent to the customer's contact record on %1. Splits and removals change Kontor only.")
                  .arg(QLocale().createSeparatedList(contactAccounts)));
    for (const IdentityRow &identity : customer->identities) {
        auto *row = new QWidget(identities_);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QString text = models::identityForDisplay(identity);
        if (identity.kind == IdentityKind::ContactId) {
            QString account;
            for (const AccountRow &a : accounts) {
                if (identity.accountId && a.id == *identity.accountId)
                    account = a.name;
            }
            text = tr("Contact %1 on %2").arg(identity.value, account);
        }
        auto *label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("editIdentity"));
        auto *split = new QPushButton(tr("Split off"), row);
        split->setObjectName(QStringLiteral("splitButton"));
        split->setAccessibleName(tr("Split %1 off into a customer of its own").arg(text));
        connect(split, &QPushButton::clicked, this, [this, identity] { splitOff(identity); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(split);
        if (identity.kind != IdentityKind::ContactId) {
            auto *remove = new QPushButton(tr("Remove"), row);
            remove->setObjectName(QStringLiteral("removeIdentityButton"));
            remove->setAccessibleName(tr("Remove %1").arg(text));
            connect(remove, &QPushButton::clicked, this, [this, identity] { this->remove(identity); });
            rowLayout->addWidget(remove);
        }
        identityLayout_->addWidget(row);
    }
}

void CustomerEditDialog::report(const QString &message)
{
    status_->setText(message);
    Q_EMIT reported(message);
}

void CustomerEditDialog::saveName()
{
    CustomerMerge::rename(store_, customerId_, name_->text())
        .then(this,
              [this] {
                  name_->setModified(false);
                  report(tr("Name saved."));
              })
        .onFailed(this, [this](const MergeRefused &refused) { report(refused.message()); })
        .onFailed(this, [this] { report(tr("The name could not be saved.")); });
}

void CustomerEditDialog::addIdentity()
{
    const auto kind = IdentityKind(newKind_->currentData().toInt());
    CustomerMerge::addIdentity(store_, customerId_, kind, newValue_->text())
        .then(this,
              [this](qint64) {
                  newValue_->clear();
                  reload();
                  report(tr("Identity added."));
              })
        .onFailed(this, [this](const MergeRefused &refused) { report(refused.message()); })
        .onFailed(this, [this] { report(tr("The identity could not be added.")); });
}

void CustomerEditDialog::splitOff(const IdentityRow &identity)
{
    CustomerMerge::split(store_, identity.id, name_->text())
        .then(this,
              [this](qint64) {
                  reload();
                  report(tr("Split off into a customer of its own."));
              })
        .onFailed(this, [this](const MergeRefused &refused) { report(refused.message()); })
        .onFailed(this, [this] { report(tr("The identity could not be split off.")); });
}

void CustomerEditDialog::remove(const IdentityRow &identity)
{
    CustomerMerge::removeIdentity(store_, identity.id)
        .then(this,
              [this] {
                  reload();
                  report(tr("Identity removed."));
              })
        .onFailed(this, [this](const MergeRefused &refused) { report(refused.message()); })
        .onFailed(this, [this] { report(tr("The identity could not be removed.")); });
}

} // namespace kontor::ui
