#include "connectors/demo/backend/DemoCustomerFactory.h"

#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoCustomerAttributes.h"
#include "connectors/demo/backend/DemoRandom.h"
#include "connectors/demo/backend/DemoTextFacts.h"

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

// Each kind of identity has its own stream, shared by the channels it serves.
enum class IdentitySlot : quint64
{
    Profile = 0,
    Email = 1,
    Phone = 2,
    WhatsApp = 3,
    Messenger = 4,
    Instagram = 5,
    Telegram = 6,
    Attributes = 7,
};

DemoRandom slotRandom(quint64 seed, qint64 number, IdentitySlot slot)
{
    return DemoRandom(seed, DemoRandom::Stream::Customer, quint64(number) * 8 + quint64(slot));
}

// Folds a name into the letters an address or handle is made of.
QString asciiFold(const QString &text)
{
    static const struct
    {
        const char16_t *from;
        const char16_t *to;
    } folds[] = {{u"ä", u"ae"}, {u"ö", u"oe"}, {u"ü", u"ue"}, {u"ß", u"ss"}, {u"ø", u"oe"}, {u"æ", u"ae"},
                 {u"å", u"aa"}, {u"é", u"e"},  {u"ı", u"i"},  {u"'", u""},   {u"ğ", u"g"},  {u"ş", u"s"}};
    QString result = text.toLower();
    for (const auto &fold : folds)
        result.replace(QString::fromUtf16(fold.from), QString::fromUtf16(fold.to));
    return result;
}

QString digits(DemoRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + random.below(10)));
    return text;
}

// A mobile number in E.164 and as the customer writes it.
std::pair<QString, QString> phoneNumber(DemoRandom &random, QStringView callingCode)
{
    if (callingCode == u"+44") {
        const QString local = u"7700900"_s + digits(random, 3);
        return {u"+44"_s + local, random.chance(0.5) ? u"0"_s + local.left(4) + u' ' + local.mid(4)
                                                     : u"+44 "_s + local.left(4) + u' ' + local.mid(4)};
    }
    if (callingCode == u"+1") {
        const QString local = u"212"_s + QString::number(random.between(2, 9)) + digits(random, 6);
        return {u"+1"_s + local, u"("_s + local.left(3) + u") "_s + local.mid(3, 3) + u'-' + local.mid(6)};
    }
    if (callingCode == u"+49") {
        const QString local = u"15"_s + QString::number(random.pick({1, 2, 7, 9})) + digits(random, 8);
        return {u"+49"_s + local, random.chance(0.5) ? u"0"_s + local.left(3) + u' ' + local.mid(3)
                                                     : u"+49 "_s + local.left(3) + u' ' + local.mid(3)};
    }
    if (callingCode == u"+43") {
        const QString local = u"664"_s + digits(random, 7);
        return {u"+43"_s + local, u"0"_s + local.left(3) + u' ' + local.mid(3)};
    }
    if (callingCode == u"+41") {
        const QString local = u"79"_s + digits(random, 7);
        return {u"+41"_s + local, u"0"_s + local.left(2) + u' ' + local.mid(2, 3) + u' ' + local.mid(5, 2) +
                                      u' ' + local.mid(7)};
    }
    const QString local = QString::number(random.between(2, 9)) + digits(random, 7);
    QString spaced;
    for (int i = 0; i < 8; i += 2)
        spaced += (i ? u" "_s : QString()) + local.mid(i, 2);
    return {u"+45"_s + local, random.chance(0.5) ? spaced : u"+45 "_s + spaced};
}

const DemoIdentity *findIdentity(const DemoCustomer &customer, IdentityKind kind,
                                 std::optional<Channel> platform)
{
    for (const DemoIdentity &identity : customer.identities) {
        if (identity.kind == kind && identity.platform == platform)
            return &identity;
    }
    return nullptr;
}

