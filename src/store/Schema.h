#pragma once

#include <stdexcept>

namespace kontor::sql {
class Database;
}

namespace kontor::schema {

// The schema version this build writes (PRAGMA user_version).
int latestVersion();
// The version recorded in the store; 0 for an empty file.
int version(sql::Database &db);

// Thrown when a store was written by a newer Kontor than this one.
class NewerVersionError : public std::runtime_error
{
public:
    NewerVersionError(int found, int supported);
    int found() const { return found_; }
    int supported() const { return supported_; }

private:
    int found_;
    int supported_;
};

// Brings the store up to upTo (the latest version by default), one step per transaction, so that an
// interrupted migration leaves the store at the last completed step. Stopping short of the latest version
// exists for tests that need a store as an earlier Kontor made it. Throws NewerVersionError or sql::Error.
void migrate(sql::Database &db, int upTo = latestVersion());

} // namespace kontor::schema
