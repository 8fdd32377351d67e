#include "ui/composer/Composer.h"

#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"
#include "models/CannedVariables.h"
#include "models/CustomerLocale.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/ConversationCommands.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/composer/ComposerEditor.h"
#include "ui/composer/ComposerSpelling.h"
#include "ui/composer/DraftStore.h"
#include "ui/settings/WorkspaceSettings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
QToolButton *toggle(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// Rich formatting where the channel shows it; SMS and messengers get the text as typed.
BodyFormat formatFor(Channel channel, bool note)
{
    return note || channel == Channel::Email || channel == Channel::WebChat ? BodyFormat::Markdown
                                                                            : BodyFormat::Plain;
}
} // namespace

Composer::Composer(const WorkspaceContext &context, ConversationCommands &commands,
                   models::CannedResponseModel *canned, models::AgentListModel *agents, QWidget *parent)
    : QWidget(parent)
    , context_(context)
    , commands_(commands)
    , modes_(new QTabBar(this))
    , channels_(new QComboBox(this))
    , cannedButton_(new QToolButton(this))
    , attach_(new QToolButton(this))
    , spellingToggle_(toggle(tr("Spelling"), QStringLiteral("spellingToggle"), this))
    , sendButton_(new QPushButton(this))
    , editor_(new ComposerEditor(this))
    , spelling_(new ComposerSpelling(editor_))
    , attachmentBar_(new QWidget(this))
    , attachmentLayout_(new QHBoxLayout(attachmentBar_))
    , notice_(new QLabel(this))
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Composer"));
    // Reply and Note are two tabs of one bar: one Tab stop, the arrow keys switch, and a screen reader says
    // which of the two is chosen.
    modes_->setObjectName(QStringLiteral("composerMode"));
    modes_->setAccessibleName(tr("Write a"));
    modes_->setDrawBase(false);
    modes_->setExpanding(false);
    modes_->setFocusPolicy(Qt::TabFocus);
    modes_->addTab(tr("Reply"));
    modes_->addTab(tr("Note"));
    modes_->setTabToolTip(0, tr("Reply to the customer (R)"));
    modes_->setTabToolTip(1, tr("Write an internal note only your team sees (N)"));
    connect(modes_, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && (index == 1) != note_)
            setNote(index == 1);
    });

    channels_->setObjectName(QStringLiteral("channelSelector"));
    channels_->setAccessibleName(tr("Reply on channel"));
    channels_->setToolTip(tr("The channel the reply goes out on"));
    channels_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(channels_, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        if (!loading_)
            draftTimer_.start();
    });

    cannedButton_->setIcon(kontorIcon(QStringLiteral("action-canned")));
    cannedButton_->setToolTip(tr("Insert a canned response (type / in the text)"));
    cannedButton_->setAccessibleName(tr("Canned responses"));
    cannedButton_->setAutoRaise(true);
    connect(cannedButton_, &QToolButton::clicked, this, [this] {
        editor_->setFocus();
        QKeyEvent slash(QEvent::KeyPress, Qt::Key_Slash, Qt::NoModifier, QStringLiteral("/"));
        QCoreApplication::sendEvent(editor_, &slash);
    });
    attach_->setIcon(kontorIcon(QStringLiteral("attachment")));
    attach_->setToolTip(tr("Attach files"));
    attach_->setAccessibleName(tr("Attach files"));
    attach_->setAutoRaise(true);
    connect(attach_, &QToolButton::clicked, this, &Composer::chooseFiles);

    spellingToggle_->setToolTip(tr("Check the spelling of this message"));
    connect(spellingToggle_, &QToolButton::toggled, spelling_, &ComposerSpelling::setActive);
    resetSpellingToggle();

    sendButton_->setObjectName(QStringLiteral("sendButton"));
    sendButton_->setDefault(false);
    sendButton_->setAutoDefault(false);
    sendButton_->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(sendButton_, &QPushButton::clicked, this, &Composer::send);

    editor_->setSources(canned, agents);
    editor_->setAccessibleName(tr("Message"));
    editor_->setMinimumHeight(64);
    editor_->setMaximumHeight(220);
    editor_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(editor_, &ComposerEditor::sendRequested, this, &Composer::send);
    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        sendButton_->setEnabled(!editor_->toPlainText().trimmed().isEmpty() && row_.id > 0);
        if (!loading_)
            draftTimer_.start();
    });
    draftTimer_.setSingleShot(true);
    draftTimer_.setInterval(500);
    connect(&draftTimer_, &QTimer::timeout, this, &Composer::saveDraft);

    attachmentLayout_->setContentsMargins(0, 0, 0, 0);
    attachmentLayout_->setSpacing(6);
    attachmentBar_->hide();
    notice_->setObjectName(QStringLiteral("composerNotice"));
    notice_->setWordWrap(true);
    notice_->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(modes_);
    top->addSpacing(8);
    top->addWidget(channels_);
    top->addStretch(1);
    top->addWidget(spellingToggle_);
    top->addWidget(cannedButton_);
    top->addWidget(attach_);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(notice_, 1);
    bottom->addWidget(sendButton_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(editor_);
    layout->addWidget(attachmentBar_);
    layout->addLayout(bottom);

    if (context_.network) {
        connect(context_.network, &NetworkPolicy::mayConnectChanged, this, &Composer::updateOfflineNotice);
    }
    setNote(false);
    clearConversation();
}

