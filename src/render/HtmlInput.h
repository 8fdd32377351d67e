#pragma once

#include "render/RenderLimits.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kontor::render {

// The HTML a parser is given, bounded before it parses anything: an HTML5 parser's time grows with the text
// and the tags it sees (and with how deeply what it sees is left open), so input past the text and tag
// budgets is cut off. Long data: URIs in attribute values are set aside and replaced by a short reference
// (kontor-data:<index>), so that image payloads cost a copy, not a parse. Cutting and setting aside are safe
// whatever the scan gets wrong: the parser and the allow-list decide what the input means, not this scan.
struct BoundedHtmlInput
{
    QString html;
    QList<QStringView> payloads; // views into the original input, by reference index
    bool cut = false;            // something was left out
};

inline constexpr QStringView kPayloadScheme = u"kontor-data";

BoundedHtmlInput boundHtmlInput(QStringView html, qsizetype maxTextChars, qsizetype maxTags);

} // namespace kontor::render
