#include "connectors/demo/backend/DemoStateFile.h"

#include "connectors/demo/backend/DemoJsonReader.h"
#include "connectors/demo/backend/DemoRecordJson.h"
#include "connectors/demo/backend/DemoWorldCore.h"
#include "core/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
constexpr char kMagic[] = "KONTOR-DEMO-WORLD";

struct Envelope
{
    QByteArray body;
    DemoStateFileError error;
};

DemoStateFileError failure(DemoStateFileError::Code code, const QString &detail)
{
    return {code, detail};
}

Envelope openEnvelope(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray header = newline < 0 ? bytes.left(200) : bytes.left(newline);
    const QList<QByteArray> fields = header.split(' ');
    if (fields.size() != 4 || fields[0] != kMagic)
        return {{}, failure(DemoStateFileError::Code::NotAStateFile, u"no state file header"_s)};
    bool ok = false;
    const int version = fields[1].toInt(&ok);
    if (!ok || version != DemoStateFile::kVersion)
        return {{},
                failure(DemoStateFileError::Code::UnsupportedVersion,
                        u"version "_s + QString::fromLatin1(fields[1]))};
    const qint64 length = fields[2].toLongLong(&ok);
    if (!ok || length < 0)
        return {{}, failure(DemoStateFileError::Code::NotAStateFile, u"bad length field"_s)};
    if (newline < 0)
        return {{}, failure(DemoStateFileError::Code::Truncated, u"the header is cut off"_s)};
    const QByteArray body = bytes.mid(newline + 1);
    if (body.size() < length)
        return {{},
                failure(DemoStateFileError::Code::Truncated,
                        u"expected %1 bytes after the header, found %2"_s.arg(length).arg(body.size()))};
    if (body.size() > length)
        return {{},
                failure(DemoStateFileError::Code::Corrupt,
                        u"%1 bytes after the end"_s.arg(body.size() - length))};
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() != fields[3])
        return {{}, failure(DemoStateFileError::Code::Corrupt, u"checksum mismatch"_s)};
    return {body, {}};
}

QJsonArray recordsToJson(const QList<DemoRecord> &records)
{
    QJsonArray array;
    for (const DemoRecord &record : records)
        array.append(demoRecordToJson(record));
    return array;
}

QList<DemoRecord> recordsFromJson(DemoJsonReader &in, const char *key)
{
    QList<DemoRecord> records;
    const QJsonArray array = in.array(key);
    for (qsizetype i = 0; i < array.size() && in.ok(); ++i) {
        DemoJsonReader item =
            in.nested(array[i].toObject(), QString::fromLatin1(key) + u'[' + QString::number(i) + u']');
        if (std::optional<DemoRecord> record = demoRecordFromJson(item))
            records.append(std::move(*record));
    }
    return records;
}
} // namespace

QString DemoStateFileError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NotFound:
        return QCoreApplication::translate("DemoBackend", "The demo contact center has no saved state yet.");
    case Code::Unreadable:
        return QCoreApplication::translate("DemoBackend",
                                           "The demo contact center's state file cannot be read.");
    case Code::NotAStateFile:
        return QCoreApplication::translate("DemoBackend",
                                           "The file is not a demo contact center state file.");
    case Code::UnsupportedVersion:
        return QCoreApplication::translate(
            "DemoBackend", "The demo contact center's state file was written by another version.");
    case Code::Truncated:
        return QCoreApplication::translate("DemoBackend",
                                           "The demo contact center's state file is incomplete.");
    case Code::Corrupt:
        return QCoreApplication::translate("DemoBackend", "The demo contact center's state file is damaged.");
    case Code::Malformed:
        return QCoreApplication::translate(
            "DemoBackend", "The demo contact center's state file does not describe a valid state.");
    case Code::WriteFailed:
        return QCoreApplication::translate("DemoBackend",
                                           "The demo contact center's state could not be saved.");
    }
    return {};
}

QString DemoStateFile::previousPath(const QString &path)
{
    return path + u".previous"_s;
}

