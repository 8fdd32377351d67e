#pragma once

#include "connectors/demo/backend/DemoWorld.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kontor {

// Why a state file could not be read or written.
struct DemoStateFileError
{
    enum class Code
    {
        None,
        NotFound,
        Unreadable,
        NotAStateFile,
        UnsupportedVersion,
        Truncated,
        Corrupt,   // the checksum does not match: bytes changed after writing
        Malformed, // the content does not describe a world
        WriteFailed,
    };

    Code code = Code::None;
    QString detail; // technical, for logs: names a field or an offset, never record content

    bool isError() const { return code != Code::None; }
    // For the user (translated).
    QString message() const;
};

struct DemoLoadResult
{
    std::optional<DemoWorld> world;
    DemoStateFileError error;
    // The world came from the copy of the previous save because the file itself could not be read.
    bool fromPrevious = false;
};

// The demo backend's own state file, so that it behaves like a remote that survives restarts.
//
// Format: one header line, "KONTOR-DEMO-WORLD <version> <body length> <SHA-256 of the body, hex>", then the
// body: compact JSON with the configuration (the history is regenerated from it, never stored), the clock,
// the id counters, the records created or changed after the epoch with the first versions of those that
// changed, the scheduled events and the ledger of processed actions. A file that is truncated, altered or
// malformed is refused with the reason; nothing is ever half-loaded. Saving writes a new file atomically and
// keeps the last good one beside it (previousPath()), so no single failure loses the remote.
class DemoStateFile
{
public:
    static constexpr int kVersion = 1;

    static QByteArray serialise(const DemoWorld &world);
    static DemoLoadResult parse(const QByteArray &bytes);

    static DemoStateFileError save(const DemoWorld &world, const QString &path);
    // Loads exactly the file at path.
    static DemoLoadResult load(const QString &path);
    // Loads the file at path or, when it cannot be read, the copy of the previous save.
    static DemoLoadResult loadLatestGood(const QString &path);

    static QString previousPath(const QString &path);

private:
    static bool hasValidEnvelope(const QByteArray &bytes);
};

} // namespace kontor