DemoIdentity makeEmail(DemoRandom random, const DemoCustomer &customer)
{
    const QString first = asciiFold(customer.name.section(u' ', 0, 0));
    const QString last = asciiFold(customer.name.section(u' ', 1)).remove(u' ');
    QString local;
    switch (random.below(4)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first + last + QString::number(random.between(1, 99));
        break;
    case 2:
        local = first.left(1) + u'.' + last;
        break;
    default:
        local = first + u'_' + last + QString::number(random.between(60, 99));
        break;
    }
    QString domain = QString::fromUtf8(random.pick(demoEmailDomains()));
    if (!customer.company.isEmpty() && random.chance(0.7))
        domain = asciiFold(customer.company.section(u' ', 0, 0)).remove(u'&') + u".example"_s;
    const QString value = local + u'@' + domain;
    // Some people type their address with capitals; the value is normalised, the display is theirs.
    QString display = value;
    if (random.chance(0.2))
        display = customer.name.section(u' ', 0, 0) + u'.' + customer.name.section(u' ', 1).remove(u' ') +
                  u'@' + domain;
    if (display.toLower() != value)
        display = value;
    return {IdentityKind::Email, std::nullopt, value, display};
}

QString handleBase(DemoRandom &random, const DemoCustomer &customer)
{
    const QString first = asciiFold(customer.name.section(u' ', 0, 0));
    const QString last = asciiFold(customer.name.section(u' ', 1)).remove(u' ');
    switch (random.below(3)) {
    case 0:
        return first + u'.' + last;
    case 1:
        return first + last.left(1) + QString::number(random.between(80, 99));
    default:
        return first + u'_' + last;
    }
}

// How a customer is related to the one numbered just before them. The demo's world has what a real contact
// center sees, so that identity resolution meets each case in normal use: people sharing a household
// number, an office switchboard, someone writing from a second address, and the same person reaching out on
// another channel as a new contact.
enum class Kinship
{
    None,
    Household,     // another person on the same phone number
    SecondAddress, // the same person, same number, another email address
    Duplicate,     // the same person, same email address, as a new contact
    Office,        // someone calling from their company's switchboard
};

Kinship kinshipOf(qint64 number)
{
    // The one before is never related itself, so a relation is one step deep.
    switch (number % 20) {
    case 3:
        return Kinship::Household;
    case 7:
        return Kinship::SecondAddress;
    case 12:
        return Kinship::Duplicate;
    default:
        return number % 40 == 30 ? Kinship::Office : Kinship::None;
    }
}

// One switchboard that several customers call from (Ofcom's range for fiction).
constexpr auto kSwitchboard = u"+442079460000";

void setPhone(DemoCustomer &customer, const QString &value, const QString &display)
{
    bool found = false;
    for (DemoIdentity &identity : customer.identities) {
        if (identity.kind == IdentityKind::Phone) {
            identity.value = value;
            identity.displayValue = display;
            found = true;
        }
    }
    if (!found)
        customer.identities.append({IdentityKind::Phone, std::nullopt, value, display});
}

void applyKinship(DemoCustomer &customer, Kinship kinship, const DemoCustomer &relative)
{
    const DemoIdentity *phone = findIdentity(relative, IdentityKind::Phone, std::nullopt);
    const DemoIdentity *email = findIdentity(relative, IdentityKind::Email, std::nullopt);
    switch (kinship) {
    case Kinship::None:
        return;
    case Kinship::Household:
    case Kinship::SecondAddress:
        if (phone)
            setPhone(customer, phone->value, phone->displayValue);
        return;
    case Kinship::Duplicate:
        if (!email)
            return;
        customer.identities.removeIf([](const DemoIdentity &i) { return i.kind == IdentityKind::Email; });
        customer.identities.prepend(*email);
        return;
    case Kinship::Office:
        setPhone(customer, QString::fromUtf16(kSwitchboard), u"+44 20 7946 0000"_s);
        return;
    }
}

} // namespace

DemoCustomerFactory::DemoCustomerFactory(quint64 seed)
    : m_seed(seed)
{}

QString DemoCustomerFactory::remoteIdFor(qint64 number)
{
    return u"contact-"_s + QString::number(number);
}

