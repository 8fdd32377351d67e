#include "ui/ConversationPane.h"

#include "ui/EmptyState.h"

#include <QVBoxLayout>

namespace kontor::ui {

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(QStringLiteral(":/icons/view-all.svg"), tr("No conversation open"),
                             tr("Pick a conversation from the list, or press J and K to move through it."),
                             this))
{
    setObjectName(QStringLiteral("conversationPane"));
    setAccessibleName(tr("Conversation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

} // namespace kontor::ui