Composer::~Composer()
{
    if (draftTimer_.isActive())
        saveDraft();
}

void Composer::setConversation(const ConversationRow &row)
{
    if (draftTimer_.isActive() || row_.id != row.id)
        saveDraft();
    const bool same = row_.id == row.id;
    row_ = row;
    setEnabled(true);
    // Another conversation starts on its own channel: a channel chosen in the one before never carries over.
    refreshChannels(same);
    if (same)
        return;
    loading_ = true;
    const std::optional<Draft> draft = DraftStore::load(row.id);
    editor_->setPlainText(draft ? draft->text : QString());
    attachments_ = draft ? draft->attachments : QStringList();
    setNote(draft && draft->note);
    if (draft && !draft->channelKey.isEmpty()) {
        const int at = channels_->findData(draft->channelKey);
        if (at >= 0 && channels_->model()->flags(channels_->model()->index(at, 0)) & Qt::ItemIsEnabled)
            channels_->setCurrentIndex(at);
    }
    if (context_.store) {
        editor_->setCannedVariables(models::cannedVariablesFor(context_.store->reader(), row));
        const std::optional<CustomerRow> customer =
            context_.store->reader().directory().customer(row.customerId);
        const models::CustomerLocale guess =
            models::guessCustomerLocale(customer ? customer->identities : QList<IdentityRow>{});
        customerLocale_ = guess.isKnown() ? QLocale(guess.language, guess.territory) : QLocale();
    }
    resetSpellingToggle();
    updateSpellingLanguage();
    rebuildAttachments();
    loading_ = false;
    editor_->moveCursor(QTextCursor::End);
    updateOfflineNotice();
}

void Composer::clearConversation()
{
    saveDraft();
    loading_ = true;
    row_ = ConversationRow{};
    editor_->clear();
    attachments_.clear();
    rebuildAttachments();
    channels_->clear();
    loading_ = false;
    setEnabled(false);
}

void Composer::refreshChannels(bool keepChoice)
{
    if (!context_.store)
        return;
    const QString chosen = keepChoice ? channels_->currentData().toString() : QString();
    choices_ = models::reachableChannels(context_.store->reader(), row_);
    QSignalBlocker blocker(channels_);
    channels_->clear();
    auto *model = qobject_cast<QStandardItemModel *>(channels_->model());
    for (const models::ChannelChoice &choice : std::as_const(choices_)) {
        QString text = channelDisplayName(choice.channel);
        if (!choice.address.isEmpty())
            text += QStringLiteral(" · ") + choice.address;
        channels_->addItem(channelIcon(choice.channel), text, channelKey(choice.channel));
        QStandardItem *item = model ? model->item(channels_->count() - 1) : nullptr;
        if (!item)
            continue;
        if (!choice.conversationId && choice.startIn) {
            item->setToolTip(
                tr("Starts a new conversation with %1 on %2, in the inbox “%3”.")
                    .arg(row_.customerName, channelDisplayName(choice.channel), choice.startIn->name));
        } else if (!choice.conversationId) {
            item->setEnabled(false);
            item->setToolTip(tr("None of your accounts has an inbox that reaches %1 on %2.")
                                 .arg(row_.customerName, channelDisplayName(choice.channel)));
        } else if (!choice.isCurrent) {
            item->setToolTip(tr("Continues %1's conversation on %2")
                                 .arg(row_.customerName, channelDisplayName(choice.channel)));
        }
    }
    const int keep = channels_->findData(chosen);
    channels_->setCurrentIndex(keep >= 0 && !chosen.isEmpty() ? keep : 0);
    updatePlaceholder();
}

