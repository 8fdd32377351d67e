#include "ui/WorkspaceStyle.h"

#include "ui/common/DeferredStyleIcon.h"

#include <QStyleFactory>

namespace kontor::ui {

WorkspaceStyle::WorkspaceStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

QIcon WorkspaceStyle::standardIcon(StandardPixmap which, const QStyleOption *option,
                                   const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredStyleIcon(baseStyle(), which));
    return QProxyStyle::standardIcon(which, option, widget);
}

} // namespace kontor::ui
