#pragma once

#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoRecords.h"

namespace kontor {

class DemoRandom;

// What Brightlane's customer database keeps on a customer, as a shop's CRM would: plan, how long they have
// been a customer, how many orders, where they live, whether they are a VIP, and a link to their record. The
// labels are the shop's (one set for every market); the values fit the customer's market.
QList<DemoAttribute> makeDemoCustomerAttributes(DemoRandom &random, const DemoCustomer &customer,
                                                DemoLanguage language);

} // namespace kontor
