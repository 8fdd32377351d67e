#include "ui/shortcuts/ShortcutSheet.h"

#include "ui/WorkspaceActions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor::ui {

ShortcutSheet::ShortcutSheet(const WorkspaceActions &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    int column = 0;
    int row = 0;
    int tallest = 0;
    const QList<WorkspaceActions::Group> groups = actions.groups();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        // Two columns of groups.
        if (g == 2) {
            column = 2;
            tallest = row;
            row = 0;
        }
        auto *heading = new QLabel(groups[g].title, this);
        QFont bold = heading->font();
        bold.setWeight(QFont::Bold);
        heading->setFont(bold);
        grid->addWidget(heading, row++, column, 1, 2);
        for (QAction *action : groups[g].actions) {
            // The keys as a key cap: framed, in a fixed font.
            auto *keys = new QLabel(action->shortcut().toString(QKeySequence::NativeText), this);
            keys->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            keys->setFrameShape(QFrame::StyledPanel);
            keys->setMargin(2);
            keys->setAlignment(Qt::AlignCenter);
            keys->setMinimumWidth(keys->fontMetrics().horizontalAdvance(u'M') * 3);
            auto *what = new QLabel(QString(action->text()).remove(u'&'), this);
            grid->addWidget(keys, row, column, Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(what, row++, column + 1);
        }
        row += 1;
    }
    Q_UNUSED(tallest)
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

} // namespace kontor::ui
