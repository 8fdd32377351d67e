#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;

namespace kontor {
class Store;
}

namespace kontor::models {
class SearchResultsModel;
}

namespace kontor::ui {

class SearchFilterBar;

// Ctrl+K: one field searching customers, conversations and messages as the agent types, narrowed by the
// filters under it; arrows move through the results, Enter opens one — a message opens its conversation at
// that message.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *field() const { return field_; }
    QListView *results() const { return results_; }
    SearchFilterBar *filters() const { return filters_; }
    models::SearchResultsModel *model() const { return model_; }
    // Runs the pending search at once (it otherwise waits for a pause in typing).
    void searchNow();
    void openCurrent();

Q_SIGNALS:
    void conversationRequested(qint64 conversationId, qint64 messageId);
    void customerRequested(qint64 customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The first result made current, or the hint saying nothing was found.
    void showOutcome();

    models::SearchResultsModel *model_;
    QLineEdit *field_;
    SearchFilterBar *filters_;
    QListView *results_;
    QLabel *hint_;
    QTimer debounce_;
};

} // namespace kontor::ui
