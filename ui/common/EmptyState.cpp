#include "ui/common/EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor::ui {

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(hint, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(3);
    layout->setContentsMargins(24, 24, 24, 24);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

} // namespace kontor::ui
