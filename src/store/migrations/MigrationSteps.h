#pragma once

namespace kontor::sql {
class Database;
}

namespace kontor::migrations {

// Each step moves the schema from version N-1 to N. Steps run inside the migration's transaction and must
// never change once released: a store made by any earlier version replays the later steps in order.
void createBaseSchema(sql::Database &db);       // version 1
void createFullTextSearch(sql::Database &db);   // version 2
void addInboxSortKeys(sql::Database &db);       // version 3
void addResolutionTimes(sql::Database &db);     // version 4
void addInboxCountIndexes(sql::Database &db);   // version 5
void addCustomerAttributes(sql::Database &db);  // version 6
void addDeliveryCertainty(sql::Database &db);   // version 7
void addJoinEvidence(sql::Database &db);        // version 8
void addMessageInteractions(sql::Database &db); // version 9
void addSecureSearchIndexes(sql::Database &db); // version 10
void keepOutboxFilesInStore(sql::Database &db); // version 11

} // namespace kontor::migrations
