#include "connectors/demo/backend/DemoTextFacts.h"

#include "connectors/demo/backend/DemoRandom.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
constexpr qint64 kDayMillis = 24 * 3600 * 1000LL;

QString digits(DemoRandom &random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + random.below(10)));
    return text;
}

QString letters(DemoRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'A' + random.below(26)));
    return text;
}

QString trackingNumber(DemoRandom &random, QStringView carrier)
{
    if (carrier == u"DHL")
        return u"00340434"_s + digits(random, 12);
    if (carrier == u"Royal Mail")
        return letters(random, 2) + digits(random, 9) + u"GB"_s;
    if (carrier == u"UPS")
        return u"1Z"_s + letters(random, 3) + digits(random, 3) + u"0"_s + digits(random, 9);
    if (carrier == u"PostNord")
        return u"00370"_s + digits(random, 15);
    if (carrier == u"Hermes")
        return u"H10"_s + digits(random, 17);
    if (carrier == u"DPD")
        return u"0"_s + digits(random, 13);
    return digits(random, 12);
}

QString money(const DemoPhrasebook &book, int euroCents)
{
    const qint64 cents = qint64(euroCents) * book.currencyPerMille / 1000;
    QString value = QString::number(cents / 100) + QChar::fromLatin1(book.decimalSeparator) +
                    QString::number(cents % 100).rightJustified(2, u'0');
    return QString::fromUtf8(book.currencyFormat).replace(u"{v}"_s, value);
}

QString pad2(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

const DemoPlace *findPlace(const QString &city)
{
    for (DemoLanguage language : {DemoLanguage::English, DemoLanguage::German, DemoLanguage::Danish}) {
        for (const DemoPlace &place : demoNameBook(language).places) {
            if (city == QString::fromUtf8(place.city))
                return &place;
        }
    }
    return nullptr;
}

constexpr const char *kErrors[] = {"HTTP 429 Too Many Requests", "HTTP 502 Bad Gateway",
                                   "HTTP 422 Unprocessable Entity", "HTTP 503 Service Unavailable"};
constexpr const char *kEndpoints[] = {"/v2/devices/{id}/state", "/v2/webhooks", "/v2/schedules",
                                      "/v2/devices/{id}/firmware"};
} // namespace

DemoLanguage demoLanguageOf(const DemoCustomer &customer)
{
    return demoLanguageFromKey(customer.language).value_or(DemoLanguage::English);
}

const DemoPlace &demoPlaceOf(const DemoCustomer &customer)
{
    if (const DemoPlace *place = findPlace(customer.city))
        return *place;
    return demoNameBook(demoLanguageOf(customer)).places.front();
}

DemoTextFacts DemoTextFacts::make(quint64 seed, qint64 rootNumber, UtcMillis rootCreatedAt,
                                  const DemoCustomer &customer)
{
    DemoRandom random(seed, DemoRandom::Stream::ConversationFacts, quint64(rootNumber));
    const DemoLanguage language = demoLanguageOf(customer);
    const DemoPhrasebook &book = demoPhrasebook(language);
    const DemoNameBook &names = demoNameBook(language);
    const DemoPlace &place = demoPlaceOf(customer);

    DemoTextFacts facts;
    facts.name = customer.name;
    facts.first = customer.name.section(u' ', 0, 0);
    for (const DemoIdentity &identity : customer.identities) {
        if (identity.kind == IdentityKind::Email) {
            facts.email = identity.displayValue.isEmpty() ? identity.value : identity.displayValue;
            break;
        }
    }
    facts.order = u"BL-"_s + QString::number(random.between(100000, 999999));
    const DemoProduct &product = random.pick(demoProducts());
    facts.product = QString::fromUtf8(product.name);
    facts.amount = money(book, product.priceCents);
    const int days = random.between(3, 12);
    facts.days = QString::number(days);
    facts.date =
        formatDemoDate(book.dateFormat, book, rootCreatedAt - days * kDayMillis, place.utcOffsetMinutes);
    facts.carrier = QString::fromUtf8(place.carrier);
    facts.tracking = trackingNumber(random, facts.carrier);
    facts.invoice = u"INV-"_s + QString::number(toDateTime(rootCreatedAt).date().year()) + u'-' +
                    QString::number(random.between(10000, 99999));
    facts.street = QString::fromUtf8(random.pick(names.streets))
                       .replace(u"{n}"_s, QString::number(random.between(1, 120)));
    facts.city = QString::fromUtf8(random.pick(names.places).city);
    facts.error = QString::fromLatin1(random.pick(kErrors));
    facts.endpoint = QString::fromLatin1(random.pick(kEndpoints))
                         .replace(u"{id}"_s, QString::number(random.between(1000, 99999)));
    facts.time = pad2(random.between(6, 11)) + u':' + pad2(random.below(60)) + u" UTC"_s;
    facts.plan = random.chance(0.5) ? u"Plus"_s : u"Pro"_s;
    return facts;
}

