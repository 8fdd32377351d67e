#include "render/InlineStyle.h"

#include "render/RenderLimits.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kontor::render {

namespace {
enum class ValueKind
{
    Free,   // colours, names, keywords
    Length, // a size: bounded
    Indent, // Qt's list and block indents: small whole numbers
};

ValueKind kindOf(QStringView property)
{
    static const QSet<QString> lengths = {
        u"font-size"_s,     u"width"_s,         u"height"_s,         u"margin"_s,
        u"margin-top"_s,    u"margin-bottom"_s, u"margin-left"_s,    u"margin-right"_s,
        u"padding"_s,       u"padding-top"_s,   u"padding-bottom"_s, u"padding-left"_s,
        u"padding-right"_s, u"text-indent"_s,   u"line-height"_s,    u"border-width"_s,
    };
    static const QSet<QString> indents = {u"-qt-block-indent"_s, u"-qt-list-indent"_s, u"-qt-user-state"_s};
    if (lengths.contains(property.toString()))
        return ValueKind::Length;
    if (indents.contains(property.toString()))
        return ValueKind::Indent;
    return ValueKind::Free;
}

bool isAllowedProperty(QStringView property)
{
    static const QSet<QString> allowed = {
        u"color"_s,           u"background-color"_s,
        u"font-weight"_s,     u"font-style"_s,
        u"font-size"_s,       u"font-family"_s,
        u"font-variant"_s,    u"text-decoration"_s,
        u"text-align"_s,      u"vertical-align"_s,
        u"white-space"_s,     u"text-transform"_s,
        u"width"_s,           u"height"_s,
        u"margin"_s,          u"margin-top"_s,
        u"margin-bottom"_s,   u"margin-left"_s,
        u"margin-right"_s,    u"padding"_s,
        u"padding-top"_s,     u"padding-bottom"_s,
        u"padding-left"_s,    u"padding-right"_s,
        u"text-indent"_s,     u"line-height"_s,
        u"border-width"_s,    u"border-style"_s,
        u"border-color"_s,    u"border-collapse"_s,
        u"list-style-type"_s, u"-qt-block-indent"_s,
        u"-qt-list-indent"_s, u"-qt-paragraph-type"_s,
        u"-qt-user-state"_s,
    };
    return allowed.contains(property.toString());
}

// One length: a number with a unit Qt knows, within the bound for its unit; keywords pass. A font size sets
// how large every glyph is drawn and cached, so it has tighter bounds than boxes.
bool isModestLength(QStringView token, bool font)
{
    if (token.isEmpty())
        return true;
    if (!token.front().isDigit() && token.front() != u'.' && token.front() != u'-')
        return token.size() <= 16; // keywords: small, large, auto, normal…
    qsizetype digits = 0;
    while (digits < token.size() &&
           (token[digits].isDigit() || token[digits] == u'.' || token[digits] == u'-'))
        ++digits;
    bool ok = false;
    const double number = token.left(digits).toDouble(&ok);
    if (!ok)
        return false;
    const QStringView unit = token.sliced(digits);
    double limit = 0;
    if (unit.isEmpty() || unit == u"px" || unit == u"pt")
        limit = font ? 96 : 1600;
    else if (unit == u"em" || unit == u"ex" || unit == u"rem")
        limit = font ? 6 : 40;
    else if (unit == u"%")
        limit = font ? 600 : 400;
    else
        return false;
    return number >= -limit && number <= limit;
}

bool isAllowedValue(QStringView property, QStringView value)
{
    if (value.isEmpty() || value.size() > 200)
        return false;
    // Nothing is ever loaded through a style, and escapes could spell anything.
    for (QStringView banned : {u"url", u"expression", u"\\", u"@", u"<", u"image", u"javascript"}) {
        if (value.contains(banned, Qt::CaseInsensitive))
            return false;
    }
    switch (kindOf(property)) {
    case ValueKind::Free:
        return true;
    case ValueKind::Indent: {
        bool ok = false;
        const int indent = value.toInt(&ok);
        return ok && indent >= 0 && indent <= (property == u"-qt-user-state" ? 1000 : 8);
    }
    case ValueKind::Length:
        break;
    }
    const bool font = property == u"font-size";
    for (QStringView token : value.split(u' ', Qt::SkipEmptyParts)) {
        if (!isModestLength(token, font))
            return false;
    }
    return true;
}
} // namespace

QString filteredInlineStyle(QStringView style)
{
    QStringList kept;
    for (QStringView declaration : style.split(u';', Qt::SkipEmptyParts)) {
        if (kept.size() >= limits::kMaxStyleDeclarations)
            break;
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toString().toLower();
        QStringView value = declaration.sliced(colon + 1).trimmed();
        if (value.endsWith(u"!important", Qt::CaseInsensitive))
            value = value.chopped(10).trimmed();
        if (!isAllowedProperty(property) || !isAllowedValue(property, value))
            continue;
        kept.append(property + u':' + value.toString());
    }
    return kept.join(u"; ");
}

QString boundedLength(QStringView value, int max)
{
    const QStringView trimmed = value.trimmed();
    const bool percent = trimmed.endsWith(u'%');
    QStringView number = percent ? trimmed.chopped(1) : trimmed;
    if (number.endsWith(u"px", Qt::CaseInsensitive))
        number = number.chopped(2);
    bool ok = false;
    const int parsed = number.toInt(&ok);
    if (!ok || parsed < 0 || parsed > (percent ? 100 : max))
        return {};
    return QString::number(parsed) + (percent ? QStringLiteral("%") : QString());
}

} // namespace kontor::render
