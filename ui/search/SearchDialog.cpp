#include "ui/search/SearchDialog.h"

#include "models/SearchResultsModel.h"
#include "ui/search/SearchFilterBar.h"
#include "ui/search/SearchResultDelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace kontor::ui {

using models::SearchResultsModel;

SearchDialog::SearchDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , model_(new SearchResultsModel(store, this))
    , field_(new QLineEdit(this))
    , filters_(new SearchFilterBar(store, this))
    , results_(new QListView(this))
    , hint_(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));
    setAccessibleName(tr("Search"));
    field_->setObjectName(QStringLiteral("searchField"));
    field_->setPlaceholderText(tr("Search customers, conversations and messages"));
    field_->setAccessibleName(tr("Search"));
    field_->setClearButtonEnabled(true);
    QFont big = field_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    field_->setFont(big);
    field_->installEventFilter(this);
    results_->setObjectName(QStringLiteral("searchResults"));
    results_->setAccessibleName(tr("Search results"));
    results_->setModel(model_);
    results_->setItemDelegate(new SearchResultDelegate(results_));
    results_->setFrameShape(QFrame::NoFrame);
    results_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    results_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    hint_->setText(tr("↑↓ to move · Enter to open · Esc to close"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(field_);
    layout->addWidget(filters_);
    layout->addWidget(results_, 1);
    layout->addWidget(hint_);
    resize(720, 520);

    debounce_.setSingleShot(true);
    debounce_.setInterval(150);
    connect(&debounce_, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(field_, &QLineEdit::textChanged, this, [this] { debounce_.start(); });
    connect(field_, &QLineEdit::returnPressed, this, &SearchDialog::openCurrent);
    connect(results_, &QListView::activated, this, &SearchDialog::openCurrent);
    connect(filters_, &SearchFilterBar::changed, this, [this] {
        debounce_.stop();
        model_->setFilter(filters_->filter()); // searches again
        showOutcome();
    });
}

void SearchDialog::searchNow()
{
    debounce_.stop();
    model_->setQuery(field_->text());
    showOutcome();
}

void SearchDialog::showOutcome()
{
    const int first = model_->firstResultRow();
    if (first >= 0)
        results_->setCurrentIndex(model_->index(first));
    if (field_->text().trimmed().isEmpty())
        hint_->setText(tr("↑↓ to move · Enter to open · Esc to close"));
    else if (first < 0 && !model_->filter().isEmpty())
        hint_->setText(tr("Nothing found for “%1” with these filters").arg(field_->text().trimmed()));
    else if (first < 0)
        hint_->setText(tr("Nothing found for “%1”").arg(field_->text().trimmed()));
    else
        hint_->setText(tr("↑↓ to move · Enter to open · Esc to close"));
}

void SearchDialog::openCurrent()
{
    if (debounce_.isActive())
        searchNow();
    const QModelIndex index = results_->currentIndex();
    if (!index.isValid())
        return;
    const SearchResultsModel::Result &result = model_->resultAt(index.row());
    switch (result.kind) {
    case SearchResultsModel::Kind::Heading:
        return;
    case SearchResultsModel::Kind::Customer:
        Q_EMIT customerRequested(result.customerId);
        break;
    case SearchResultsModel::Kind::Conversation:
        Q_EMIT conversationRequested(result.conversationId, 0);
        break;
    case SearchResultsModel::Kind::Message:
        Q_EMIT conversationRequested(result.conversationId, result.messageId);
        break;
    }
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows move through the results while the typing stays in the field.
    if (watched == field_ && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(results_, &forwarded);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    field_->setFocus();
    field_->selectAll();
}

} // namespace kontor::ui