std::optional<qint64> Composer::targetConversation() const
{
    if (note_ || row_.id <= 0)
        return row_.id > 0 ? std::optional<qint64>(row_.id) : std::nullopt;
    const int at = channels_->currentIndex();
    if (at < 0 || at >= choices_.size())
        return row_.id;
    return choices_[at].conversationId;
}

void Composer::startReply()
{
    setNote(false);
    editor_->setFocus();
}

void Composer::startNote()
{
    setNote(true);
    editor_->setFocus();
}

void Composer::setNote(bool note)
{
    note_ = note;
    modes_->setCurrentIndex(note ? 1 : 0);
    editor_->setMentionsEnabled(note);
    channels_->setVisible(!note);
    QPalette p = palette();
    if (note) {
        p.setColor(QPalette::Base, noteBackground(palette()));
        p.setColor(QPalette::Text, palette().color(QPalette::Text));
    }
    editor_->setPalette(p);
    updateSpellingLanguage();
    sendButton_->setText(note ? tr("Add note") : tr("Send"));
    sendButton_->setAccessibleName(sendButton_->text());
    updatePlaceholder();
    if (!loading_)
        draftTimer_.start();
}

void Composer::updatePlaceholder()
{
    if (note_) {
        editor_->setPlaceholderText(
            tr("Internal note — only your team sees it. Type @ to mention a colleague."));
        return;
    }
    const int at = channels_->currentIndex();
    const QString channel = at >= 0 && at < choices_.size() ? channelDisplayName(choices_[at].channel)
                                                            : channelDisplayName(row_.channel);
    const QString customer = row_.customerName.isEmpty() ? tr("the customer") : row_.customerName;
    if (at >= 0 && at < choices_.size() && !choices_[at].conversationId) {
        editor_->setPlaceholderText(
            tr("Start a new conversation with %1 on %2 — Ctrl+Enter to send").arg(customer, channel));
        return;
    }
    editor_->setPlaceholderText(
        tr("Reply to %1 on %2 — / for canned responses, Ctrl+Enter to send").arg(customer, channel));
}

void Composer::updateSpellingLanguage()
{
    spelling_->setLanguageFor(note_ ? QLocale() : customerLocale_);
    spellingToggle_->setToolTip(spelling_->dictionary().isEmpty()
                                    ? tr("No spelling dictionary is installed for this language")
                                    : tr("Check the spelling of this message (%1)")
                                          .arg(QLocale(spelling_->dictionary()).nativeLanguageName()));
}

void Composer::resetSpellingToggle()
{
    spellingToggle_->setChecked(WorkspaceSettings::spellChecking());
    spelling_->setActive(spellingToggle_->isChecked());
}

void Composer::updateOfflineNotice()
{
    const bool offline = context_.network && !context_.network->mayConnect();
    notice_->setText(
        offline ? tr("You are offline: what you send is queued and goes out when the connection is back.")
                : QString());
}

void Composer::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    for (const QString &file : files)
        addAttachment(file);
}

void Composer::addAttachment(const QString &path)
{
    if (path.isEmpty() || attachments_.contains(path))
        return;
    attachments_.append(path);
    rebuildAttachments();
    draftTimer_.start();
}