QString DemoTextFacts::value(QStringView key) const
{
    struct Field
    {
        const char16_t *key;
        const QString DemoTextFacts::*member;
    };
    static constexpr Field fields[] = {
        {u"first", &DemoTextFacts::first},         {u"name", &DemoTextFacts::name},
        {u"email", &DemoTextFacts::email},         {u"agent", &DemoTextFacts::agent},
        {u"colleague", &DemoTextFacts::colleague}, {u"order", &DemoTextFacts::order},
        {u"product", &DemoTextFacts::product},     {u"amount", &DemoTextFacts::amount},
        {u"date", &DemoTextFacts::date},           {u"days", &DemoTextFacts::days},
        {u"tracking", &DemoTextFacts::tracking},   {u"carrier", &DemoTextFacts::carrier},
        {u"invoice", &DemoTextFacts::invoice},     {u"street", &DemoTextFacts::street},
        {u"city", &DemoTextFacts::city},           {u"error", &DemoTextFacts::error},
        {u"endpoint", &DemoTextFacts::endpoint},   {u"time", &DemoTextFacts::time},
        {u"plan", &DemoTextFacts::plan},           {u"previous", &DemoTextFacts::previous},
        {u"duration", &DemoTextFacts::duration},
    };
    for (const Field &field : fields) {
        if (key == QStringView(field.key))
            return this->*field.member;
    }
    return {};
}

QString fillTemplate(QStringView text, const DemoTextFacts &facts)
{
    QString result;
    result.reserve(text.size() + 64);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const QStringView key = text.mid(open + 1, close - open - 1);
        const QString value = facts.value(key);
        result.append(text.mid(pos, open - pos));
        if (value.isNull())
            result.append(text.mid(open, close - open + 1));
        else
            result.append(value);
        pos = close + 1;
    }
    result.append(text.mid(pos));
    return result;
}

QString formatDemoDate(const char *pattern, const DemoPhrasebook &book, UtcMillis at, int utcOffsetMinutes)
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(at, QTimeZone::fromSecondsAheadOfUtc(utcOffsetMinutes * 60));
    const QDate date = local.date();
    const QTime time = local.time();
    QString text = QString::fromUtf8(pattern);
    text.replace(u"{wd}"_s, QString::fromUtf8(book.weekdays[date.dayOfWeek() - 1]));
    text.replace(u"{dd}"_s, pad2(date.day()));
    text.replace(u"{d}"_s, QString::number(date.day()));
    text.replace(u"{mon}"_s, QString::fromUtf8(book.months[date.month() - 1]));
    text.replace(u"{mm2}"_s, pad2(date.month()));
    text.replace(u"{y}"_s, QString::number(date.year()));
    text.replace(u"{hh}"_s, pad2(time.hour()));
    text.replace(u"{mm}"_s, pad2(time.minute()));
    return text;
}

QString formatDemoDuration(const DemoPhrasebook &book, int seconds)
{
    return QString::fromUtf8(book.durationFormat)
        .replace(u"{m}"_s, QString::number(seconds / 60))
        .replace(u"{s}"_s, QString::number(seconds % 60));
}

} // namespace kontor
