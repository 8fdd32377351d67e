#pragma once

#include <QFont>
#include <QRect>
#include <QString>

class QPainter;
class QPalette;

namespace kontor::ui {

// Draws one line of text whose search matches are marked (searchMatchStart/End): matches in bold on a tint,
// the rest as is, elided at the right edge.
void paintMarkedText(QPainter *painter, const QRect &rect, const QString &marked, const QFont &font,
                     const QColor &color, const QPalette &palette);

} // namespace kontor::ui