namespace {

QJsonArray deletionsToJson(const QList<DemoRecordStore::Deletion> &deletions)
{
    QJsonArray json;
    for (const DemoRecordStore::Deletion &deletion : deletions)
        json.append(QJsonObject{
            {u"seq"_s, deletion.seq}, {u"kind"_s, demoRecordKindKey(deletion.kind)}, {u"id"_s, deletion.id}});
    return json;
}

std::optional<QList<DemoRecordStore::Deletion>> deletionsFromJson(const QJsonArray &json)
{
    QList<DemoRecordStore::Deletion> deletions;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        const std::optional<DemoRecordKind> kind = demoRecordKindFromKey(object.value(u"kind"_s).toString());
        const QString id = object.value(u"id"_s).toString();
        const qint64 seq = object.value(u"seq"_s).toInteger();
        if (!kind || id.isEmpty() || seq < 1)
            return std::nullopt;
        deletions.append({seq, *kind, id});
    }
    return deletions;
}

} // namespace

bool DemoStateFile::hasValidEnvelope(const QByteArray &bytes)
{
    return !openEnvelope(bytes).error.isError();
}

QByteArray DemoStateFile::serialise(const DemoWorld &world)
{
    const DemoWorldCore &core = *world.m_core;
    const DemoIdCounters &next = core.next;
    QJsonArray events;
    for (const DemoScheduledEvent &event : core.schedule.events())
        events.append(event.toJson());
    const QJsonObject root{
        {u"config"_s, core.config.toJson()},
        {u"directoryRecords"_s, core.history->firstSeq() - 1},
        {u"lastSeq"_s, core.store.lastSeq()},
        {u"clock"_s, core.clock},
        {u"operations"_s, core.operations},
        {u"journaled"_s, core.journaled},
        {u"next"_s, QJsonObject{{u"conversation"_s, next.conversation},
                                {u"message"_s, next.message},
                                {u"customer"_s, next.customer},
                                {u"csat"_s, next.csat}}},
        {u"active"_s, QJsonArray::fromStringList(core.active())},
        {u"schedule"_s, QJsonObject{{u"nextOrder"_s, core.schedule.nextOrder()}, {u"events"_s, events}}},
        {u"records"_s, recordsToJson(core.store.heldRecords())},
        {u"creations"_s, recordsToJson(core.store.creationVersions())},
        {u"ledger"_s, world.m_ledger.toJson()},
        {u"erased"_s, QJsonArray::fromStringList(core.store.erasedIds())},
        {u"deletions"_s, deletionsToJson(core.store.deletions())},
    };
    const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const QByteArray header = QByteArray(kMagic) + ' ' + QByteArray::number(kVersion) + ' ' +
                              QByteArray::number(body.size()) + ' ' +
                              QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n';
    return header + body;
}

