#include "ui/settings/ActionsPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

ActionsPage::ActionsPage(const QString &explanation, const QList<QAction *> &actions, QWidget *parent)
    : SettingsPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    for (QAction *action : actions) {
        if (!action)
            continue;
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
}

} // namespace kontor::ui
