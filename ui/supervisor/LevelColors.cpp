#include "ui/supervisor/LevelColors.h"

namespace kontor::ui {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor levelAccent(TileLevel level, const QPalette &palette)
{
    switch (level) {
    case TileLevel::Red:
        return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    case TileLevel::Amber:
        return isDark(palette) ? QColor(0xff, 0xc0, 0x4d) : QColor(0xb8, 0x6e, 0x00);
    case TileLevel::Normal:
        return isDark(palette) ? QColor(0x69, 0xdb, 0x7c) : QColor(0x2b, 0x8a, 0x3e);
    case TileLevel::NoData:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor levelBackground(TileLevel level, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (level != TileLevel::Red && level != TileLevel::Amber)
        return base;
    QColor accent = levelAccent(level, palette);
    // A wash of the accent over the base: strong enough to catch the eye across a room, calm enough to read
    // on.
    const double share = isDark(palette) ? 0.28 : 0.16;
    return QColor::fromRgbF(base.redF() * (1 - share) + accent.redF() * share,
                            base.greenF() * (1 - share) + accent.greenF() * share,
                            base.blueF() * (1 - share) + accent.blueF() * share);
}

} // namespace kontor::ui