void Composer::rebuildAttachments()
{
    while (QLayoutItem *item = attachmentLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &path : std::as_const(attachments_)) {
        const QFileInfo info(path);
        auto *chip = new QToolButton(attachmentBar_);
        chip->setIcon(kontorIcon(QStringLiteral("attachment")));
        chip->setText(tr("%1 (%2) ✕").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setToolTip(tr("Remove %1").arg(info.fileName()));
        chip->setAccessibleName(tr("Remove attachment %1").arg(info.fileName()));
        connect(chip, &QToolButton::clicked, this, [this, path] {
            attachments_.removeAll(path);
            rebuildAttachments();
            draftTimer_.start();
        });
        attachmentLayout_->addWidget(chip);
    }
    attachmentLayout_->addStretch(1);
    attachmentBar_->setVisible(!attachments_.isEmpty());
}

void Composer::saveDraft()
{
    draftTimer_.stop();
    if (row_.id <= 0)
        return;
    Draft draft;
    draft.text = editor_->toPlainText();
    draft.note = note_;
    draft.channelKey = note_ ? QString() : channels_->currentData().toString();
    draft.attachments = attachments_;
    DraftStore::save(row_.id, draft);
}

void Composer::send()
{
    const QString text = editor_->toPlainText().trimmed();
    const std::optional<qint64> target = targetConversation();
    if (text.isEmpty() || !context_.store)
        return;
    // A variable nobody filled in would reach the customer as "{{contact.email}}": the first Ctrl+Enter
    // says so; sending the same text again sends it as it is.
    const QStringList unfilled = note_ ? QStringList() : models::unfilledCannedVariables(text);
    if (!unfilled.isEmpty() && text != confirmedUnfilledText_) {
        confirmedUnfilledText_ = text;
        notice_->setText(tr("This reply still contains %1. Fill it in, or press Ctrl+Enter again to send it "
                            "as it is.")
                             .arg(QLocale().createSeparatedList(unfilled)));
        return;
    }
    confirmedUnfilledText_.clear();
    if (!target) {
        const int at = channels_->currentIndex();
        if (!note_ && at >= 0 && at < choices_.size() && choices_[at].startIn)
            startConversation(text, choices_[at]);
        return;
    }
    const int at = channels_->currentIndex();
    const Channel channel = !note_ && at >= 0 && at < choices_.size() ? choices_[at].channel : row_.channel;
    // The inbox's signature goes below replies in the open conversation, never below notes.
    const QString signature = note_ || *target != row_.id || !row_.inboxId
                                  ? QString()
                                  : WorkspaceSettings::signature(*row_.inboxId).trimmed();
    const QString body = signature.isEmpty() ? text : text + QStringLiteral("\n\n") + signature;
    SendMessage message{*target, body, formatFor(channel, note_), note_,
                        note_ ? editor_->mentionedAgents() : QList<qint64>{}};
    const qint64 open = row_.id;
    const bool elsewhere = *target != open;
    const bool withFiles = !attachments_.isEmpty();
    const bool filesGo = withFiles && backendTakesFiles(*target);
    if (filesGo) {
        for (const QString &path : std::as_const(attachments_))
            message.attachments.append({path, {}, {}, 0});
    }
    loading_ = true;
    editor_->clear();
    loading_ = false;
    resetSpellingToggle();
    DraftStore::remove(open);
    if (withFiles && !filesGo) {
        // They stay in the draft so that nothing is lost.
        saveDraft();
        notice_->setText(
            tr("The message was sent without the attached files: this connection cannot send files yet. "
               "They stay attached here."));
    } else {
        if (filesGo) {
            attachments_.clear();
            rebuildAttachments();
        }
        updateOfflineNotice();
    }
    QStringList sentFiles;
    for (const OutgoingAttachment &file : std::as_const(message.attachments))
        sentFiles.append(file.localPath);
    commands_.send(message).onFailed(this, [this, text, open, sentFiles] {
        if (row_.id == open && editor_->toPlainText().isEmpty()) {
            editor_->setPlainText(text);
            for (const QString &path : sentFiles)
                addAttachment(path);
        }
        notice_->setText(tr("The message could not be saved. It is back in the text field."));
        return ActionReceipt{};
    });
    if (elsewhere)
        Q_EMIT sentElsewhere(*target, channel);
    Q_EMIT sent(*target);
}

bool Composer::backendTakesFiles(qint64 conversationId) const
{
    if (!context_.sync)
        return true; // no backend attached: the store keeps them for whichever comes
    const std::optional<ConversationRow> conversation =
        context_.store->reader().inbox().conversation(conversationId);
    if (!conversation)
        return false;
    return context_.sync->takesFiles(conversation->accountId);
}

void Composer::startConversation(const QString &text, const models::ChannelChoice &choice)
{
    StartConversation start;
    start.customerId = row_.customerId;
    start.accountId = choice.startIn->accountId;
    start.inboxId = choice.startIn->id;
    start.channel = choice.channel;
    start.subject = row_.subject;
    start.body = text;
    start.format = formatFor(choice.channel, false);
    start.continuesConversationId = row_.id;
    const qint64 open = row_.id;
    const Channel channel = choice.channel;
    loading_ = true;
    editor_->clear();
    loading_ = false;
    DraftStore::remove(open);
    if (!attachments_.isEmpty()) {
        saveDraft();
        notice_->setText(tr("The conversation was started without the attached files: a first message "
                            "carries text only. They stay attached here."));
    } else {
        updateOfflineNotice();
    }
    commands_.start(start)
        .then(this,
              [this, channel](const ActionReceipt &receipt) {
                  if (!receipt.conversationId)
                      return;
                  Q_EMIT sentElsewhere(*receipt.conversationId, channel);
                  Q_EMIT sent(*receipt.conversationId);
              })
        .onFailed(this, [this, text, open] {
            if (row_.id == open && editor_->toPlainText().isEmpty())
                editor_->setPlainText(text);
            notice_->setText(tr("The conversation could not be started. The message is back in the text "
                                "field."));
        });
}

} // namespace kontor::ui
