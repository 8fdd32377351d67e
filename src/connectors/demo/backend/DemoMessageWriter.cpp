#include "connectors/demo/backend/DemoMessageWriter.h"

#include "connectors/demo/backend/DemoDirectory.h"

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

bool isChat(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
    case Channel::WhatsApp:
    case Channel::Messenger:
    case Channel::Instagram:
    case Channel::Telegram:
        return true;
    default:
        return false;
    }
}

bool isMail(Channel channel)
{
    return channel == Channel::Email || channel == Channel::Api;
}

bool hasCode(const DemoBody &body)
{
    for (const DemoBlock &block : body) {
        if (block.kind == DemoBlock::Kind::Code)
            return true;
    }
    return false;
}

void dropCode(DemoBody &body)
{
    body.removeIf([](const DemoBlock &block) { return block.kind == DemoBlock::Kind::Code; });
}

QString hex(DemoRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar::fromLatin1("0123456789abcdef"[random.below(16)]));
    return text;
}

QString clock(int seconds)
{
    return QString::number(seconds / 60) + u':' + QString::number(seconds % 60).rightJustified(2, u'0');
}

QString firstName(const QString &name)
{
    return name.section(u' ', 0, 0);
}

// The letters and digits of a name, for a made-up web address.
QString slugOf(const QString &name)
{
    QString slug;
    for (QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
    }
    return slug.isEmpty() ? u"company"_s : slug;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

DemoMessageWriter::DemoMessageWriter(const DemoConversation &conversation, const DemoCustomer &customer,
                                     DemoTextFacts facts)
    : m_conversation(conversation)
    , m_customer(customer)
    , m_facts(std::move(facts))
    , m_language(demoLanguageFromKey(conversation.language).value_or(demoLanguageOf(customer)))
    , m_topic(demoTopicFromKey(conversation.topic).value_or(DemoTopic::Delivery))
    , m_book(demoPhrasebook(m_language))
{}

void DemoMessageWriter::remember(const DemoMessage &message)
{
    if (message.callSeconds > 0)
        m_lastCallSeconds = message.callSeconds;
    Said *said = nullptr;
    if (message.kind == MessageKind::Incoming)
        said = &m_lastIncoming;
    else if (message.kind == MessageKind::Outgoing)
        said = &m_lastOutgoing;
    if (!said)
        return;
    // Kept as it is: only an email that quotes it needs its text.
    said->body = message.body;
    said->format = message.format;
    said->author = message.authorName;
    said->at = message.createdAt;
    if (message.kind == MessageKind::Outgoing)
        m_agentGreeted = true;
}

QString DemoMessageWriter::subjectFor(DemoTopic topic, const DemoTextFacts &facts, DemoRandom &random,
                                      DemoLanguage language)
{
    return fillTemplate(text(random.pick(demoPhrasebook(language).topics[int(topic)].subjects)), facts);
}

DemoMessage DemoMessageWriter::write(DemoBeat beat, DemoRandom &random, UtcMillis at,
                                     const QString &messageId, const DemoAgent *author,
                                     const DemoAgent *mention)
{
    m_at = at;
    m_messageId = messageId;
    m_facts.agent = author ? firstName(author->name) : QString();
    DemoMessage message;
    switch (beat) {
    case DemoBeat::Opening:
    case DemoBeat::FollowUp:
    case DemoBeat::Thanks:
    case DemoBeat::CustomerChat:
    case DemoBeat::Voicemail:
        message = customerMessage(beat, random);
        break;
    case DemoBeat::AgentReply:
    case DemoBeat::AgentChat:
        if (author) {
            message = agentMessage(beat, random, *author);
            break;
        }
        [[fallthrough]];
    case DemoBeat::Note:
    case DemoBeat::CallNote:
        message = noteMessage(beat, random, author, mention);
        break;
    case DemoBeat::Call:
    case DemoBeat::MissedCall:
    case DemoBeat::Assigned:
    case DemoBeat::Resolved:
    case DemoBeat::ChannelSwitched:
        message = activityMessage(beat, random, author);
        break;
    }
    message.remoteId = messageId;
    message.conversationId = m_conversation.remoteId;
    message.channel = m_conversation.channel;
    message.createdAt = at;
    message.updatedAt = at;
    remember(message);
    return message;
}

const char *DemoMessageWriter::freshLine(DemoLines lines, DemoRandom &random)
{
    // Nobody sends the very same sentence twice in a row: take the next one instead.
    std::size_t index = std::size_t(random.below(int(lines.size())));
    if (lines.size() > 1 && m_used.contains(lines[index]))
        index = (index + 1) % lines.size();
    if (lines.size() > 1 && m_used.contains(lines[index]))
        index = (index + 1) % lines.size();
    m_used.append(lines[index]);
    if (m_used.size() > 4)
        m_used.removeFirst();
    return lines[index];
}

DemoBody DemoMessageWriter::templateBody(const char *templateText, DemoBeat beat, DemoRandom &random) const
{
    DemoBody body;
    appendParagraphs(body, fillTemplate(text(templateText), m_facts));
    for (DemoBlock &block : body) {
        if (block.text != u"{snippet}")
            continue;
        DemoSnippetUse use = DemoSnippetUse::ApiResponse;
        if (beat == DemoBeat::AgentReply)
            use = DemoSnippetUse::AgentCode;
        else if (m_topic == DemoTopic::Login)
            use = DemoSnippetUse::LoginLog;
        else if (QByteArrayView(templateText).contains("ebhook")) // "webhook", "Webhook" in every language
            use = DemoSnippetUse::WebhookLog;
        const DemoSnippet &snippet = random.pick(demoSnippets(use));
        block = {DemoBlock::Kind::Code, text(snippet.text), text(snippet.fence), {}};
    }
    return body;
}

DemoBlock DemoMessageWriter::quoteOf(bool ofOutgoing) const
{
    const Said &said = ofOutgoing ? m_lastOutgoing : m_lastIncoming;
    QString from = said.author;
    if (ofOutgoing)
        from = u"Brightlane <support@brightlane.example>"_s;
    else if (!m_facts.email.isEmpty())
        from += u" <"_s + m_facts.email + u'>';
    const QString date =
        formatDemoDate(m_book.quoteDate, m_book, said.at, demoPlaceOf(m_customer).utcOffsetMinutes);
    const QString attribution =
        text(m_book.quoteHeader).replace(u"{qdate}"_s, date).replace(u"{qfrom}"_s, from);
    QString html;
    if (said.format == BodyFormat::Html) {
        // Quote the message without the quote it carries itself, as mail clients trim deep quotes.
        html = said.body;
        const qsizetype quote = html.indexOf(u"<div class=\"quote\">"_s);
        if (quote >= 0)
            html.truncate(quote);
        else if (html.endsWith(u"</div>"_s))
            html.chop(6);
        if (html.startsWith(u"<div dir=\"ltr\">"_s))
            html.remove(0, 15);
    }
    return {DemoBlock::Kind::Quote, demoPlainText(said.body, said.format), attribution, html};
}

void DemoMessageWriter::addAttachment(DemoMessage &message, DemoRandom &random, const QString &fileName,
                                      const QString &mimeType)
{
    DemoAttachment attachment;
    attachment.remoteId = m_messageId + u"-a"_s + QString::number(message.attachments.size() + 1);
    attachment.fileName = fileName;
    attachment.mimeType = mimeType;
    attachment.sizeBytes = random.between(80, 3200) * 1024LL;
    attachment.remoteUrl = u"https://files.brightlane.example/attachments/"_s + m_messageId + u'/' + fileName;
    message.attachments.append(attachment);
}

DemoMessage DemoMessageWriter::customerMessage(DemoBeat beat, DemoRandom &random)
{
    DemoMessage message;
    message.kind = MessageKind::Incoming;
    message.authorCustomerId = m_customer.remoteId;
    message.authorName = m_customer.name;
    const DemoTopicPhrases &phrases = m_book.topics[int(m_topic)];
    const Channel channel = m_conversation.channel;

    if (beat == DemoBeat::Voicemail || (beat == DemoBeat::Opening && channel == Channel::Voice)) {
        m_lastCallSeconds = random.between(12, 75);
        message.activity = u"voicemail"_s;
        message.callSeconds = m_lastCallSeconds;
        message.body = u"Voicemail ("_s + clock(m_lastCallSeconds) + u"): "_s +
                       fillTemplate(text(random.pick(m_book.voicemails)), m_facts);
        return message;
    }

    DemoBody body;
    switch (beat) {
    case DemoBeat::Opening:
        if (!m_conversation.relatedConversationId.isEmpty()) {
            appendParagraphs(body, fillTemplate(text(random.pick(m_book.channelSwitches)), m_facts));
            body += templateBody(freshLine(phrases.followUps, random), beat, random);
        } else {
            body = templateBody(freshLine(phrases.openings, random), beat, random);
        }
        break;
    case DemoBeat::FollowUp:
        body = templateBody(freshLine(phrases.followUps, random), beat, random);
        break;
    case DemoBeat::Thanks:
        body = templateBody(freshLine(phrases.thanks, random), beat, random);
        break;
    default:
        body = templateBody(freshLine(m_book.customerChat, random), beat, random);
        break;
    }
    const bool photo = m_topic == DemoTopic::Damaged && beat != DemoBeat::Thanks && channel != Channel::Sms &&
                       channel != Channel::Api && (beat == DemoBeat::Opening || random.chance(0.5));
    const QString photoName = u"IMG_"_s + QString::number(random.between(1000, 9999)) + u".jpg"_s;

    if (channel == Channel::Api && beat == DemoBeat::Opening) {
        // A contact form arrives as the form's fields; the customer's later messages are mail replies.
        const QString form = u"Name: "_s + m_customer.name + u"\nEmail: "_s + m_facts.email +
                             u"\nOrder number: "_s + m_facts.order;
        body.prepend({DemoBlock::Kind::Paragraph, form, {}, {}});
        message.format = BodyFormat::Plain;
    } else if (isMail(channel)) {
        const bool html = random.chance(0.75);
        body.prepend({DemoBlock::Kind::Paragraph, text(random.pick(m_book.emailGreetings)), {}, {}});
        body.append({DemoBlock::Kind::Paragraph,
                     text(random.pick(m_book.emailSignOffs)) + u'\n' +
                         (beat == DemoBeat::Opening ? m_customer.name : m_facts.first),
                     {},
                     {}});
        if (!m_customer.company.isEmpty()) {
            const QString slug = slugOf(m_customer.company.section(u' ', 0, 0));
            body.append({DemoBlock::Kind::Paragraph, m_customer.company, {}, {}});
            body.append({DemoBlock::Kind::Image,
                         m_customer.company,
                         u"https://www."_s + slug + u".example/assets/email-logo.png"_s,
                         {}});
        }
        if (photo)
            body.append({DemoBlock::Kind::Image,
                         photoName,
                         u"https://photos.mail.example/"_s + hex(random, 10) + u'/' + photoName,
                         {}});
        if (random.chance(0.25))
            body.append({DemoBlock::Kind::Paragraph, text(random.pick(m_book.mobileFooters)), {}, {}});
        if (beat != DemoBeat::Opening && !m_lastOutgoing.body.isEmpty())
            body.append(quoteOf(true));
        message.format = html ? BodyFormat::Html : BodyFormat::Plain;
    } else if (channel == Channel::Sms) {
        dropCode(body);
        message.format = BodyFormat::Plain;
    } else {
        message.format = hasCode(body) && (channel == Channel::WebChat || channel == Channel::Telegram)
                             ? BodyFormat::Markdown
                             : BodyFormat::Plain;
    }
    if (photo)
        addAttachment(message, random, photoName, u"image/jpeg"_s);
    message.body = renderDemoBody(body, message.format);
    return message;
}

DemoMessage DemoMessageWriter::agentMessage(DemoBeat beat, DemoRandom &random, const DemoAgent &author)
{
    DemoMessage message;
    message.kind = MessageKind::Outgoing;
    message.authorAgentId = author.remoteId;
    message.authorName = author.name;
    const Channel channel = m_conversation.channel;
    const DemoTopicPhrases &phrases = m_book.topics[int(m_topic)];

    DemoBody body = beat == DemoBeat::AgentChat
                        ? templateBody(freshLine(m_book.agentChat, random), beat, random)
                        : templateBody(freshLine(phrases.agentReplies, random), beat, random);
    const QString greeting = fillTemplate(text(random.pick(m_book.agentGreetings)), m_facts);
    if (isMail(channel)) {
        body.prepend({DemoBlock::Kind::Paragraph, greeting, {}, {}});
        body.append({DemoBlock::Kind::Paragraph,
                     text(random.pick(m_book.agentSignOffs)) + u'\n' + author.name + u'\n' +
                         text(m_book.teamSignature),
                     {},
                     {}});
        body.append({DemoBlock::Kind::Image,
                     u"Brightlane"_s,
                     u"https://cdn.brightlane.example/email/logo-brightlane@2x.png"_s,
                     {}});
        if (!m_lastIncoming.body.isEmpty() && random.chance(0.5))
            body.append(quoteOf(false));
        message.format = BodyFormat::Html;
        if (m_topic == DemoTopic::Invoice && beat == DemoBeat::AgentReply)
            addAttachment(message, random, u"Invoice-"_s + m_facts.invoice + u".pdf"_s, u"application/pdf"_s);
    } else {
        if (!m_agentGreeted && beat == DemoBeat::AgentReply && isChat(channel))
            body.prepend({DemoBlock::Kind::Paragraph, greeting, {}, {}});
        if (channel == Channel::Sms) {
            dropCode(body);
            body.append(
                {DemoBlock::Kind::Paragraph, u"– "_s + firstName(author.name) + u", Brightlane"_s, {}, {}});
        }
        message.format = (channel == Channel::WebChat || channel == Channel::Telegram) ? BodyFormat::Markdown
                                                                                       : BodyFormat::Plain;
    }
    message.body = renderDemoBody(body, message.format);
    message.deliveryState = DeliveryState::Sent;
    return message;
}

DemoMessage DemoMessageWriter::noteMessage(DemoBeat beat, DemoRandom &random, const DemoAgent *author,
                                           const DemoAgent *mention)
{
    DemoMessage message;
    message.kind = MessageKind::Note;
    message.format = BodyFormat::Markdown;
    if (author) {
        message.authorAgentId = author->remoteId;
        message.authorName = author->name;
    }
    const char *templateText = nullptr;
    if (beat == DemoBeat::CallNote) {
        m_facts.duration =
            formatDemoDuration(m_book, m_lastCallSeconds ? m_lastCallSeconds : random.between(90, 900));
        templateText = random.pick(m_book.callNotes);
    } else {
        templateText = freshLine(m_book.topics[int(m_topic)].notes, random);
    }
    m_facts.colleague = mention ? u"@"_s + firstName(mention->name) : QString();
    if (mention && QByteArrayView(templateText).contains("{colleague}"))
        message.mentionedAgentIds.append(mention->remoteId);
    message.body = fillTemplate(text(templateText), m_facts).trimmed();
    if (m_topic == DemoTopic::Api && beat == DemoBeat::Note && random.chance(0.5)) {
        const DemoSnippet &snippet = random.pick(demoSnippets(DemoSnippetUse::ApiResponse));
        message.body += u"\n\n```"_s + text(snippet.fence) + u'\n' + text(snippet.text) + u"\n```"_s;
    }
    return message;
}

DemoMessage DemoMessageWriter::activityMessage(DemoBeat beat, DemoRandom &random, const DemoAgent *author)
{
    DemoMessage message;
    message.kind = MessageKind::Activity;
    message.format = BodyFormat::Plain;
    if (author) {
        message.authorAgentId = author->remoteId;
        message.authorName = author->name;
    }
    const DemoIdentity *phone = identityOn(m_customer, Channel::Voice);
    const QString number = phone ? phone->displayValue : QString();
    const QString agentName = author ? author->name : u"Routing"_s;
    switch (beat) {
    case DemoBeat::Call: {
        const bool inbound = m_lastCallSeconds == 0;
        m_lastCallSeconds = random.between(60, 1200);
        message.activity = u"call"_s;
        message.callSeconds = m_lastCallSeconds;
        message.body = (inbound ? u"Inbound call from "_s + number + u", answered by "_s
                                : u"Outbound call to "_s + number + u" by "_s) +
                       agentName + u" ("_s + clock(m_lastCallSeconds) + u')';
        break;
    }
    case DemoBeat::MissedCall:
        message.activity = u"call_missed"_s;
        message.body = u"Missed call from "_s + number;
        break;
    case DemoBeat::Assigned:
        message.activity = u"assigned"_s;
        message.body =
            u"Assigned to "_s +
            (m_conversation.assigneeId.isEmpty() ? agentName : demoAgentName(m_conversation.assigneeId));
        break;
    case DemoBeat::Resolved:
        message.activity = u"resolved"_s;
        message.body = u"Conversation resolved by "_s + agentName;
        break;
    default: {
        const DemoPhrasebook &english = demoPhrasebook(DemoLanguage::English);
        message.activity = u"channel_switched"_s;
        message.body = u"Customer continued on "_s + text(english.channelNames[int(m_conversation.channel)]) +
                       u" (earlier conversation "_s + m_conversation.relatedConversationId + u')';
        break;
    }
    }
    return message;
}

} // namespace kontor
