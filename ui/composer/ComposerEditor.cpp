#include "ui/composer/ComposerEditor.h"

#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace kontor::ui {

namespace {
constexpr int kInsertRole = Qt::UserRole + 1;
constexpr int kAgentRole = Qt::UserRole + 2;
} // namespace

ComposerEditor::ComposerEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , completer_(new QCompleter(this))
    , items_(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("composerEditor"));
    setTabChangesFocus(true);
    completer_->setModel(items_);
    completer_->setWidget(this);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setMaxVisibleItems(8);
    completer_->popup()->setObjectName(QStringLiteral("composerCompletions"));
    completer_->popup()->setAccessibleName(tr("Suggestions"));
    connect(completer_, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ComposerEditor::insertCompletion);
    // Installed after the completer's own filter, so it sees the popup's keys first: Tab takes a suggestion
    // as Enter does.
    completer_->popup()->installEventFilter(this);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (completer_->popup()->isVisible())
            updateCompletion();
    });
}

void ComposerEditor::setSources(models::CannedResponseModel *canned, models::AgentListModel *agents)
{
    canned_ = canned;
    agents_ = agents;
}

QSize ComposerEditor::sizeHint() const
{
    // Four lines to start with; the timeline above gets the rest of the height.
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 12};
}

bool ComposerEditor::isCompleting() const
{
    return completer_->popup()->isVisible();
}

QString ComposerEditor::tokenBeforeCursor(int *start) const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    int from = column;
    while (from > 0 && !line.at(from - 1).isSpace())
        --from;
    *start = cursor.block().position() + from;
    return line.mid(from, column - from);
}

void ComposerEditor::updateCompletion()
{
    int start = 0;
    const QString token = tokenBeforeCursor(&start);
    items_->clear();
    mode_ = Mode::None;
    if (token.startsWith(u'/') && canned_) {
        mode_ = Mode::Canned;
        for (const CannedResponseRow &response : canned_->search(token.mid(1), 12)) {
            auto *item = new QStandardItem(
                QStringLiteral("/%1  —  %2").arg(response.shortCode, response.content.simplified().left(70)));
            item->setData(response.content, kInsertRole);
            item->setToolTip(response.content);
            items_->appendRow(item);
        }
    } else if (token.startsWith(u'@') && mentionsEnabled_ && agents_) {
        mode_ = Mode::Mention;
        const QString query = token.mid(1);
        for (const AgentRow &agent : agents_->agents()) {
            if (agent.isSelf)
                continue;
            const bool matches = query.isEmpty() || agent.name.startsWith(query, Qt::CaseInsensitive) ||
                                 agent.name.contains(u' ' + query, Qt::CaseInsensitive);
            if (!matches)
                continue;
            // The same colleague on two accounts is one person to mention.
            if (!items_->findItems(agent.name).isEmpty())
                continue;
            auto *item = new QStandardItem(agent.name);
            item->setData(QString(u'@' + agent.name), kInsertRole);
            item->setData(agent.id, kAgentRole);
            items_->appendRow(item);
        }
    }
    if (mode_ == Mode::None || items_->rowCount() == 0) {
        completer_->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(qMin(520, width() - 20));
    completer_->complete(rect);
    completer_->popup()->setCurrentIndex(items_->index(0, 0));
}

void ComposerEditor::insertCompletion(const QModelIndex &index)
{
    int start = 0;
    tokenBeforeCursor(&start);
    QString text = index.data(kInsertRole).toString();
    if (mode_ == Mode::Canned)
        text = models::fillCannedVariables(text, cannedValues_);
    if (mode_ == Mode::Mention)
        mentionIds_.insert(text, index.data(kAgentRole).toLongLong());
    QTextCursor cursor = textCursor();
    cursor.setPosition(start);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(text + u' ');
    setTextCursor(cursor);
    completer_->popup()->hide();
    mode_ = Mode::None;
}

QList<qint64> ComposerEditor::mentionedAgents() const
{
    QList<qint64> ids;
    const QString text = toPlainText();
    for (auto it = mentionIds_.cbegin(); it != mentionIds_.cend(); ++it) {
        if (text.contains(it.key()) && !ids.contains(it.value()))
            ids.append(it.value());
    }
    // Names typed in full without picking them count too.
    if (agents_) {
        for (const AgentRow &agent : agents_->agents()) {
            if (!agent.isSelf && text.contains(u'@' + agent.name) && !ids.contains(agent.id) &&
                !mentionIds_.contains(u'@' + agent.name))
                ids.append(agent.id);
        }
    }
    return ids;
}

void ComposerEditor::keyPressEvent(QKeyEvent *event)
{
    if (completer_->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            if (completer_->popup()->currentIndex().isValid()) {
                insertCompletion(completer_->popup()->currentIndex());
                return;
            }
            break;
        case Qt::Key_Escape:
            completer_->popup()->hide();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            event->ignore(); // the popup moves its selection
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (!typed.isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

bool ComposerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == completer_->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = completer_->popup()->currentIndex();
        if ((key == Qt::Key_Tab || key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()) {
            insertCompletion(current);
            return true;
        }
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

bool ComposerEditor::focusNextPrevChild(bool next)
{
    // Tab moves focus on, except while a suggestion is offered: then it takes the suggestion.
    if (isCompleting() && completer_->popup()->currentIndex().isValid()) {
        insertCompletion(completer_->popup()->currentIndex());
        return true;
    }
    return QPlainTextEdit::focusNextPrevChild(next);
}

void ComposerEditor::focusInEvent(QFocusEvent *event)
{
    completer_->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

} // namespace kontor::ui
