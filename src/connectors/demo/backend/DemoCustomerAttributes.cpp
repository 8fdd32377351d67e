#include "connectors/demo/backend/DemoCustomerAttributes.h"

#include "connectors/demo/backend/DemoCustomerFactory.h"
#include "connectors/demo/backend/DemoRandom.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

QString planName(DemoRandom &random, DemoLanguage language)
{
    static constexpr int weights[] = {50, 35, 15};
    static const char *const english[] = {"Basic", "Plus", "Premium"};
    static const char *const local[] = {"Basis", "Plus", "Premium"};
    const int tier = random.weighted(weights);
    return QString::fromLatin1(language == DemoLanguage::English ? english[tier] : local[tier]);
}

QString shopDomain(DemoLanguage language)
{
    switch (language) {
    case DemoLanguage::German:
        return u"brightlane.example/de"_s;
    case DemoLanguage::Danish:
        return u"brightlane.example/dk"_s;
    case DemoLanguage::English:
        break;
    }
    return u"brightlane.example/uk"_s;
}

} // namespace

QList<DemoAttribute> makeDemoCustomerAttributes(DemoRandom &random, const DemoCustomer &customer,
                                                DemoLanguage language)
{
    QList<DemoAttribute> attributes;
    attributes.append({u"plan"_s, u"Plan"_s, planName(random, language), AttributeKind::List});

    // They bought from the shop (for up to seven years) before they first wrote to support.
    const QDate firstContact = QDateTime::fromMSecsSinceEpoch(customer.createdAt, QTimeZone::UTC).date();
    const QDate since = firstContact.addDays(-random.between(20, 7 * 365));
    attributes.append({u"first_order"_s, u"First order"_s, since.toString(Qt::ISODate), AttributeKind::Date});

    // Most customers have a few orders, a few have many.
    const int orders = random.chance(0.8) ? random.between(1, 12) : random.between(13, 240);
    attributes.append({u"order_count"_s, u"Orders"_s, QString::number(orders), AttributeKind::Number});

    if (!customer.city.isEmpty())
        attributes.append({u"city"_s, u"City"_s, customer.city, AttributeKind::Text});
    if (!customer.company.isEmpty())
        attributes.append({u"company"_s, u"Company"_s, customer.company, AttributeKind::Text});

    const bool vip = orders > 60 || random.chance(0.05);
    attributes.append({u"vip"_s, u"VIP"_s, vip ? u"true"_s : u"false"_s, AttributeKind::Boolean});

    const qint64 number = DemoCustomerFactory::numberOf(customer.remoteId);
    attributes.append(
        {u"shop_account"_s, u"Shop account"_s,
         u"https://admin."_s + shopDomain(language) + u"/customers/"_s + QString::number(100'000 + number),
         AttributeKind::Link});
    return attributes;
}

} // namespace kontor
