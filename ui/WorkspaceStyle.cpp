#include "ui/WorkspaceStyle.h"

#include "ui/common/CommandLinkArrowIcon.h"
#include "ui/common/DeferredStyleIcon.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace kontor::ui {

WorkspaceStyle::WorkspaceStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

QIcon WorkspaceStyle::standardIcon(StandardPixmap which, const QStyleOption *option,
                                   const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredStyleIcon(baseStyle(), which));
    if (which == SP_CommandLink)
        return QIcon(new CommandLinkArrowIcon);
    return QProxyStyle::standardIcon(which, option, widget);
}

void WorkspaceStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck ||
                           element == PE_IndicatorRadioButton;
    if (!indicator || option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    // Fusion's indicator is a 13 px box centred in the option's rectangle.
    const int side = qMin(13, qMin(option->rect.width(), option->rect.height()));
    QRectF box(0, 0, side - 1, side - 1);
    box.moveCenter(QRectF(option->rect).center());
    QColor outline = option->palette.color(QPalette::Text);
    outline.setAlphaF(option->state & State_Enabled ? 0.55f : 0.3f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box);
    else
        painter->drawRoundedRect(box.translated(0.5, 0.5), 1.5, 1.5);
    painter->restore();
}

} // namespace kontor::ui