DemoLoadResult DemoStateFile::parse(const QByteArray &bytes)
{
    DemoLoadResult result;
    const Envelope envelope = openEnvelope(bytes);
    if (envelope.error.isError()) {
        result.error = envelope.error;
        return result;
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(envelope.body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = failure(DemoStateFileError::Code::Malformed,
                               u"JSON at offset %1: %2"_s.arg(jsonError.offset).arg(jsonError.errorString()));
        return result;
    }

    QString error;
    DemoJsonReader in(document.object(), QString(), &error);
    DemoWorldConfig config;
    if (!DemoWorldConfig::fromJson(in.object("config"), config, error) || !in.ok()) {
        result.error = failure(DemoStateFileError::Code::Malformed, error);
        return result;
    }
    const qint64 directoryRecords = in.integer("directoryRecords");
    const qint64 lastSeq = in.integer("lastSeq");
    const UtcMillis clock = in.integer("clock");
    const qint64 operations = in.integer("operations");
    const qint64 journaled = in.integer("journaled");
    DemoJsonReader counters = in.nested(in.object("next"), u"next"_s);
    const DemoIdCounters next{counters.integer("conversation"), counters.integer("message"),
                              counters.integer("customer"), counters.integer("csat")};
    const QStringList active = in.strings("active");
    DemoJsonReader scheduleIn = in.nested(in.object("schedule"), u"schedule"_s);
    const qint64 nextOrder = scheduleIn.integer("nextOrder");
    QList<DemoScheduledEvent> events;
    for (const QJsonValue &item : scheduleIn.array("events")) {
        if (!in.ok())
            break;
        if (std::optional<DemoScheduledEvent> event = DemoScheduledEvent::fromJson(item.toObject(), error))
            events.append(*event);
    }
    const QList<DemoRecord> records = recordsFromJson(in, "records");
    const QList<DemoRecord> creations = recordsFromJson(in, "creations");
    const QJsonArray ledgerJson = in.array("ledger");
    if (in.ok() && (directoryRecords < 1 || directoryRecords > 10000))
        in.fail(u"out of range"_s, "directoryRecords");
    if (!in.ok()) {
        result.error = failure(DemoStateFileError::Code::Malformed, error);
        return result;
    }

    auto core = std::make_unique<DemoWorldCore>(config, int(directoryRecords));
    const DemoHistoryPlan &plan = core->history->plan();
    if (next.conversation <= plan.conversationCount() || next.message <= plan.messageCount() ||
        next.customer <= plan.customerCount() || next.csat <= plan.csatCount())
        error = u"next: the id counters are behind the history"_s;
    else if (const QString restoreError = core->store.restore(records, creations, lastSeq);
             !restoreError.isEmpty())
        error = u"records: "_s + restoreError;
    // Deletions came later than the format: a file without them has none.
    if (error.isEmpty()) {
        const QJsonObject root = document.object();
        QStringList erased;
        for (const QJsonValue &id : root.value(u"erased"_s).toArray())
            erased.append(id.toString());
        const std::optional<QList<DemoRecordStore::Deletion>> deletions =
            deletionsFromJson(root.value(u"deletions"_s).toArray());
        if (!deletions)
            error = u"deletions: malformed"_s;
        else if (const QString erasedError = core->store.restoreErased(erased, *deletions);
                 !erasedError.isEmpty())
            error = u"deletions: "_s + erasedError;
    }
    DemoActionLedger ledger;
    if (error.isEmpty())
        ledger.restore(ledgerJson, error);
    if (!error.isEmpty()) {
        result.error = failure(DemoStateFileError::Code::Malformed, error);
        return result;
    }
    core->next = next;
    core->clock = clock;
    core->operations = operations;
    core->journaled = journaled;
    core->setActive(active);
    core->schedule.restore(events, nextOrder);
    result.world.emplace(DemoWorld(std::move(core), std::move(ledger)));
    return result;
}

DemoStateFileError DemoStateFile::save(const DemoWorld &world, const QString &path)
{
    const QByteArray bytes = serialise(world);
    QSaveFile file(path);
    // The mode is set on the new file before it takes the old one's place.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(files::ownerOnlyFile))
        return failure(DemoStateFileError::Code::WriteFailed, file.errorString());
    if (file.write(bytes) != bytes.size())
        return failure(DemoStateFileError::Code::WriteFailed, file.errorString());
    // Keep the last good state beside the new one: if the new file is ever damaged, the remote goes back one
    // save instead of starting from scratch.
    QFile current(path);
    if (current.open(QIODevice::ReadOnly)) {
        const QByteArray previous = current.readAll();
        current.close();
        if (hasValidEnvelope(previous)) {
            QSaveFile copy(previousPath(path));
            if (copy.open(QIODevice::WriteOnly) && copy.setPermissions(files::ownerOnlyFile) &&
                copy.write(previous) == previous.size())
                copy.commit();
        }
    }
    if (!file.commit())
        return failure(DemoStateFileError::Code::WriteFailed, file.errorString());
    return {};
}

DemoLoadResult DemoStateFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {std::nullopt, failure(DemoStateFileError::Code::NotFound, {}), false};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, failure(DemoStateFileError::Code::Unreadable, file.errorString()), false};
    return parse(file.readAll());
}

DemoLoadResult DemoStateFile::loadLatestGood(const QString &path)
{
    DemoLoadResult result = load(path);
    if (result.world || result.error.code == DemoStateFileError::Code::NotFound)
        return result;
    DemoLoadResult previous = load(previousPath(path));
    if (!previous.world)
        return result;
    previous.fromPrevious = true;
    previous.error = result.error; // why the newer file was passed over
    return previous;
}

} // namespace kontor
