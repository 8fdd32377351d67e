#pragma once

#include "connectors/demo/backend/DemoStateFile.h"
#include "connectors/demo/backend/DemoWorld.h"

#include <QFile>
#include <memory>

namespace kontor {

class DemoDurableWorld;

struct DemoDurableOpenResult
{
    std::unique_ptr<DemoDurableWorld> world; // always set
    // Why the saved state could not be used in full (the world then comes from the previous save, or is new).
    DemoStateFileError problem;
    bool fresh = false;        // a new world: there was no usable saved state
    bool fromPrevious = false; // the newest state file was damaged; the one before it was used
    int replayed = 0;          // journal entries applied on top of the state file
};

// A DemoWorld kept on disk the way a server keeps its database: the state file (a snapshot) plus a journal of
// what happened since. An accepted action is on disk before apply() returns, at the cost of one appended line
// instead of a whole snapshot; the journal is folded into a new snapshot now and then (checkpoint()).
//
// Time passing needs no journal line of its own: the simulation is a pure function of the clock, so a
// reopened world that lost its last minutes regrows them exactly, tick for tick. A line is written only now
// and then, so that a replay never skips time the original simulated (see DemoWorldConfig::maxCatchUpMillis).
//
// Journal: <state file>.journal, one compact JSON object per line:
//   {"n": <entry number>, "now": <UTC ms>}                       time passed up to now
//   {"n": <entry number>, "now": <UTC ms>, "action": {...}}      an action (see demoActionToJson), applied at
//   now
// The state file records how many entries it includes; a cut-off last line (a crash while writing) is
// ignored, as its answer never reached anybody.
class DemoDurableWorld
{
public:
    static constexpr int kCheckpointEvery = 500; // journal entries

    // Opens the world saved at path, or makes a new one from config when there is none (or none readable).
    static DemoDurableOpenResult open(const QString &path, const DemoWorldConfig &config);
    ~DemoDurableWorld();

    const DemoWorld &world() const { return m_world; }
    const QString &path() const { return m_path; }
    static QString journalPath(const QString &path);

    void advance(UtcMillis now);
    // Applies the action and writes it to the journal, flushed to the disk, before returning the answer.
    DemoActionResult apply(const DemoAction &action, UtcMillis now);
    // Writes the state file and starts an empty journal.
    DemoStateFileError checkpoint();
    int journalLength() const { return m_journalLength; }
    // Why the last journal write failed; empty when it did not. The world goes on in memory regardless.
    QString journalError() const { return m_journalError; }

private:
    DemoDurableWorld(DemoWorld world, QString path);
    bool append(const QJsonObject &entry, bool sync);
    void markJumpStart(UtcMillis now);
    qint64 nextEntry();
    int replay(QString &problem);

    DemoWorld m_world;
    QString m_path;
    QFile m_journal;
    int m_journalLength = 0;
    UtcMillis m_lastJournaledClock = 0;
    QString m_journalError;
};

} // namespace kontor
