#include "store/Schema.h"

#include "store/migrations/MigrationSteps.h"
#include "store/sql/Database.h"
#include "store/sql/Transaction.h"

#include <iterator>
#include <string>

namespace kontor::schema {

namespace {

struct Step
{
    int version;
    void (*apply)(sql::Database &db);
};

// Append only: a released step never changes, a new version is a new step.
const Step steps[] = {
    {1, migrations::createBaseSchema},        {2, migrations::createFullTextSearch},
    {3, migrations::addInboxSortKeys},        {4, migrations::addResolutionTimes},
    {5, migrations::addInboxCountIndexes},    {6, migrations::addCustomerAttributes},
    {7, migrations::addDeliveryCertainty},    {8, migrations::addJoinEvidence},
    {9, migrations::addMessageInteractions},  {10, migrations::addSecureSearchIndexes},
    {11, migrations::keepOutboxFilesInStore},
};

} // namespace

int latestVersion()
{
    return std::prev(std::end(steps))->version;
}

int version(sql::Database &db)
{
    return int(db.queryInt64("PRAGMA user_version").value_or(0));
}

NewerVersionError::NewerVersionError(int found, int supported)
    : std::runtime_error("store schema is newer than this build supports")
    , found_(found)
    , supported_(supported)
{}

void migrate(sql::Database &db, int upTo)
{
    const int current = version(db);
    if (current > latestVersion())
        throw NewerVersionError(current, latestVersion());
    for (const Step &step : steps) {
        if (step.version <= current || step.version > upTo)
            continue;
        sql::Transaction transaction(db);
        // Another process may have migrated between the first look and taking the write lock.
        if (version(db) >= step.version)
            continue;
        step.apply(db);
        // A pragma takes no parameters; the version is a constant of this build, never outside input.
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
    db.clearStatementCache();
}

} // namespace kontor::schema
