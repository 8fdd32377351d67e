#include "ui/Theme.h"

#include "ui/WorkspaceStyle.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

namespace kontor::ui {

namespace {
Qt::ColorScheme preferredScheme = Qt::ColorScheme::Unknown;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x26, 0x2e);
    const QColor base(0x1b, 0x1e, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x86, 0x8f);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x7d, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1c));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette lightPalette(const QStyle &style)
{
    QPalette p = style.standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

void applyPalette(QApplication &app)
{
    app.setPalette(isDarkScheme() ? darkPalette() : lightPalette(*app.style()));
}
} // namespace

bool isDarkScheme()
{
    if (preferredScheme != Qt::ColorScheme::Unknown)
        return preferredScheme == Qt::ColorScheme::Dark;
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}

void setPreferredColorScheme(Qt::ColorScheme scheme)
{
    preferredScheme = scheme;
    QGuiApplication::styleHints()->setColorScheme(scheme);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()); app && app->style())
        applyPalette(*app);
}

void applyTheme(QApplication &app)
{
    app.setStyle(new WorkspaceStyle);
    applyPalette(app);
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app,
                     [&app](Qt::ColorScheme) { applyPalette(app); });
}

} // namespace kontor::ui
