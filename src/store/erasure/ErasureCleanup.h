#pragma once

#include "store/erasure/ErasureReport.h"

#include <QString>
#include <QStringList>

namespace kontor::sql {
class Database;
}

namespace kontor {

// What follows an erasure once its transaction has committed, outside any transaction, on the writer's
// connection: stores set aside after damage are deleted (they hold everyone as they were), and the
// write-ahead log is checkpointed and truncated, so that the deleted pages' old versions leave it. The
// connection runs with PRAGMA secure_delete, so the pages freed in the store itself were zeroed — the files
// the agent sent among them (they are kept inside the store, see actions/OutboxFiles.h).
class ErasureCleanup
{
public:
    ErasureCleanup(sql::Database &db, QString storePath);

    // Returns false when the log could not be truncated (a reader held on for too long); it is then
    // truncated at the next erasure or when the store closes.
    bool run();

    // The stores set aside beside this one after damage (each with its log files), as erasing removes them.
    static QStringList setAsideStores(const QString &storePath);

private:
    bool truncateLog();

    sql::Database &db_;
    QString storePath_;
};

} // namespace kontor
