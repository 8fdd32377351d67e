#pragma once

#include <QProxyStyle>

namespace kontor::ui {

// Kontor's style: Fusion, with the menu bar's overflow button given its icon only when it is first shown. The
// menu bar asks for that icon when it is made, and Fusion's is a set of image files whose loading probes
// every image format plugin: a millisecond or two before the first paint, for a button that is rarely seen.
// In the dark look, check boxes and radio buttons get an outline that can be seen: Fusion draws theirs a
// shade darker than the window, which on a dark window leaves an empty box invisible; and command link
// buttons (the welcome's choices) an arrow in the text colour, which Fusion draws dark in either look.
class WorkspaceStyle : public QProxyStyle
{
    Q_OBJECT
public:
    WorkspaceStyle();

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace kontor::ui
