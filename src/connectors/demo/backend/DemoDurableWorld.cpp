#include "connectors/demo/backend/DemoDurableWorld.h"

#include "connectors/demo/backend/DemoActionJson.h"
#include "connectors/demo/backend/DemoWorldCore.h"

#include "platform/DiskSync.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor {

DemoDurableWorld::DemoDurableWorld(DemoWorld world, QString path)
    : m_world(std::move(world))
    , m_path(std::move(path))
    , m_journal(journalPath(m_path))
    , m_lastJournaledClock(m_world.clock())
{}

DemoDurableWorld::~DemoDurableWorld() = default;

QString DemoDurableWorld::journalPath(const QString &path)
{
    return path + u".journal"_s;
}

DemoDurableOpenResult DemoDurableWorld::open(const QString &path, const DemoWorldConfig &config)
{
    DemoDurableOpenResult result;
    DemoLoadResult loaded = DemoStateFile::loadLatestGood(path);
    if (loaded.world) {
        result.fromPrevious = loaded.fromPrevious;
        if (loaded.fromPrevious)
            result.problem = loaded.error;
        result.world.reset(new DemoDurableWorld(std::move(*loaded.world), path));
        QString problem;
        result.replayed = result.world->replay(problem);
        if (!problem.isEmpty() && !result.problem.isError())
            result.problem = {DemoStateFileError::Code::Malformed, problem};
    } else {
        if (loaded.error.code != DemoStateFileError::Code::NotFound)
            result.problem = loaded.error;
        result.fresh = true;
        result.world.reset(new DemoDurableWorld(DemoWorld(config), path));
    }
    // Fold what was replayed into a new state file and start an empty journal behind it.
    result.world->checkpoint();
    return result;
}

int DemoDurableWorld::replay(QString &problem)
{
    QFile file(journalPath(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QList<QByteArray> lines = file.readAll().split('\n');
    // A last line without its line end was cut off while being written: it was never acknowledged.
    lines.removeLast();
    DemoWorldCore &core = *m_world.m_core;
    int replayed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject entry = QJsonDocument::fromJson(lines[i], &parseError).object();
        const qint64 number = entry.value(u"n"_s).toInteger(-1);
        const QJsonValue now = entry.value(u"now"_s);
        if (parseError.error != QJsonParseError::NoError || number < 0 || !now.isDouble()) {
            problem = u"journal line %1 is damaged"_s.arg(i + 1);
            break;
        }
        if (number <= core.journaled)
            continue; // already in the state file
        if (number != core.journaled + 1) {
            problem =
                u"journal entry %1 does not follow the state file's %2"_s.arg(number).arg(core.journaled);
            break;
        }
        if (entry.contains(u"action"_s)) {
            QString error;
            const std::optional<DemoAction> action =
                demoActionFromJson(entry.value(u"action"_s).toObject(), error);
            if (!action) {
                problem = u"journal line %1: %2"_s.arg(i + 1).arg(error);
                break;
            }
            m_world.apply(*action, now.toInteger());
        } else {
            m_world.advance(now.toInteger());
        }
        core.journaled = number;
        ++replayed;
    }
    m_lastJournaledClock = m_world.clock();
    return replayed;
}

bool DemoDurableWorld::append(const QJsonObject &entry, bool sync)
{
    m_lastJournaledClock = m_world.clock();
    if (!m_journal.isOpen() && !m_journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_journalError = m_journal.errorString();
        return false;
    }
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (m_journal.write(line) != line.size() ||
        (sync ? !platform::syncFile(m_journal) : !m_journal.flush())) {
        m_journalError = m_journal.errorString();
        return false;
    }
    ++m_journalLength;
    return true;
}

void DemoDurableWorld::markJumpStart(UtcMillis now)
{
    // A call that reaches further than the catch-up limit from the last line would make a replay skip time
    // this world lived through: note where the clock stands first, so that the replay starts its call from
    // there.
    const DemoWorldCore &core = *m_world.m_core;
    if (now - m_lastJournaledClock > core.config.maxCatchUpMillis && core.clock != m_lastJournaledClock)
        append({{u"n"_s, nextEntry()}, {u"now"_s, core.clock}}, false);
}

qint64 DemoDurableWorld::nextEntry()
{
    return ++m_world.m_core->journaled;
}

void DemoDurableWorld::advance(UtcMillis now)
{
    markJumpStart(now);
    m_world.advance(now);
    // Between two lines the world never lives longer than its resume margin, which a reopened world regrows.
    const UtcMillis clock = m_world.clock();
    if (clock != m_lastJournaledClock &&
        clock - m_lastJournaledClock >= m_world.config().resumeMarginMillis())
        append({{u"n"_s, nextEntry()}, {u"now"_s, now}}, false);
    if (m_journalLength >= kCheckpointEvery)
        checkpoint();
}

DemoActionResult DemoDurableWorld::apply(const DemoAction &action, UtcMillis now)
{
    markJumpStart(now);
    const DemoActionResult result = m_world.apply(action, now);
    if (!append({{u"n"_s, nextEntry()}, {u"now"_s, now}, {u"action"_s, demoActionToJson(action)}}, true) ||
        m_journalLength >= kCheckpointEvery)
        checkpoint(); // the journal failed: a whole state file keeps the action instead
    return result;
}

DemoStateFileError DemoDurableWorld::checkpoint()
{
    const DemoStateFileError error = DemoStateFile::save(m_world, m_path);
    if (error.isError())
        return error;
    // The state file now holds every entry: the journal starts again, empty.
    m_journal.close();
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_journalError = m_journal.errorString();
        return {DemoStateFileError::Code::WriteFailed, m_journalError};
    }
    m_journalLength = 0;
    m_journalError.clear();
    m_lastJournaledClock = m_world.clock();
    return {};
}

} // namespace kontor
