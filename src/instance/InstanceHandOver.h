#pragma once

#include <QString>
#include <QStringList>
#include <chrono>

namespace kontor::instance {

enum class HandOverOutcome
{
    Accepted, // the running Kontor took the command line: this start is done
    NoAnswer, // nothing listens for the store, or it did not answer in time
};

// In a later start, before anything opens the store: gives the command line to the Kontor that has the store
// open. Blocks up to timeout; runs without an event loop.
HandOverOutcome handOverToRunningInstance(const QString &storePath, const QStringList &arguments,
                                          std::chrono::milliseconds timeout = std::chrono::seconds(3));

} // namespace kontor::instance
