// How message bodies are shown: email HTML without scripts and without anything remote until the agent asks,
// Markdown with highlighted code, JSON and XML payloads pretty-printed and highlighted, links in plain text;
// the timeline delegate lays every kind of row out, and "load remote content" goes through the source the
// composition root provides (never the network directly).
#include "WorkspaceTestSupport.h"
#include "models/TimelineModel.h"
#include "render/HtmlSanitizer.h"
#include "ui/conversation/MessageDocument.h"
#include "ui/conversation/MessageSourceDialog.h"
#include "ui/conversation/RemoteContentSource.h"
#include "ui/conversation/SafeTextDocument.h"
#include "ui/conversation/TimelineDelegate.h"
#include "ui/conversation/TimelineView.h"

#include <QBuffer>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kontor::ui::BodyKind)
Q_DECLARE_METATYPE(kontor::BodyFormat)

namespace {
MessageRenderOptions options()
{
    MessageRenderOptions o;
    o.font = QFont();
    o.palette = QPalette();
    return o;
}

// Answers every fetch with a small red image, and counts the fetches.
class FakeRemoteContent : public RemoteContentSource
{
public:
    QList<QUrl> asked;
    void fetch(const QList<QUrl> &urls, QObject *context, Done done) override
    {
        asked.append(urls);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        for (const QUrl &url : urls)
            QMetaObject::invokeMethod(
                context, [done, url, bytes] { done(url, bytes); }, Qt::QueuedConnection);
    }
};

bool anyForegroundIn(const QTextDocument &document, const QString &containing)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(containing))
            continue;
        for (const QTextLayout::FormatRange &range : block.textFormats()) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                return true;
        }
    }
    return false;
}
} // namespace

