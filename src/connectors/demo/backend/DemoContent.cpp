#include "connectors/demo/backend/DemoContent.h"

#include "core/EnumKeys.h"

#include <iterator>

namespace kontor {

// Defined beside their texts, one file per language.
const DemoPhrasebook &englishPhrasebook();
const DemoPhrasebook &germanPhrasebook();
const DemoPhrasebook &danishPhrasebook();

namespace {
constexpr EnumKey<DemoLanguage> kLanguageKeys[] = {
    {DemoLanguage::English, "en"},
    {DemoLanguage::German, "de"},
    {DemoLanguage::Danish, "da"},
};

struct TopicInfo
{
    DemoTopic topic;
    const char *key;
    const char *label;
};

constexpr TopicInfo kTopics[] = {
    {DemoTopic::Delivery, "delivery", "delivery"},
    {DemoTopic::Refund, "refund", "refund"},
    {DemoTopic::Login, "login", "account"},
    {DemoTopic::Invoice, "invoice", "billing"},
    {DemoTopic::Address, "address", "address-change"},
    {DemoTopic::Api, "api", "api"},
    {DemoTopic::Damaged, "damaged", "damaged"},
    {DemoTopic::Subscription, "subscription", "subscription"},
};
static_assert(std::size(kTopics) == kDemoTopicCount);
} // namespace

QString demoLanguageKey(DemoLanguage language)
{
    return keyOf(kLanguageKeys, language);
}

std::optional<DemoLanguage> demoLanguageFromKey(QStringView key)
{
    return enumFromKey(kLanguageKeys, key);
}

QString demoTopicKey(DemoTopic topic)
{
    return QString::fromLatin1(kTopics[int(topic)].key);
}

std::optional<DemoTopic> demoTopicFromKey(QStringView key)
{
    for (const TopicInfo &info : kTopics) {
        if (key == QLatin1StringView(info.key))
            return info.topic;
    }
    return std::nullopt;
}

QString demoTopicLabel(DemoTopic topic)
{
    return QString::fromLatin1(kTopics[int(topic)].label);
}

const DemoPhrasebook &demoPhrasebook(DemoLanguage language)
{
    switch (language) {
    case DemoLanguage::German:
        return germanPhrasebook();
    case DemoLanguage::Danish:
        return danishPhrasebook();
    case DemoLanguage::English:
        break;
    }
    return englishPhrasebook();
}

} // namespace kontor
