#pragma once

#include "models/CannedVariables.h"

#include <QHash>
#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

namespace kontor::models {
class AgentListModel;
class CannedResponseModel;
} // namespace kontor::models

namespace kontor::ui {

// The text field of the composer. Typing "/" at the start of a word offers the canned responses whose code
// starts with (or whose text contains) what follows; typing "@" in a note offers colleagues to mention.
// Ctrl+Enter asks to send.
class ComposerEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEditor(QWidget *parent = nullptr);

    void setSources(models::CannedResponseModel *canned, models::AgentListModel *agents);
    void setMentionsEnabled(bool enabled) { mentionsEnabled_ = enabled; }
    // What a canned response's variables ({{contact.first_name}}, {{agent.name}}…) are filled with.
    void setCannedVariables(const models::CannedVariableValues &values) { cannedValues_ = values; }
    // The agents mentioned ("@Name") in the text as it is now.
    QList<qint64> mentionedAgents() const;
    bool isCompleting() const;
    QCompleter *completer() const { return completer_; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Mode
    {
        None,
        Canned,
        Mention,
    };
    void updateCompletion();
    void insertCompletion(const QModelIndex &index);
    // The word being typed before the cursor and where it starts.
    QString tokenBeforeCursor(int *start) const;

    QCompleter *completer_;
    QStandardItemModel *items_;
    models::CannedResponseModel *canned_ = nullptr;
    models::AgentListModel *agents_ = nullptr;
    bool mentionsEnabled_ = false;
    models::CannedVariableValues cannedValues_;
    Mode mode_ = Mode::None;
    QHash<QString, qint64> mentionIds_; // "@Jonas Weber" -> agent id
};

} // namespace kontor::ui
