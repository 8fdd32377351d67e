#include "ui/InboxPane.h"

#include "ui/EmptyState.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace kontor::ui {

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new EmptyState(QStringLiteral(":/icons/view-inbox.svg"), tr("Nothing waiting"),
                             tr("Conversations in this view appear here as they arrive."), this))
    , m_stack(new QStackedLayout)
{
    setObjectName(QStringLiteral("inboxList"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_filter->setPlaceholderText(tr("Filter conversations"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    m_filter->setClearButtonEnabled(true);

    m_list->setObjectName(QStringLiteral("inboxListView"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addLayout(m_stack, 1);
    updateEmptyState();
}

void InboxPane::setViewTitle(const QString &title)
{
    m_title->setText(title);
}

void InboxPane::updateEmptyState()
{
    const bool empty = !m_list->model() || m_list->model()->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
}

} // namespace kontor::ui