qint64 DemoCustomerFactory::numberOf(QStringView remoteId)
{
    if (!remoteId.startsWith(u"contact-"))
        return 0;
    bool ok = false;
    const qint64 number = remoteId.mid(8).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

DemoCustomer DemoCustomerFactory::make(qint64 number, UtcMillis createdAt, quint32 channelMask) const
{
    DemoRandom random = slotRandom(m_seed, number, IdentitySlot::Profile);
    static constexpr int languageWeights[] = {40, 35, 25};
    const auto language = DemoLanguage(random.weighted(languageWeights));
    const DemoNameBook &book = demoNameBook(language);
    const DemoPlace &place = random.pick(book.places);

    DemoCustomer customer;
    customer.remoteId = remoteIdFor(number);
    customer.updatedAt = createdAt;
    customer.createdAt = createdAt;
    customer.name = QString::fromUtf8(random.pick(book.firstNames)) + u' ' +
                    QString::fromUtf8(random.pick(book.lastNames));
    customer.language = demoLanguageKey(language);
    customer.timeZone = QString::fromUtf8(place.timeZone);
    customer.city = QString::fromUtf8(place.city);
    customer.country = QString::fromUtf8(place.country);
    if (random.chance(0.2))
        customer.company = QString::fromUtf8(random.pick(book.companies));
    const Kinship kinship = number > 1 ? kinshipOf(number) : Kinship::None;
    std::optional<DemoCustomer> relative;
    if (kinship != Kinship::None)
        relative = make(number - 1, createdAt, 0);
    if (relative && (kinship == Kinship::SecondAddress || kinship == Kinship::Duplicate)) {
        customer.name = relative->name;
        customer.language = relative->language;
        customer.timeZone = relative->timeZone;
        customer.city = relative->city;
        customer.country = relative->country;
        customer.company = relative->company;
    }
    // The shop's record follows the person: made after a returning customer took over their profile.
    DemoRandom attributeRandom = slotRandom(m_seed, number, IdentitySlot::Attributes);
    customer.attributes = makeDemoCustomerAttributes(attributeRandom, customer, language);

    const bool email = random.chance(0.85);
    const bool phone = random.chance(0.6) || kinship == Kinship::SecondAddress;
    if (email || !phone || kinship == Kinship::Duplicate)
        addIdentityFor(customer, Channel::Email);
    if (phone)
        addIdentityFor(customer, Channel::Sms);
    if (relative)
        applyKinship(customer, kinship, *relative);
    for (Channel channel : allChannels()) {
        if (channelMask & demoChannelBit(channel))
            addIdentityFor(customer, channel);
    }
    return customer;
}

bool DemoCustomerFactory::addIdentityFor(DemoCustomer &customer, Channel channel) const
{
    if (identityOn(customer, channel))
        return false;
    const qint64 number = numberOf(customer.remoteId);
    const QString callingCode = QString::fromUtf8(demoPlaceOf(customer).callingCode);
    switch (channel) {
    case Channel::Email:
    case Channel::WebChat:
    case Channel::Api:
        customer.identities.append(makeEmail(slotRandom(m_seed, number, IdentitySlot::Email), customer));
        return true;
    case Channel::Sms:
    case Channel::Voice: {
        DemoRandom random = slotRandom(m_seed, number, IdentitySlot::Phone);
        const auto [value, display] = phoneNumber(random, callingCode);
        customer.identities.append({IdentityKind::Phone, std::nullopt, value, display});
        return true;
    }
    case Channel::WhatsApp: {
        // Most people use WhatsApp on the number they give for calls and texts.
        DemoRandom random = slotRandom(m_seed, number, IdentitySlot::WhatsApp);
        const DemoIdentity *phone = findIdentity(customer, IdentityKind::Phone, std::nullopt);
        if (phone && random.chance(0.85)) {
            customer.identities.append(
                {IdentityKind::Phone, Channel::WhatsApp, phone->value, phone->displayValue});
        } else {
            const auto [value, display] = phoneNumber(random, callingCode);
            customer.identities.append({IdentityKind::Phone, Channel::WhatsApp, value, display});
        }
        return true;
    }
    case Channel::Messenger: {
        DemoRandom random = slotRandom(m_seed, number, IdentitySlot::Messenger);
        const QString psid = QString::number(random.between(2, 7)) + digits(random, 15);
        customer.identities.append({IdentityKind::Handle, Channel::Messenger, psid, customer.name});
        return true;
    }
    case Channel::Instagram: {
        DemoRandom random = slotRandom(m_seed, number, IdentitySlot::Instagram);
        const QString handle = u"@"_s + handleBase(random, customer);
        customer.identities.append({IdentityKind::Handle, Channel::Instagram, handle, handle});
        return true;
    }
    case Channel::Telegram: {
        DemoRandom random = slotRandom(m_seed, number, IdentitySlot::Telegram);
        const QString handle = u"@"_s + handleBase(random, customer);
        customer.identities.append({IdentityKind::Handle, Channel::Telegram, handle, handle});
        return true;
    }
    }
    return false;
}

} // namespace kontor
