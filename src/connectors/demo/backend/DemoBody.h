#pragma once

#include "core/Message.h"

#include <QList>
#include <QString>

namespace kontor {

// A message body before it takes the shape of its channel: the same blocks become an HTML email with quoted
// reply and remote images, a Markdown chat message with code fences, or plain SMS text.
struct DemoBlock
{
    enum class Kind
    {
        Paragraph, // text; single line breaks are kept
        Code,      // text is the code, detail its language
        Image,     // text is the alt text, detail the remote URL
        Quote,     // text is the quoted message as plain text, detail the attribution line, html its HTML
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString detail;
    QString html;
};

using DemoBody = QList<DemoBlock>;

// Splits a filled-in template into paragraphs at blank lines.
void appendParagraphs(DemoBody &body, const QString &text);

QString renderDemoBody(const DemoBody &body, BodyFormat format);

// The readable text of a body in any format: HTML tags dropped, entities decoded. Used to quote a message.
QString demoPlainText(const QString &body, BodyFormat format);

} // namespace kontor
