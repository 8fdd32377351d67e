#pragma once

#include "connectors/demo/backend/DemoBody.h"
#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoRandom.h"
#include "connectors/demo/backend/DemoRecords.h"
#include "connectors/demo/backend/DemoTextFacts.h"

namespace kontor {

// One step of a conversation as the generator tells it.
enum class DemoBeat
{
    Opening,      // the customer raises the issue
    FollowUp,     // the customer writes again
    Thanks,       // the customer closes the matter
    CustomerChat, // a short chat line from the customer
    AgentReply,
    AgentChat, // a short chat line from the agent
    Note,
    Voicemail, // the customer's voicemail, transcribed
    Call,      // an answered call, as an activity line
    CallNote,  // the agent's notes after the call
    MissedCall,
    Assigned,
    Resolved,
    ChannelSwitched,
};

// Writes the messages of one conversation in its customer's language and its channel's shape: HTML email with
// a signature, remote images and the quoted message it answers; Markdown chat with code blocks; short SMS;
// calls as activity lines with their duration. It remembers what was said last, so that email replies can
// quote it.
class DemoMessageWriter
{
public:
    DemoMessageWriter(const DemoConversation &conversation, const DemoCustomer &customer,
                      DemoTextFacts facts);

    // Takes note of a message already in the conversation (the latest last).
    void remember(const DemoMessage &message);

    // author is the agent for agent beats; mention the agent a note asks for help (may be empty).
    DemoMessage write(DemoBeat beat, DemoRandom &random, UtcMillis at, const QString &messageId,
                      const DemoAgent *author = nullptr, const DemoAgent *mention = nullptr);

    // The subject of the conversation's first email.
    static QString subjectFor(DemoTopic topic, const DemoTextFacts &facts, DemoRandom &random,
                              DemoLanguage language);

    int callSeconds() const { return m_lastCallSeconds; }

private:
    DemoMessage customerMessage(DemoBeat beat, DemoRandom &random);
    DemoMessage agentMessage(DemoBeat beat, DemoRandom &random, const DemoAgent &author);
    DemoMessage noteMessage(DemoBeat beat, DemoRandom &random, const DemoAgent *author,
                            const DemoAgent *mention);
    DemoMessage activityMessage(DemoBeat beat, DemoRandom &random, const DemoAgent *author);
    const char *freshLine(DemoLines lines, DemoRandom &random);
    DemoBody templateBody(const char *text, DemoBeat beat, DemoRandom &random) const;
    DemoBlock quoteOf(bool ofOutgoing) const;
    void addAttachment(DemoMessage &message, DemoRandom &random, const QString &fileName,
                       const QString &mimeType);

    const DemoConversation &m_conversation;
    const DemoCustomer &m_customer;
    DemoTextFacts m_facts;
    DemoLanguage m_language;
    DemoTopic m_topic;
    const DemoPhrasebook &m_book;
    UtcMillis m_at = 0;
    QString m_messageId;
    bool m_agentGreeted = false;
    int m_lastCallSeconds = 0;
    QList<const char *> m_used; // the lines used last, not to be repeated at once

    struct Said
    {
        QString body;
        BodyFormat format = BodyFormat::Plain;
        QString author;
        UtcMillis at = 0;
    };
    Said m_lastIncoming;
    Said m_lastOutgoing;
};

} // namespace kontor
