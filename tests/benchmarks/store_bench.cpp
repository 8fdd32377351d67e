// kontor-bench-store: ingests a synthetic contact center through the Store, encrypted (SQLCipher, as the app
// keeps it) and unencrypted, and in the same run the same rows through plain prepared sqlite3 inserts into
// the same schema; then times the queries the views run on both stores, in alternating rounds. Prints JSON,
// with what encryption costs.
#include "RawSqliteIngest.h"
#include "SyntheticContactCenter.h"

#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace {

struct Samples
{
    std::vector<double> ms;

    void time(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
    }
    QJsonObject json() const
    {
        const auto round = [](double v) { return std::round(v * 1000) / 1000; };
        return {{u"p50"_s, round(percentile(0.5))},
                {u"p95"_s, round(percentile(0.95))},
                {u"max"_s, round(percentile(1.0))},
                {u"samples"_s, qint64(ms.size())}};
    }
};

// Samples by figure name; a '/' in the name nests the figure in the JSON ("inbox_page_by_sort/priority").
struct Timings
{
    std::map<QString, Samples> figures;

    Samples &operator[](const QString &name) { return figures[name]; }
    QJsonObject json() const
    {
        QJsonObject result;
        for (const auto &[name, samples] : figures) {
            const qsizetype slash = name.indexOf(u'/');
            if (slash < 0) {
                result.insert(name, samples.json());
                continue;
            }
            const QString group = name.left(slash);
            QJsonObject nested = result.value(group).toObject();
            nested.insert(name.mid(slash + 1), samples.json());
            result.insert(group, nested);
        }
        return result;
    }
};

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        total += QFileInfo(path + suffix).size();
    return total;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

qint64 recordCount(const IngestBatch &b)
{
    qint64 identities = 0;
    for (const CustomerRecord &c : b.customers)
        identities += 1 + c.identities.size();
    return b.inboxes.size() + b.agents.size() + b.teams.size() + b.customers.size() + identities +
           b.conversations.size() + b.messages.size();
}

void progress(const char *what, int done, int total)
{
    if (done % 10 == 0 || done == total)
        std::fprintf(stderr, "\r%s %d/%d batches", what, done, total);
    if (done == total)
        std::fprintf(stderr, "\n");
}

struct IngestFigures
{
    double seconds = 0;
    qint64 messages = 0;
    qint64 records = 0;
    QJsonObject json() const
    {
        return {{u"seconds"_s, std::round(seconds * 100) / 100},
                {u"messages_per_second"_s, std::round(double(messages) / seconds)},
                {u"records_per_second"_s, std::round(double(records) / seconds)}};
    }
};

IngestFigures ingestThroughStore(Store &store, const SyntheticContactCenter &data)
{
    IngestFigures figures;
    for (int b = 0; b < data.batchCount(); ++b) {
        IngestBatch batch = data.batch(b);
        figures.messages += batch.messages.size();
        figures.records += recordCount(batch);
        QElapsedTimer timer;
        timer.start();
        QFuture<IngestResult> done = store.ingest(std::move(batch));
        const IngestResult result = done.result();
        figures.seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!result.skipped.isEmpty())
            qFatal("benchmark data refers to unknown records");
        // Deliver the change notifications as a GUI would, outside the timing.
        QCoreApplication::processEvents();
        progress("store ingest", b + 1, data.batchCount());
    }
    return figures;
}

IngestFigures ingestRaw(const QString &path, const SyntheticContactCenter &data)
{
    {
        sql::Database db(path);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db);
    }
    RawSqliteIngest raw(path);
    IngestFigures figures;
    for (int b = 0; b < data.batchCount(); ++b) {
        const IngestBatch batch = data.batch(b);
        figures.messages += batch.messages.size();
        figures.records += recordCount(batch);
        QElapsedTimer timer;
        timer.start();
        raw.ingest(batch);
        figures.seconds += double(timer.nsecsElapsed()) / 1e9;
        progress("raw sqlite ingest", b + 1, data.batchCount());
    }
    return figures;
}

