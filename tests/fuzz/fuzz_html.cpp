// Email HTML (the HTML sanitiser and the message renderer): whatever a sender writes, the sanitised markup
// runs nothing (no script-bearing element, no event handler, no script URL), sanitising is stable (a second
// pass changes nothing that matters), and the renderer lays the result out.

#include "FuzzTarget.h"
#include "HtmlInvariants.h"
#include "render/HtmlSanitizer.h"
#include "ui/conversation/MessageDocument.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// The one place the harness meets the sanitiser; when it moves, only this changes. The expanded options let
// the most through: what they keep safe, the folded defaults keep safe too.
QString sanitize(const QString &html)
{
    return kontor::render::sanitizeHtml(html, kontor::render::expandedSanitizeOptions());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    kontor::fuzz::ensureGuiApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = kontor::fuzz::textOf(data, size);
    const QString clean = sanitize(html);
    kontor::fuzz::expectNoActiveContent(clean);
    kontor::fuzz::expectNoActiveContent(sanitize(clean));

    kontor::ui::MessageRenderOptions options;
    options.palette = QGuiApplication::palette();
    options.font = QGuiApplication::font();
    const auto document = kontor::ui::renderMessageBody(html, kontor::BodyFormat::Html, options);
    KONTOR_FUZZ_EXPECT(document != nullptr);
    document->setTextWidth(480);
    KONTOR_FUZZ_EXPECT(document->size().height() >= 0);
    // Nothing remote was loaded while laying out: what was asked for is listed as refused.
    for (const QUrl &url : document->blockedUrls())
        KONTOR_FUZZ_EXPECT(url.scheme() == QLatin1StringView("http") ||
                           url.scheme() == QLatin1StringView("https"));
    return 0;
}
