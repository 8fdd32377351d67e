#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kontor {
class Store;
}

namespace kontor::ui {

// Picks another customer to merge into this one: search by name, address or number, see what the merge
// would change (conversations, identities, and whether a backend is asked to merge its contacts too), then
// merge. The dialog only chooses; the caller merges.
class MergeCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    MergeCustomerDialog(Store &store, qint64 survivorId, const QString &survivorName,
                        QWidget *parent = nullptr);

    // Shows this customer as the one picked, as when a suggestion is merged.
    void pick(qint64 customerId, const QString &name);
    qint64 pickedCustomer() const { return picked_; }

private:
    void search(const QString &text);
    void updatePreview();

    Store &store_;
    qint64 survivorId_;
    qint64 picked_ = 0;
    QLineEdit *search_;
    QListWidget *results_;
    QLabel *preview_;
    QPushButton *merge_;
};

} // namespace kontor::ui
