#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace kontor {
class Store;
}

namespace kontor::ui {

// Corrects a customer: their name, identities added or removed, and an identity split off into a customer
// of its own (a contact record that was joined by mistake takes its conversations along). Each change is
// written at once; they stay in Kontor, and the dialog says so.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerEditDialog(Store &store, qint64 customerId, QWidget *parent = nullptr);

Q_SIGNALS:
    void reported(const QString &message);

private:
    void reload();
    void saveName();
    void addIdentity();
    void splitOff(const IdentityRow &identity);
    void remove(const IdentityRow &identity);
    void report(const QString &message);

    Store &store_;
    qint64 customerId_;
    QLineEdit *name_;
    QWidget *identities_;
    QVBoxLayout *identityLayout_;
    QComboBox *newKind_;
    QLineEdit *newValue_;
    QLabel *status_;
    QLabel *backendNote_; // where the changes go besides Kontor
};

} // namespace kontor::ui
