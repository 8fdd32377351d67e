#pragma once

#include <QProxyStyle>

namespace kontor::ui {

// Kontor's style: Fusion, with the menu bar's overflow button given its icon only when it is first shown. The
// menu bar asks for that icon when it is made, and Fusion's is a set of image files whose loading probes
// every image format plugin: a millisecond or two before the first paint, for a button that is rarely seen.
class WorkspaceStyle : public QProxyStyle
{
    Q_OBJECT
public:
    WorkspaceStyle();

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace kontor::ui
