#pragma once

#include "models/ReachableChannels.h"
#include "store/queries/InboxQueries.h"
#include "ui/WorkspaceContext.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;
class QToolButton;
class QHBoxLayout;

namespace kontor::models {
class AgentListModel;
class CannedResponseModel;
} // namespace kontor::models

namespace kontor::ui {

class ComposerEditor;
class ComposerSpelling;
class ConversationCommands;

// Writing to the customer, or to the team. A reply goes out on the channel chosen from those the customer can
// be reached on: their conversation on that channel continues (a channel where they have none yet is listed
// but cannot start one from here). A note is internal, amber, and can mention colleagues. Canned responses
// come with "/", the draft of every conversation is kept, Ctrl+Enter sends; offline, what is sent waits in
// the outbox and the composer says so.
class Composer : public QWidget
{
    Q_OBJECT
public:
    Composer(const WorkspaceContext &context, ConversationCommands &commands,
             models::CannedResponseModel *canned, models::AgentListModel *agents, QWidget *parent = nullptr);
    ~Composer() override;

    void setConversation(const ConversationRow &row);
    void clearConversation();
    void startReply();
    void startNote();
    bool isNote() const { return note_; }
    // Reply or Note, as two tabs.
    QTabBar *modeTabs() const { return modes_; }
    ComposerEditor *editor() const { return editor_; }
    ComposerSpelling *spelling() const { return spelling_; }
    // Checks this message's spelling (the toggle); every new message starts as the settings say.
    QToolButton *spellingToggle() const { return spellingToggle_; }
    QComboBox *channelSelector() const { return channels_; }
    // The conversation a send goes to with the channel chosen now.
    std::optional<qint64> targetConversation() const;
    QStringList attachments() const { return attachments_; }
    void addAttachment(const QString &path);
    // Saves the draft now (it is also saved as the agent types).
    void saveDraft();

Q_SIGNALS:
    // A message went to another conversation of the customer than the open one.
    void sentElsewhere(qint64 conversationId, kontor::Channel channel);
    void sent(qint64 conversationId);

public Q_SLOTS:
    void send();

private:
    void setNote(bool note);
    // Answering on a channel where the customer has no conversation yet starts one there.
    void startConversation(const QString &text, const models::ChannelChoice &choice);
    // keepChoice: the agent's choice of channel stays (the same conversation, refreshed); otherwise the
    // conversation's own channel is chosen.
    void refreshChannels(bool keepChoice);
    bool backendTakesFiles(qint64 conversationId) const;
    void updateOfflineNotice();
    void updatePlaceholder();
    // The customer's language for a reply, the agent's own for a note.
    void updateSpellingLanguage();
    void resetSpellingToggle();
    void rebuildAttachments();
    void chooseFiles();

    WorkspaceContext context_;
    ConversationCommands &commands_;
    ConversationRow row_;
    bool note_ = false;
    QList<models::ChannelChoice> choices_;
    QStringList attachments_;
    QTabBar *modes_;
    QComboBox *channels_;
    QToolButton *cannedButton_;
    QToolButton *attach_;
    QToolButton *spellingToggle_;
    QPushButton *sendButton_;
    ComposerEditor *editor_;
    ComposerSpelling *spelling_;
    QLocale customerLocale_;
    QWidget *attachmentBar_;
    QHBoxLayout *attachmentLayout_;
    QLabel *notice_;
    QTimer draftTimer_;
    bool loading_ = false;
    QString confirmedUnfilledText_; // sent as it is on the next Ctrl+Enter, unfilled variables and all
};

} // namespace kontor::ui
