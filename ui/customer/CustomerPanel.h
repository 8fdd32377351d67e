#pragma once

#include "models/CustomerProfile.h"
#include "ui/WorkspaceContext.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QListView;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace kontor::models {
class CurrentCustomerProfile;
class CustomerConversationsModel;
} // namespace kontor::models

namespace kontor::ui {

class EmptyState;

// The customer behind the open conversation: name, identities per channel, language and local time (guessed
// from their number or address), how they reach us, what the backends know of them, satisfaction, earlier
// conversations on every channel and connector, and possible duplicates to merge — with the merges made so
// far, each one undoable.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(const WorkspaceContext &context, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId, qint64 openConversationId);
    void clear();
    qint64 customerId() const { return profile_ ? profile_->customer.id : 0; }
    const std::optional<models::CustomerProfile> &profile() const { return profile_; }
    QListView *conversations() const { return conversationList_; }

    // Merges a suggested duplicate into this customer / undoes a merge; both go through the store.
    void mergeCandidate(qint64 otherCustomerId, const QString &reason);
    void undoMerge(qint64 mergeId);
    // Search and pick another customer to merge into this one, with a preview of what changes.
    void openMergeDialog();
    // Correct the name and identities, or split an identity off.
    void openEditDialog();
    // Asks, saying what goes, then erases the customer from this computer.
    void openEraseDialog();

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);
    void reported(const QString &message);

private:
    void rebuild();
    void updateLocalTime();
    QWidget *section(const QString &title, QWidget *content);

    WorkspaceContext context_;
    std::optional<models::CustomerProfile> profile_;
    qint64 openConversation_ = 0;
    QStackedWidget *stack_;
    EmptyState *empty_;
    QScrollArea *scroll_;
    QWidget *body_ = nullptr;
    QVBoxLayout *bodyLayout_ = nullptr;
    QLabel *localTime_ = nullptr;
    QListView *conversationList_;
    models::CustomerConversationsModel *conversationModel_ = nullptr;
    models::CurrentCustomerProfile *profileSource_ = nullptr;
    QTimer clock_;
    QTimer rebuildTimer_;
};

} // namespace kontor::ui
