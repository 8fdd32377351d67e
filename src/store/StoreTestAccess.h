#pragma once

#include "store/StoreReader.h"

namespace kontor {

// For tests only: a reader's connection, to inspect rows that no typed query reads. Code outside the store
// reads through the typed queries of StoreReader; nothing under src/, ui/ or app/ includes this header.
class StoreTestAccess
{
public:
    static sql::Database &database(StoreReader &reader) { return *reader.db_; }
};

} // namespace kontor
