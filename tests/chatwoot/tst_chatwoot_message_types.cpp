// Chatwoot's interactive and special message types as an agent understands them: the options offered and the
// one chosen, cards with their links, a form with the submitted values, a satisfaction survey with its
// rating, an email request with the address given, articles as links, an unknown type named rather than
// dropped — through mapping, the store and the timeline's rendering; hostile values stay text.
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "ui/conversation/MessageDocument.h"
#include "ui/conversation/SafeTextDocument.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace Qt::StringLiterals;

namespace {
QJsonObject message(const QString &contentType, const QJsonObject &attributes, const QString &content = {})
{
    return QJsonObject{{u"id"_s, 9001},
                       {u"conversation_id"_s, 42},
                       {u"created_at"_s, 1'760'000'000},
                       {u"message_type"_s, 3},
                       {u"content"_s, content},
                       {u"content_type"_s, contentType},
                       {u"content_attributes"_s, attributes}};
}

// JSON written with single quotes, to keep it readable in C++ strings.
QJsonArray json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).array();
}

MessageInteraction interactionOf(const QJsonObject &m)
{
    const std::optional<MappedMessage> mapped = mapMessage(m);
    if (!mapped || !mapped->record.interaction)
        return {};
    return *mapped->record.interaction;
}

// What the timeline shows for a message: its body and the interaction below it, as text, and its links.
struct Shown
{
    QString text;
    QStringList links;
};

Shown shown(const MessageInteraction &interaction, const QString &body = {})
{
    ui::MessageRenderOptions options;
    options.interaction = interaction.toJson();
    const std::unique_ptr<ui::SafeTextDocument> document =
        ui::renderMessageBody(body, BodyFormat::Plain, options);
    Shown result{document->toPlainText(), {}};
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !result.links.contains(href))
                result.links.append(href);
        }
    }
    return result;
}
} // namespace

class TestChatwootMessageTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionsOfferedAndChosen()
    {
        const QJsonArray items =
            json("[{'title':'Track my order','value':'track'},"
                 "                                          {'title':'Talk to a person','value':'human'}]");
        MessageInteraction offered =
            interactionOf(message(u"input_select"_s, {{u"items"_s, items}}, u"How can we help?"_s));
        QCOMPARE(offered.type, MessageInteraction::Type::Options);
        QCOMPARE(offered.options, (QStringList{u"Track my order"_s, u"Talk to a person"_s}));
        QVERIFY(!offered.answered());
        QVERIFY(shown(offered).text.contains(u"Not answered yet"_s));

        // The customer's pick comes back by value.
        const MessageInteraction picked = interactionOf(message(
            u"input_select"_s, {{u"items"_s, items}, {u"submitted_values"_s, json("[{'value':'human'}]")}}));
        QCOMPARE(picked.chosen, QStringList{u"Talk to a person"_s});
        const Shown view = shown(picked, u"How can we help?"_s);
        QVERIFY2(view.text.contains(u"How can we help?"_s), qPrintable(view.text));
        QVERIFY2(view.text.contains(u"Options offered: Track my order · Talk to a person"_s),
                 qPrintable(view.text));
        QVERIFY2(view.text.contains(u"Chosen: Talk to a person"_s), qPrintable(view.text));
    }

    void cardsWithTheirLinks()
    {
        const MessageInteraction cards = interactionOf(message(
            u"cards"_s,
            {{u"items"_s,
              json("[{'title':'Grinder X2','description':'Ceramic burrs',"
                   "                'media_url':'https://shop.example/x2.png',"
                   "                'actions':[{'type':'link','text':'View','uri':'https://shop.example/x2'},"
                   "                           {'type':'postback','text':'Buy','payload':'buy-x2'},"
                   "                           "
                   "{'type':'link','text':'Evil','uri':'javascript:alert(1)'}]}]")}}));
        QCOMPARE(cards.type, MessageInteraction::Type::Cards);
        QCOMPARE(cards.cards.size(), 1);
        const Shown view = shown(cards);
        QVERIFY(view.text.contains(u"Grinder X2"_s) && view.text.contains(u"Ceramic burrs"_s));
        // Only the web link is a link; the script stays its title, never something to click.
        QCOMPARE(view.links, QStringList{u"https://shop.example/x2"_s});
        QVERIFY(view.text.contains(u"Evil"_s));
    }

    void formWithSubmittedValues()
    {
        const QJsonArray fields = json("[{'name':'order','label':'Order number','type':'text'},"
                                       "                                           "
                                       "{'name':'note','label':'What happened?','type':'text_area'}]");
        const MessageInteraction sent = interactionOf(message(u"form"_s, {{u"items"_s, fields}}));
        QCOMPARE(sent.type, MessageInteraction::Type::Form);
        QVERIFY(!sent.answered());
        QVERIFY(shown(sent).text.contains(u"Not answered yet"_s));
        const MessageInteraction filled = interactionOf(
            message(u"form"_s, {{u"items"_s, fields},
                                {u"submitted_values"_s, json("[{'name':'order','value':'BL-395150'}]")}}));
        QCOMPARE(filled.fields.size(), 2);
        QCOMPARE(filled.fields[0].value, u"BL-395150"_s);
        const QString text = shown(filled).text;
        QVERIFY2(text.contains(u"Order number: BL-395150"_s), qPrintable(text));
        QVERIFY2(text.contains(u"What happened?: —"_s), qPrintable(text));
    }

    void surveyEmailRequestAndArticles()
    {
        const MessageInteraction survey = interactionOf(message(
            u"input_csat"_s,
            {{u"submitted_values"_s,
              QJsonObject{{u"csat_survey_response"_s,
                           QJsonObject{{u"rating"_s, 4}, {u"feedback_message"_s, u"Quick and kind"_s}}}}}}));
        QCOMPARE(survey.rating, std::optional<int>(4));
        QVERIFY(shown(survey).text.contains(u"rated 4 of 5 — “Quick and kind”"_s));
        QVERIFY(!interactionOf(message(u"input_csat"_s, {})).rating);

        const MessageInteraction email =
            interactionOf(message(u"input_email"_s, {{u"submitted_email"_s, u"anna@example.de"_s}}));
        QCOMPARE(email.type, MessageInteraction::Type::EmailRequest);
        QVERIFY(shown(email).text.contains(u"Asked for an email address: anna@example.de"_s));

        const MessageInteraction articles = interactionOf(
            message(u"article"_s,
                    {{u"items"_s, json("[{'title':'Returns','link':'https://help.example/returns'}]")}}));
        QCOMPARE(shown(articles).links, QStringList{u"https://help.example/returns"_s});
    }

    void unknownTypesAreNamedNotDropped()
    {
        const std::optional<MappedMessage> mapped =
            mapMessage(message(u"integrations"_s, {{u"type"_s, u"dyte"_s}}, u"Video call started"_s));
        QVERIFY(mapped);
        QCOMPARE(mapped->record.body, u"Video call started"_s);
        QCOMPARE(mapped->record.interaction->type, MessageInteraction::Type::Other);
        QVERIFY(shown(*mapped->record.interaction).text.contains(u"“integrations” message"_s));
        // Ordinary text has no interaction at all.
        QVERIFY(!mapMessage(message(u"text"_s, {}, u"Hi"_s))->record.interaction);
    }

    void hostileValuesStayTextAndBounded()
    {
        QJsonArray items;
        for (int i = 0; i < 500; ++i)
            items.append(QJsonObject{{u"title"_s, QString(u"<b onclick=x>opt</b>"_s + QString(5000, u'x'))},
                                     {u"value"_s, QString::number(i)}});
        const MessageInteraction flood = interactionOf(message(u"input_select"_s, {{u"items"_s, items}}));
        QCOMPARE(flood.options.size(), qsizetype(limits::messageInteractionItems));
        QCOMPARE(flood.options.first().size(), qsizetype(limits::messageInteractionText));
        const Shown view = shown(flood);
        QVERIFY(view.text.contains(u"<b onclick=x>opt</b>"_s)); // shown as the text it is
        QVERIFY(view.links.isEmpty());
    }

    void keptByTheStore()
    {
        QTemporaryDir dir;
        StoreOpenResult opened = Store::open(dir.filePath(u"store.db"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        IngestBatch batch;
        batch.account = {u"chatwoot"_s, u"cw-1"_s, u"Chatwoot"_s};
        batch.inboxes.append({u"1"_s, u"Web"_s, Channel::WebChat});
        batch.customers.append({u"7"_s, u"Anna Berg"_s, {}});
        ConversationRecord c;
        c.remoteId = u"42"_s;
        c.inboxRemoteId = u"1"_s;
        c.channel = Channel::WebChat;
        c.customerRemoteId = u"7"_s;
        c.createdAt = 1'760'000'000'000;
        c.lastActivityAt = c.createdAt;
        batch.conversations.append(c);
        const QJsonArray items = json("[{'title':'Yes','value':'y'},{'title':'No','value':'n'}]");
        std::optional<MappedMessage> mapped = mapMessage(message(
            u"input_select"_s, {{u"items"_s, items}, {u"submitted_values"_s, json("[{'value':'y'}]")}},
            u"Did that help?"_s));
        QVERIFY(mapped);
        batch.messages.append(mapped->record);
        opened.store->ingest(batch).waitForFinished();
        sql::Statement conversation = StoreTestAccess::database(opened.store->reader())
                                          .prepare("SELECT id FROM conversations WHERE remote_id = '42'");
        QVERIFY(conversation.step());
        const MessagePage page =
            opened.store->reader().messages().conversationMessages(conversation.int64(0));
        QCOMPARE(page.rows.size(), 1);
        const std::optional<MessageInteraction> kept =
            MessageInteraction::fromJson(page.rows.first().interaction);
        QVERIFY(kept);
        QCOMPARE(kept->options, (QStringList{u"Yes"_s, u"No"_s}));
        QCOMPARE(kept->chosen, QStringList{u"Yes"_s});
    }
};

QTEST_MAIN(TestChatwootMessageTypes)
#include "tst_chatwoot_message_types.moc"
