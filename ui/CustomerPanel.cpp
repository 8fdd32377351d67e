#include "ui/CustomerPanel.h"

#include "ui/EmptyState.h"

#include <QVBoxLayout>

namespace kontor::ui {

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(QStringLiteral(":/icons/view-mine.svg"), tr("Customer"),
                             tr("Who you are talking to, on every channel they use."), this))
{
    setObjectName(QStringLiteral("customerPanel"));
    setAccessibleName(tr("Customer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

} // namespace kontor::ui
