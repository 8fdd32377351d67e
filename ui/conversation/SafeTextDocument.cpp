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

QString SafeTextDocument::sanitizeHtml(const QString &html)
{
    static const QRegularExpression blocks(
        QStringLiteral(R"(<(script|iframe|object|embed|applet|frameset|noscript)\b[^>]*>.*?</\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression single(
        QStringLiteral(R"(<(script|iframe|object|embed|meta|base|link)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(QStringLiteral(R"(\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripted(
        QStringLiteral(R"((href|src)\s*=\s*(["']?)\s*(javascript|vbscript):)"),
        QRegularExpression::CaseInsensitiveOption);
    QString clean = html;
    clean.remove(blocks);
    clean.remove(single);
    clean.remove(handlers);
    clean.replace(scripted, QStringLiteral("\\1=\\2blocked:"));
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
