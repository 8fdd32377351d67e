// Message bodies other than email HTML, as the timeline renders them: Markdown from agents and bots, plain
// text with its links made clickable, and the JSON and XML payloads that plain bodies turn out to be. The
// first byte picks the format and whether mentions are highlighted (internal notes).

#include "FuzzTarget.h"
#include "HtmlInvariants.h"
#include "ui/conversation/MessageDocument.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// The one place the harness meets the renderer; when rendering moves, only this changes.
std::unique_ptr<QTextDocument> render(const QString &body, kontor::BodyFormat format, bool highlightMentions)
{
    kontor::ui::MessageRenderOptions options;
    options.palette = QGuiApplication::palette();
    options.font = QGuiApplication::font();
    options.highlightMentions = highlightMentions;
    return kontor::ui::renderMessageBody(body, format, options);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    kontor::fuzz::ensureGuiApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool markdown = data[0] & 1;
    const bool highlightMentions = data[0] & 2;
    const QString body = kontor::fuzz::textOf(data + 1, size - 1);

    if (!markdown) {
        // Plain text becomes markup of its own making: only its wrapper, links and line breaks.
        const QString html = kontor::ui::linkifiedHtml(body);
        kontor::fuzz::expectNoActiveContent(html);
        for (const kontor::fuzz::HtmlTag &tag : kontor::fuzz::scanTags(html)) {
            KONTOR_FUZZ_EXPECT(tag.name == QLatin1StringView("div") || tag.name == QLatin1StringView("a") ||
                               tag.name == QLatin1StringView("br"));
            for (const auto &[name, value] : tag.attributes) {
                if (name != QLatin1StringView("href"))
                    continue;
                const QString scheme = kontor::fuzz::schemeOf(value);
                KONTOR_FUZZ_EXPECT(scheme == QLatin1StringView("http") ||
                                   scheme == QLatin1StringView("https") ||
                                   scheme == QLatin1StringView("mailto"));
            }
        }
    }

    const auto document =
        render(body, markdown ? kontor::BodyFormat::Markdown : kontor::BodyFormat::Plain, highlightMentions);
    KONTOR_FUZZ_EXPECT(document != nullptr);
    document->setTextWidth(480);
    KONTOR_FUZZ_EXPECT(document->size().height() >= 0);
    return 0;
}