class TestMessageRendering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void classifiesBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<BodyFormat>("format");
        QTest::addColumn<BodyKind>("kind");
        QTest::newRow("plain") << u"Hello, where is my parcel?"_s << BodyFormat::Plain << BodyKind::Plain;
        QTest::newRow("json object") << u"  {\"a\": [1, 2]} "_s << BodyFormat::Plain << BodyKind::Json;
        QTest::newRow("json array") << u"[{\"id\": 1}]"_s << BodyFormat::Plain << BodyKind::Json;
        QTest::newRow("broken json stays text") << u"{not json}"_s << BodyFormat::Plain << BodyKind::Plain;
        QTest::newRow("xml") << u"<?xml version=\"1.0\"?><a><b/></a>"_s << BodyFormat::Plain << BodyKind::Xml;
        QTest::newRow("angle brackets are not xml")
            << u"<3 thanks!"_s << BodyFormat::Plain << BodyKind::Plain;
        QTest::newRow("markdown") << u"**bold**"_s << BodyFormat::Markdown << BodyKind::Markdown;
        QTest::newRow("html") << u"<p>hi</p>"_s << BodyFormat::Html << BodyKind::Html;
    }

    void classifiesBodies()
    {
        QFETCH(QString, body);
        QFETCH(BodyFormat, format);
        QFETCH(BodyKind, kind);
        QCOMPARE(classifyBody(body, format), kind);
    }

    void emailHtmlIsSafe()
    {
        const QString html = QString::fromUtf8(
            "<html><head><script>alert(1)</script><link rel=\"stylesheet\" "
            "href=\"https://evil.example/x.css\"></head>\n"
            "<body onload=\"steal()\"><p style=\"background-image:url(https://evil.example/bg.png)\">Hi</p>\n"
            "<img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\"><img "
            "src=\"file:///etc/passwd\">\n"
            "<img "
            "src=\"data:image/"
            "png;base64,"
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
            "\">\n"
            "<a href=\"javascript:alert(2)\">click</a><iframe "
            "src=\"https://evil.example/frame\"></iframe></body></html>");
        const QString clean = render::sanitizeHtml(html, render::SanitizeOptions());
        QVERIFY(!clean.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!clean.contains(u"onload"_s, Qt::CaseInsensitive));
        QVERIFY(!clean.contains(u"javascript:"_s, Qt::CaseInsensitive));
        QVERIFY(!clean.contains(u"<iframe"_s, Qt::CaseInsensitive));
        QVERIFY(!clean.contains(u"<link"_s, Qt::CaseInsensitive));

        std::unique_ptr<SafeTextDocument> document = renderMessageBody(html, BodyFormat::Html, options());
        document->setTextWidth(500);
        document->size(); // lays out, which loads the resources
        QImage target(500, 300, QImage::Format_ARGB32);
        QPainter painter(&target);
        document->drawContents(&painter);
        painter.end();
        QVERIFY(!document->toPlainText().contains(u"alert"_s));
        QVERIFY(document->blockedUrls().contains(QUrl(u"https://tracker.example/pixel.gif"_s)));
        for (const QUrl &url : document->blockedUrls())
            QVERIFY(url.scheme() == u"http"_s || url.scheme() == u"https"_s);
        // The embedded image is shown, not blocked.
        QVERIFY(
            document
                ->resource(
                    QTextDocument::ImageResource,
                    QUrl(
                        u"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="_s))
                .value<QImage>()
                .width() == 1);
    }

    void markdownCodeIsHighlighted()
    {
        const QString markdown =
            u"Look:\n\n```json\n{\"order\": \"100-4471\", \"ok\": true}\n```\n\nand `inline`."_s;
        std::unique_ptr<SafeTextDocument> document =
            renderMessageBody(markdown, BodyFormat::Markdown, options());
        QVERIFY(document->toPlainText().contains(u"100-4471"_s));
        QVERIFY(anyForegroundIn(*document, u"100-4471"_s));
        QVERIFY(!anyForegroundIn(*document, u"Look:"_s));
    }

    void payloadsArePrettyAndHighlighted()
    {
        std::unique_ptr<SafeTextDocument> json = renderMessageBody(
            u"{\"event\":\"order.updated\",\"items\":[1,2]}"_s, BodyFormat::Plain, options());
        QVERIFY(json->toPlainText().contains(u"\n"_s)); // indented over several lines
        QVERIFY(anyForegroundIn(*json, u"event"_s));
        std::unique_ptr<SafeTextDocument> xml =
            renderMessageBody(u"<?xml version=\"1.0\"?>\n<shipment id=\"1\"><status>ok</status></shipment>"_s,
                              BodyFormat::Plain, options());
        QVERIFY(anyForegroundIn(*xml, u"shipment"_s));
    }

    void plainLinksBecomeClickable()
    {
        const QString html = linkifiedHtml(
            u"See https://nordlicht.example/track?id=1 or write to help@nordlicht.example. <b>"_s);
        QVERIFY(html.contains(u"<a href=\"https://nordlicht.example/track?id=1\">"_s));
        QVERIFY(html.contains(u"mailto:help@nordlicht.example"_s));
        QVERIFY(html.contains(u"&lt;b&gt;"_s));
    }

    void timelineLaysOutEveryRowAndLoadsRemoteContentOnRequest()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        TimelineView view;
        view.resize(700, 900);
        models::TimelineModel model(*store);
        view.setTimelineModel(&model);
        FakeRemoteContent remote;
        view.timelineDelegate()->setRemoteContentSource(&remote);
        model.showConversation(fixture::conversationId(*store, u"featured"_s));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int htmlRow = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            QVERIFY2(view.timelineDelegate()->sizeHint(option, index).height() > 10,
                     qPrintable(QString::number(i)));
            if (index.data(models::TimelineModel::BodyFormatRole).toInt() == int(BodyFormat::Html))
                htmlRow = i;
        }
        QVERIFY(htmlRow >= 0);
        QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(remote.asked.isEmpty()); // nothing remote until asked
        const QModelIndex html = model.index(htmlRow);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        const int before = view.timelineDelegate()->sizeHint(option, html).height();
        view.timelineDelegate()->allowRemoteContent(html);
        QTRY_COMPARE(remote.asked.size(), 2); // the tracking pixel and the photo
        QVERIFY(view.timelineDelegate()->isRemoteContentAllowed(
            html.data(models::TimelineModel::MessageIdRole).toLongLong()));
        QVERIFY(view.timelineDelegate()->sizeHint(option, html).height() > 0);
        Q_UNUSED(before)
    }

    void sourceIsShownHighlighted()
    {
        MessageSourceDialog dialog(u"Source"_s, u"<html><body><p>Hi</p></body></html>"_s, u"HTML"_s);
        QCOMPARE(dialog.sourceText(), u"<html><body><p>Hi</p></body></html>"_s);
        auto *editor = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(editor && editor->isReadOnly());
        QTRY_VERIFY(!editor->document()->firstBlock().layout()->formats().isEmpty());
    }
};

QTEST_MAIN(TestMessageRendering)
#include "tst_ui_message_rendering.moc"
