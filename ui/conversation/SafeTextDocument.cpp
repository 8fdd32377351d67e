#include "ui/conversation/SafeTextDocument.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>

namespace kontor::ui {

namespace {
QImage placeholderImage()
{
    // A quiet frame where a blocked image would be, so the layout keeps its shape.
    QImage image(64, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x90, 0x98, 0xa4), 1, Qt::DashLine));
    painter.setBrush(QColor(0x90, 0x98, 0xa4, 40));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 63, 39), 4, 4);
    painter.setPen(QPen(QColor(0x90, 0x98, 0xa4), 1.5));
    painter.drawEllipse(QPointF(22, 15), 4, 4);
    painter.drawPolyline(QList<QPointF>{{14, 32}, {28, 20}, {36, 27}, {42, 22}, {52, 32}});
    return image;
}
} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{}

namespace {
// "javascript:" as browsers read it: white space and control characters between the letters do not count.
QString schemePattern(QLatin1StringView scheme)
{
    QString pattern;
    for (const char c : scheme)
        pattern += QLatin1Char(c) + QStringLiteral(R"([\s\x00-\x1f]*)");
    return pattern + u':';
}
} // namespace

QString SafeTextDocument::sanitizeHtml(const QString &html)
{
    static const QRegularExpression blocks(
        QStringLiteral(R"(<(script|iframe|object|embed|applet|frameset|noscript)\b[^>]*>.*?</\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression single(
        QStringLiteral(R"(<(script|iframe|object|embed|meta|base|link)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    // An attribute starts after white space, a '/' or the quote that ended the one before.
    static const QRegularExpression handlers(
        QStringLiteral(R"(([\s/"'])on[^\s/>=]*\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripted(QStringLiteral(R"((href|src)\s*=\s*(["']?)[\s\x00-\x1f]*()") +
                                                 schemePattern(QLatin1StringView("javascript")) + u'|' +
                                                 schemePattern(QLatin1StringView("vbscript")) + u')',
                                             QRegularExpression::CaseInsensitiveOption);
    // What is left of an active element after the passes (one left open, or one the passes joined together)
    // is shown as text.
    static const QRegularExpression activeOpening(
        QStringLiteral(R"(<(?=/?\s*(script|iframe|frame|object|embed|applet|base|meta|link|noscript)))"),
        QRegularExpression::CaseInsensitiveOption);
    QString clean = html;
    // Removing one piece can join its neighbours into another ("<scr<script>ipt>"): repeat while that
    // happens, a bounded number of times.
    for (int pass = 0; pass < 4; ++pass) {
        const QString before = clean;
        clean.remove(blocks);
        clean.remove(single);
        clean.replace(handlers, QStringLiteral("\\1"));
        clean.replace(scripted, QStringLiteral("\\1=\\2blocked:"));
        if (clean == before)
            break;
    }
    clean.replace(activeOpening, QStringLiteral("&lt;"));
    return clean;
}

QSet<QUrl> SafeTextDocument::remoteImages() const
{
    QSet<QUrl> urls;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl url(format.toImageFormat().name());
            if (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"))
                urls.insert(url);
        }
    }
    return urls;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1StringView("data")) {
        // data:[<mime>][;base64],<payload>
        const QString path = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = path.indexOf(u',');
        if (comma < 0)
            return {};
        const QByteArray payload = path.mid(comma + 1).toLatin1();
        const bool base64 = path.left(comma).contains(QLatin1StringView(";base64"));
        const QByteArray bytes = base64 ? QByteArray::fromBase64(QByteArray::fromPercentEncoding(payload))
                                        : QByteArray::fromPercentEncoding(payload);
        if (type == QTextDocument::ImageResource)
            return QImage::fromData(bytes);
        return QString::fromUtf8(bytes);
    }
    if (scheme == QLatin1StringView("qrc"))
        return QTextDocument::loadResource(type, name);
    if (type == QTextDocument::ImageResource) {
        if (const auto it = fetched_.constFind(name); it != fetched_.cend())
            return *it;
        if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
            blocked_.insert(name);
        return placeholderImage();
    }
    if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        blocked_.insert(name);
    // Style sheets, local files and every other scheme: nothing.
    return QVariant(QString());
}

} // namespace kontor::ui
