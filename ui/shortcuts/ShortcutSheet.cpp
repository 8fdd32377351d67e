#include "ui/shortcuts/ShortcutSheet.h"

#include "ui/WorkspaceActions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

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

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    // Groups flow down a column and on into the next once it holds its share; a group is never split.
    const int perColumn = (lines + kColumns - 1) / kColumns;
    int column = 0;
    int row = 0;
    for (const WorkspaceActions::Group &group : std::as_const(groups)) {
        if (row > 0 && row + int(group.actions.size()) + 1 > perColumn && column < 2 * (kColumns - 1)) {
            column += 2;
            row = 0;
        }
        auto *heading = new QLabel(group.title, this);
        QFont bold = heading->font();
        bold.setWeight(QFont::Bold);
        heading->setFont(bold);
        grid->addWidget(heading, row++, column, 1, 2);
        for (QAction *action : group.actions) {
            // The keys as a key cap: framed, in a fixed font.
            auto *keys = new QLabel(keysText(*action), this);
            keys->setObjectName(QStringLiteral("keys_") + action->objectName());
            keys->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            keys->setFrameShape(QFrame::StyledPanel);
            keys->setMargin(2);
            keys->setAlignment(Qt::AlignCenter);
            keys->setMinimumWidth(keys->fontMetrics().horizontalAdvance(u'M') * 3);
            auto *what = new QLabel(QString(action->text()).remove(u'&'), this);
            what->setObjectName(QStringLiteral("what_") + action->objectName());
            grid->addWidget(keys, row, column, Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(what, row++, column + 1);
        }
        row += 1;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

} // namespace kontor::ui