void timeInbox(StoreReader &reader, Timings &timings, int samples, QRandomGenerator &random)
{
    const InboxView views[] = {InboxView::All, InboxView::Mine, InboxView::Unassigned};
    const InboxSort sorts[] = {InboxSort::LastActivity, InboxSort::WaitingLongest, InboxSort::SlaDue,
                               InboxSort::Priority};
    const char *sortNames[] = {"last_activity", "waiting_longest", "sla_due", "priority"};
    const char *viewNames[] = {"all", "mine", "unassigned"};
    const QList<InboxRow> inboxes = reader.directory().inboxes();
    const QList<TeamRow> teams = reader.directory().teams();
    for (int i = 0; i < samples; ++i) {
        InboxFilter filter;
        const int viewIndex = random.bounded(3);
        filter.view = views[viewIndex];
        if (random.bounded(4) == 0)
            filter.statuses = {ConversationStatus::Open, ConversationStatus::Pending};
        if (random.bounded(5) == 0)
            filter.inboxId = inboxes[random.bounded(int(inboxes.size()))].id;
        else if (random.bounded(5) == 0)
            filter.teamId = teams[random.bounded(int(teams.size()))].id;
        const int sortIndex = random.bounded(4);
        std::optional<InboxCursor> cursor;
        for (int depth = random.bounded(6); depth > 0; --depth) {
            const InboxPage page = reader.inbox().page(filter, sorts[sortIndex], cursor);
            if (!page.next)
                break;
            cursor = page.next;
        }
        const auto work = [&] { reader.inbox().page(filter, sorts[sortIndex], cursor); };
        timings[u"inbox_page"_s].time(work);
        timings[u"inbox_page_by_sort/"_s + QLatin1StringView(sortNames[sortIndex])].time(work);
        timings[u"inbox_page_by_view/"_s + QLatin1StringView(viewNames[viewIndex])].time(work);
        timings[u"inbox_counts"_s].time([&] { reader.inbox().counts(filter); });
    }
}

void timeMessages(StoreReader &reader, const SyntheticContactCenter &data, Timings &timings, int samples,
                  QRandomGenerator &random)
{
    sql::Database &db = StoreTestAccess::database(reader);
    for (int i = 0; i < samples; ++i) {
        const int index = random.bounded(data.options().conversations);
        sql::Statement find = db.prepare("SELECT id, customer_id FROM conversations WHERE remote_id = ?");
        find.bindAll(u"conv-%1"_s.arg(index));
        if (!find.step())
            continue;
        const qint64 conversationId = find.int64(0);
        const qint64 customerId = find.int64(1);
        find.run();
        // Alternate between the first page and one further back.
        std::optional<MessageCursor> from;
        if (i % 2) {
            from = reader.messages().customerTimeline(customerId, {}, PageDirection::Older, 50).next;
        }
        timings[u"timeline_page"_s].time(
            [&] { reader.messages().customerTimeline(customerId, from, PageDirection::Older, 50); });
        timings[u"conversation_messages_page"_s].time(
            [&] { reader.messages().conversationMessages(conversationId, {}, PageDirection::Older, 50); });
    }
}

