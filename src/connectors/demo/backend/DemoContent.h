#pragma once

#include <QString>
#include <optional>
#include <span>

namespace kontor {

// The demo's texts: data, not user interface. Customers of the fictional shop "Brightlane" (smart-home
// devices, with a developer API) write in English, German or Danish, and colleagues answer in the customer's
// language. Templates carry {placeholders} that DemoTextFacts fills in; a paragraph that is only "{snippet}"
// becomes a code block (log, JSON, request or code) in the message's format.

enum class DemoLanguage
{
    English,
    German,
    Danish,
};

QString demoLanguageKey(DemoLanguage language);
std::optional<DemoLanguage> demoLanguageFromKey(QStringView key);

enum class DemoTopic
{
    Delivery,
    Refund,
    Login,
    Invoice,
    Address,
    Api,
    Damaged,
    Subscription,
};
constexpr int kDemoTopicCount = 8;

QString demoTopicKey(DemoTopic topic);
std::optional<DemoTopic> demoTopicFromKey(QStringView key);
// The label a conversation on the topic starts with.
QString demoTopicLabel(DemoTopic topic);

using DemoLines = std::span<const char *const>;

struct DemoTopicPhrases
{
    DemoLines subjects;
    DemoLines openings;     // the customer's first message
    DemoLines followUps;    // the customer writes again
    DemoLines agentReplies; // without greeting; the writer adds one where the channel wants it
    DemoLines notes;        // internal notes; "{colleague}" mentions another agent
    DemoLines thanks;       // the customer closes the matter
};

struct DemoPhrasebook
{
    DemoTopicPhrases topics[kDemoTopicCount];
    DemoLines emailGreetings; // a customer opens an email
    DemoLines emailSignOffs;  // a customer closes an email, before the name
    DemoLines mobileFooters;  // "Sent from my iPhone"
    DemoLines agentGreetings; // "Hi {first},"
    DemoLines agentSignOffs;  // before the agent's name
    DemoLines customerChat;   // short chat lines between the real messages
    DemoLines agentChat;
    DemoLines channelSwitches; // the customer refers to the same issue raised on {previous}
    DemoLines voicemails;      // transcripts of a voicemail
    DemoLines callNotes;       // an agent's notes after a call of {duration}
    DemoLines csatGood;
    DemoLines csatMixed;
    DemoLines csatBad;
    const char *quoteHeader; // "On {qdate}, {qfrom} wrote:"
    const char *quoteDate;   // {wd} {d} {dd} {mon} {mm2} {y} {hh} {mm}
    const char *dateFormat;  // for {date}: {d} {dd} {mon} {mm2} {y}
    const char *months[12];
    const char *weekdays[7];     // Monday first
    const char *channelNames[9]; // indexed by Channel, as a customer names it in a sentence
    const char *durationFormat;  // {m} {s}
    const char *currencyFormat;  // {v}
    int currencyPerMille;        // prices are kept in euro cents
    char decimalSeparator;
    const char *teamSignature; // under an agent's name in an email
};

const DemoPhrasebook &demoPhrasebook(DemoLanguage language);

struct DemoPlace
{
    const char *city;
    const char *country;  // ISO 3166
    const char *timeZone; // IANA
    int utcOffsetMinutes; // standard time: quotes in emails show local time without a time-zone database
    const char *callingCode;
    const char *carrier;
};

struct DemoNameBook
{
    DemoLines firstNames;
    DemoLines lastNames;
    std::span<const DemoPlace> places;
    DemoLines streets; // "{n}" is a house number
    DemoLines companies;
};

const DemoNameBook &demoNameBook(DemoLanguage language);
DemoLines demoEmailDomains();

struct DemoProduct
{
    const char *name;
    int priceCents;
};
std::span<const DemoProduct> demoProducts();

enum class DemoSnippetUse
{
    LoginLog,
    ApiResponse,
    WebhookLog,
    AgentCode,
};

struct DemoSnippet
{
    const char *fence; // the code fence's language
    const char *text;
};
std::span<const DemoSnippet> demoSnippets(DemoSnippetUse use);

struct DemoCannedText
{
    DemoLanguage language;
    const char *shortCode;
    const char *title;
    const char *content;
};
std::span<const DemoCannedText> demoCannedTexts();

} // namespace kontor
