#include "ui/shortcuts/ShortcutSheet.h"

#include "ui/WorkspaceActions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace kontor::ui {

namespace {
constexpr int kColumns = 3;

// The actions of a group that have a key, each with its keys as they are now (the agent's own, if changed).
QList<QAction *> withShortcut(const QList<QAction *> &actions)
{
    QList<QAction *> result;
    for (QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            result.append(action);
    }
    return result;
}
} // namespace

QString ShortcutSheet::keysText(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action.shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

ShortcutSheet::ShortcutSheet(const WorkspaceActions &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<WorkspaceActions::Group> groups;
    int lines = 0;
    for (const WorkspaceActions::Group &group : actions.groups()) {
        const QList<QAction *> keyed = withShortcut(group.actions);
        if (!keyed.isEmpty()) {
            groups.append({group.title, keyed});
            lines += int(keyed.size()) + 2;
        }
    }

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    // Groups flow down a column and on into the next once a group would mostly spill over its share; a group
    // is never split. One grid per column keeps its key caps and descriptions aligned.
    const int share = (lines + kColumns - 1) / kColumns;
    QGridLayout *grid = nullptr;
    int row = 0;
    for (const WorkspaceActions::Group &group : std::as_const(groups)) {
        const int groupLines = int(group.actions.size()) + 2;
        if (!grid || (row + groupLines > share + groupLines / 2 && columns->count() < kColumns)) {
            if (grid)
                grid->setRowStretch(row, 1);
            grid = new QGridLayout;
            grid->setHorizontalSpacing(12);
            grid->setVerticalSpacing(6);
            columns->addLayout(grid);
            row = 0;
        } else {
            grid->setRowMinimumHeight(row++, 6); // a gap before the next group's heading
        }
        auto *heading = new QLabel(group.title, this);
        QFont bold = heading->font();
        bold.setWeight(QFont::Bold);
        heading->setFont(bold);
        grid->addWidget(heading, row++, 0, 1, 2);
        for (QAction *action : group.actions) {
            // The keys as a key cap: framed, in a fixed font.
            auto *keys = new QLabel(keysText(*action), this);
            keys->setObjectName(QStringLiteral("keys_") + action->objectName());
            keys->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            keys->setFrameShape(QFrame::StyledPanel);
            keys->setMargin(2);
            keys->setAlignment(Qt::AlignCenter);
            keys->setMinimumWidth(
                std::max(keys->sizeHint().width(), keys->fontMetrics().horizontalAdvance(u'M') * 3));
            auto *what = new QLabel(QString(action->text()).remove(u'&'), this);
            what->setObjectName(QStringLiteral("what_") + action->objectName());
            grid->addWidget(keys, row, 0, Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(what, row++, 1);
        }
    }
    if (grid)
        grid->setRowStretch(row, 1);
    // Where to change them.
    const QString configure = QString(actions.configureShortcuts->text()).remove(u'&');
    const QString configureKeys = keysText(*actions.configureShortcuts);
    auto *hint = new QLabel(configureKeys.isEmpty()
                                ? tr("Change them in Help → %1.").arg(configure)
                                : tr("Change them in Help → %1 (%2).").arg(configure, configureKeys),
                            this);
    hint->setObjectName(QStringLiteral("shortcutSheetHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

} // namespace kontor::ui
