#include "ui/common/WorkspaceColors.h"

namespace kontor::ui {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mutedText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor hairline(const QPalette &palette)
{
    QColor line = palette.color(QPalette::Text);
    line.setAlpha(isDark(palette) ? 40 : 28);
    return line;
}

QColor slaColor(models::SlaState::Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case models::SlaState::Level::Breached:
        return failureColor(palette);
    case models::SlaState::Level::Warning:
        return dark ? QColor(0xff, 0xc0, 0x4d) : QColor(0xb8, 0x6e, 0x00);
    case models::SlaState::Level::Ok:
        return successColor(palette);
    case models::SlaState::Level::None:
        break;
    }
    return mutedText(palette);
}

QColor priorityColor(Priority priority, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (priority) {
    case Priority::Urgent:
        return failureColor(palette);
    case Priority::High:
        return dark ? QColor(0xff, 0x99, 0x4d) : QColor(0xc4, 0x55, 0x00);
    case Priority::Medium:
        return dark ? QColor(0x74, 0xa7, 0xff) : QColor(0x2f, 0x6f, 0xdb);
    case Priority::Low:
    case Priority::None:
        break;
    }
    return mutedText(palette);
}

QColor incomingBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2b, 0x2f, 0x38) : QColor(0xf0, 0xf2, 0xf5);
}

QColor outgoingBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1e, 0x36, 0x58) : QColor(0xe1, 0xed, 0xff);
}

QColor noteBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3b, 0x32, 0x1c) : QColor(0xff, 0xf4, 0xd1);
}

QColor noteAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe0, 0xa8, 0x32) : QColor(0xc7, 0x8a, 0x00);
}

QColor failureColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
}

QColor successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x69, 0xdb, 0x7c) : QColor(0x2b, 0x8a, 0x3e);
}

QColor avatarColor(const QString &name, const QPalette &palette)
{
    static const int hues[] = {210, 160, 25, 280, 340, 190, 45, 120};
    const int hue = hues[qHash(name) % std::size(hues)];
    return isDark(palette) ? QColor::fromHsl(hue, 90, 95) : QColor::fromHsl(hue, 110, 120);
}

} // namespace kontor::ui