struct SearchTerm
{
    const char *name;
    int firstRank;
};
// Ten neighbouring ranks per class, so that the samples are not one cached query repeated.
constexpr SearchTerm searchTerms[] = {{"rare", 20'000}, {"medium", 300}, {"common", 0}};

// Samples first..first+samples of each term class; rounds continue where the last one ended.
void timeSearch(StoreReader &reader, const SyntheticContactCenter &data, Timings &timings, int first,
                int samples)
{
    sql::Database &db = StoreTestAccess::database(reader);
    for (const SearchTerm &term : searchTerms) {
        const QString prefix = QLatin1StringView(term.name) + u'/';
        for (int i = first; i < first + samples; ++i) {
            const QString word = data.word(term.firstRank + i % 10);
            timings[prefix + u"store_search"_s].time([&] { reader.search().messages(word); });
            timings[prefix + u"raw_fts_match"_s].time([&] {
                sql::Statement select = db.prepare(
                    "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT 50");
                select.bindAll(u"\"%1\""_s.arg(word));
                while (select.step()) {
                }
            });
            if (i % 4 == 0)
                timings[prefix + u"store_search_relevance"_s].time(
                    [&] { reader.search().messages(word, {SearchOrder::Relevance, 50, {}, 1000}); });
        }
    }
}

QJsonObject searchJson(StoreReader &reader, const SyntheticContactCenter &data, const Timings &timings)
{
    sql::Database &db = StoreTestAccess::database(reader);
    const QJsonObject figures = timings.json();
    QJsonObject result;
    for (const SearchTerm &term : searchTerms) {
        const QString name = QLatin1StringView(term.name);
        const QString representative = data.word(term.firstRank);
        sql::Statement count = db.prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?");
        count.bindAll(u"\"%1\""_s.arg(representative));
        count.step();
        QJsonObject entry = figures.value(name).toObject();
        entry.insert(u"term"_s, representative);
        entry.insert(u"matching_messages"_s, count.int64(0));
        result.insert(name, entry);
    }
    return result;
}

// One store's figures: ingest, then the views' queries on the reopened store.
struct StoreRun
{
    IngestFigures ingest;
    std::unique_ptr<Store> store; // reopened after the ingest, with a quick check as at start-up
    Timings queries;
    Timings search;
    qint64 bytes = 0;
    double openMs = 0;
    QString cipherVersion;

    QJsonObject queriesJson() const { return queries.json(); }
    double p95(const QString &name) const
    {
        const auto it = queries.figures.find(name);
        return it == queries.figures.end() ? 0 : it->second.percentile(0.95);
    }
    double inboxP95() const { return p95(u"inbox_page"_s); }
    double timelineP95() const { return p95(u"timeline_page"_s); }
    double searchP95() const
    {
        double worst = 0;
        for (const SearchTerm &term : searchTerms) {
            const auto it = search.figures.find(QLatin1StringView(term.name) + u"/store_search"_s);
            if (it != search.figures.end())
                worst = qMax(worst, it->second.percentile(0.95));
        }
        return worst;
    }
};

void ingestStore(StoreRun &run, const QString &path, const StoreKey &key, const SyntheticContactCenter &data)
{
    StoreOptions options;
    options.key = key;
    {
        StoreOpenResult opened = Store::open(path, options);
        if (!opened.store)
            qFatal("cannot open the benchmark store");
        std::fprintf(stderr, "%s store\n", key.encrypts() ? "encrypted" : "unencrypted");
        run.ingest = ingestThroughStore(*opened.store, data);
    }
    options.quickCheck.when = QuickCheck::Always;
    QElapsedTimer openTimer;
    openTimer.start();
    StoreOpenResult opened = Store::open(path, options);
    run.openMs = std::round(double(openTimer.nsecsElapsed()) / 1e6);
    if (!opened.store)
        qFatal("cannot reopen the benchmark store");
    run.store = std::move(opened.store);
    run.cipherVersion = StoreTestAccess::database(run.store->reader()).queryText("PRAGMA cipher_version");
    run.bytes = fileBytes(path);
}

// Both stores answer the same queries in alternating rounds, so that a busy moment of the machine falls on
// both alike and their difference is what encryption costs, not when each happened to run.
void timeQueries(StoreRun &plain, StoreRun &encrypted, const SyntheticContactCenter &data, int samples,
                 quint32 seed)
{
    constexpr int rounds = 8;
    QRandomGenerator plainRandom(seed);
    QRandomGenerator encryptedRandom(seed);
    std::fprintf(stderr, "timing queries\n");
    for (int round = 0; round < rounds; ++round) {
        const int share = samples / rounds + (round < samples % rounds ? 1 : 0);
        const int first = round * (samples / rounds) + qMin(round, samples % rounds);
        for (StoreRun *run : {&plain, &encrypted}) {
            QRandomGenerator &random = run == &plain ? plainRandom : encryptedRandom;
            StoreReader &reader = run->store->reader();
            timeInbox(reader, run->queries, share, random);
            timeMessages(reader, data, run->queries, share, random);
            timeSearch(reader, data, run->search, first, share);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Store benchmark: ingest, inbox, timeline and search figures as JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption conversationsOption(u"conversations"_s, u"Conversations."_s, u"n"_s,
                                                 u"100000"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption customersOption(u"customers"_s, u"Customers."_s, u"n"_s, u"200000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"n"_s, u"1"_s);
    const QCommandLineOption batchOption(u"batch"_s, u"Conversations per ingest batch."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Samples per query figure."_s, u"n"_s, u"400"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the stores (default: a temporary one)."_s,
                                       u"path"_s);
    parser.addOptions({conversationsOption, messagesOption, customersOption, seedOption, batchOption,
                       samplesOption, dirOption});
    parser.process(app);

    SyntheticContactCenter::Options options;
    options.conversations = qMax(1, parser.value(conversationsOption).toInt());
    options.messages = qMax(options.conversations, parser.value(messagesOption).toInt());
    options.customers = qMax(1, parser.value(customersOption).toInt());
    options.seed = parser.value(seedOption).toUInt();
    options.conversationsPerBatch = qMax(1, parser.value(batchOption).toInt());
    const int samples = qMax(20, parser.value(samplesOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString storePath = dir + u"/bench-store.db"_s;
    const QString plainPath = dir + u"/bench-store-unencrypted.db"_s;
    const QString rawPath = dir + u"/bench-raw.db"_s;
    for (const QString &path : {storePath, plainPath, rawPath}) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    const SyntheticContactCenter data(options);
    QJsonObject report{{u"scale"_s, QJsonObject{{u"conversations"_s, options.conversations},
                                                {u"messages"_s, options.messages},
                                                {u"customers"_s, options.customers},
                                                {u"seed"_s, qint64(options.seed)},
                                                {u"conversations_per_batch"_s, options.conversationsPerBatch},
                                                {u"sqlite"_s, QString::fromLatin1(sqlite3_libversion())}}}};

    // The same data through both stores: what encryption at rest costs is the difference.
    StoreKey key = StoreKey::generate();
    StoreRun plain;
    StoreRun encrypted;
    ingestStore(plain, plainPath, StoreKey(), data);
    ingestStore(encrypted, storePath, key, data);
    timeQueries(plain, encrypted, data, samples, options.seed);
    const IngestFigures rawFigures = ingestRaw(rawPath, data);
    const double ratio = (double(encrypted.ingest.messages) / encrypted.ingest.seconds) /
                         (double(rawFigures.messages) / rawFigures.seconds);
    report.insert(u"ingest"_s, QJsonObject{{u"store_with_fts"_s, encrypted.ingest.json()},
                                           {u"store_with_fts_unencrypted"_s, plain.ingest.json()},
                                           {u"raw_sqlite_same_schema"_s, rawFigures.json()},
                                           {u"store_to_raw_ratio"_s, std::round(ratio * 1000) / 1000},
                                           {u"target_min_ratio"_s, 0.5}});
    report.insert(u"queries_ms"_s, encrypted.queriesJson());
    report.insert(u"search_ms"_s, searchJson(encrypted.store->reader(), data, encrypted.search));
    report.insert(u"unencrypted"_s,
                  QJsonObject{{u"queries_ms"_s, plain.queriesJson()},
                              {u"search_ms"_s, searchJson(plain.store->reader(), data, plain.search)},
                              {u"store_bytes"_s, plain.bytes},
                              {u"open_with_quick_check_ms"_s, plain.openMs}});
    report.insert(u"store_bytes"_s, encrypted.bytes);
    report.insert(u"raw_bytes"_s, fileBytes(rawPath));
    report.insert(u"open_with_quick_check_ms"_s, encrypted.openMs);
    report.insert(u"peak_rss_mb"_s, std::round(peakRssMb()));

    // Costs in percent of the unencrypted figure: slower ingest, longer p95 times.
    const auto percent = [](double encryptedValue, double plainValue) {
        return plainValue > 0 ? std::round((encryptedValue / plainValue - 1) * 1000) / 10 : 0.0;
    };
    const double ingestCost = percent(encrypted.ingest.seconds / encrypted.ingest.messages,
                                      plain.ingest.seconds / plain.ingest.messages);
    const double inboxCost = percent(encrypted.inboxP95(), plain.inboxP95());
    const double timelineCost = percent(encrypted.timelineP95(), plain.timelineP95());
    const double searchCost = percent(encrypted.searchP95(), plain.searchP95());
    constexpr double allowedCost = 15;
    report.insert(u"encryption_cost_percent"_s, QJsonObject{{u"ingest"_s, ingestCost},
                                                            {u"inbox_page_p95"_s, inboxCost},
                                                            {u"timeline_page_p95"_s, timelineCost},
                                                            {u"search_p95"_s, searchCost},
                                                            {u"sqlcipher"_s, encrypted.cipherVersion},
                                                            {u"target_max"_s, allowedCost}});

    report.insert(u"targets"_s,
                  QJsonObject{{u"ingest_at_least_half_of_raw"_s, ratio >= 0.5},
                              {u"inbox_page_p95_within_5ms"_s, encrypted.inboxP95() <= 5},
                              {u"timeline_page_p95_within_5ms"_s, encrypted.timelineP95() <= 5},
                              {u"search_p95_within_30ms"_s, encrypted.searchP95() <= 30},
                              {u"encryption_costs_at_most_15_percent"_s,
                               std::max({ingestCost, inboxCost, timelineCost, searchCost}) <= allowedCost}});
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
