#pragma once

#include "store/queries/DirectoryQueries.h"
#include "ui/settings/SettingsPage.h"

#include <QHash>

class KKeySequenceWidget;
class QAction;
class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace kontor::ui {

class WorkspaceActions;

// Spell checking, a signature per inbox, and the shortcut that sends.
class ComposerPage : public SettingsPage
{
    Q_OBJECT
public:
    // actions: the workspace's, for the Send action's shortcut; null leaves the shortcut out.
    ComposerPage(const QList<InboxRow> &inboxes, WorkspaceActions *actions, QWidget *parent = nullptr);

    void load() override;
    void save() override;

private:
    void showSignatureOf(int index);

    WorkspaceActions *actions_;
    QAction *send_;
    QCheckBox *spellChecking_;
    QComboBox *inbox_;
    QPlainTextEdit *signature_;
    KKeySequenceWidget *sendShortcut_;
    QHash<qint64, QString> signatures_; // as edited, by inbox, until saved
    qint64 shownInbox_ = 0;
};

} // namespace kontor::ui
