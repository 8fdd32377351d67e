#include "ui/search/MarkedText.h"

#include "store/queries/SearchQueries.h"
#include "ui/common/WorkspaceColors.h"

#include <QPainter>

namespace kontor::ui {

void paintMarkedText(QPainter *painter, const QRect &rect, const QString &marked, const QFont &font,
                     const QColor &color, const QPalette &palette)
{
    struct Run
    {
        QString text;
        bool match;
    };
    QList<Run> runs;
    QString current;
    bool inMatch = false;
    for (const QChar c : marked) {
        if (c == searchMatchStart || c == searchMatchEnd) {
            if (!current.isEmpty())
                runs.append({current, inMatch});
            current.clear();
            inMatch = c == searchMatchStart;
            continue;
        }
        current += c == u'\n' ? u' ' : c;
    }
    if (!current.isEmpty())
        runs.append({current, inMatch});

    QFont bold = font;
    bold.setWeight(QFont::Bold);
    const QFontMetrics normalMetrics(font);
    const QFontMetrics boldMetrics(bold);
    const QString ellipsis = QStringLiteral("…");
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(isDark(palette) ? 90 : 45);
    int x = rect.left();
    painter->save();
    for (const Run &run : runs) {
        const QFontMetrics &metrics = run.match ? boldMetrics : normalMetrics;
        QString text = run.text;
        const int room = rect.right() - x;
        if (room <= 0)
            break;
        const bool clipped = metrics.horizontalAdvance(text) > room;
        if (clipped)
            text = metrics.elidedText(text, Qt::ElideRight, room);
        const int width = metrics.horizontalAdvance(text);
        const QRect box(x, rect.top(), width, rect.height());
        if (run.match) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(tint);
            painter->drawRoundedRect(box.adjusted(-1, 1, 1, -1), 3, 3);
        }
        painter->setFont(run.match ? bold : font);
        painter->setPen(color);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width;
        if (clipped || text.endsWith(ellipsis))
            break;
    }
    painter->restore();
}

} // namespace kontor::ui
