#include "ui/settings/ComposerPage.h"

#include "ui/WorkspaceActions.h"
#include "ui/settings/WorkspaceSettings.h"

#include <KActionCollection>
#include <KKeySequenceWidget>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace kontor::ui {

ComposerPage::ComposerPage(const QList<InboxRow> &inboxes, WorkspaceActions *actions, QWidget *parent)
    : SettingsPage(parent)
    , actions_(actions)
    , send_(actions ? actions->send : nullptr)
    , spellChecking_(new QCheckBox(tr("Check &spelling while typing"), this))
    , inbox_(new QComboBox(this))
    , signature_(new QPlainTextEdit(this))
    , sendShortcut_(new KKeySequenceWidget(this))
{
    spellChecking_->setObjectName(QStringLiteral("spellChecking"));
    inbox_->setObjectName(QStringLiteral("signatureInbox"));
    signature_->setObjectName(QStringLiteral("signature"));
    signature_->setTabChangesFocus(true);
    signature_->setAccessibleName(tr("Signature"));
    signature_->setPlaceholderText(tr("No signature"));
    sendShortcut_->setObjectName(QStringLiteral("sendShortcut"));
    for (const InboxRow &inbox : inboxes)
        inbox_->addItem(inbox.name, inbox.id);
    inbox_->setEnabled(!inboxes.isEmpty());
    signature_->setEnabled(!inboxes.isEmpty());

    auto *layout = new QFormLayout(this);
    layout->addRow(spellChecking_);
    layout->addRow(tr("Signature for &inbox:"), inbox_);
    layout->addRow(tr("Si&gnature:"), signature_);
    layout->addRow(tr("Send &with:"), sendShortcut_);
    auto *note = new QLabel(tr("The signature goes below every reply sent through that inbox, never below "
                               "internal notes."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(note);

    connect(inbox_, &QComboBox::currentIndexChanged, this, &ComposerPage::showSignatureOf);
    connect(signature_, &QPlainTextEdit::textChanged, this, [this] {
        if (shownInbox_ > 0)
            signatures_.insert(shownInbox_, signature_->toPlainText());
    });
    load();
}

void ComposerPage::load()
{
    spellChecking_->setChecked(WorkspaceSettings::spellChecking());
    signatures_.clear();
    for (int i = 0; i < inbox_->count(); ++i) {
        const qint64 id = inbox_->itemData(i).toLongLong();
        signatures_.insert(id, WorkspaceSettings::signature(id));
    }
    showSignatureOf(inbox_->currentIndex());
    if (send_)
        sendShortcut_->setKeySequence(send_->shortcut());
    sendShortcut_->setEnabled(send_ != nullptr);
}

void ComposerPage::showSignatureOf(int index)
{
    shownInbox_ = 0; // no edit is recorded while the text is replaced
    signature_->setPlainText(index >= 0 ? signatures_.value(inbox_->itemData(index).toLongLong())
                                        : QString());
    shownInbox_ = index >= 0 ? inbox_->itemData(index).toLongLong() : 0;
}

void ComposerPage::save()
{
    WorkspaceSettings::setSpellChecking(spellChecking_->isChecked());
    for (auto it = signatures_.cbegin(); it != signatures_.cend(); ++it)
        WorkspaceSettings::setSignature(it.key(), it.value());
    if (send_ && send_->shortcut() != sendShortcut_->keySequence()) {
        send_->setShortcut(sendShortcut_->keySequence());
        // Kept where the shortcut editor keeps every other shortcut.
        actions_->collection()->writeSettings();
    }
}

} // namespace kontor::ui
