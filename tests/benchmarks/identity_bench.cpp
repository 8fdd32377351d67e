// What identity resolution costs during ingest: the same synthetic contact center (default 1M messages, 200k
// customers) ingested twice in one run, into fresh stores with the same schema — once with every contact's
// email address and phone number, as a connector reports them, normalised (libphonenumber for phones) and
// resolved against the customers already known; once with the contacts' identities left out, so that each
// contact simply becomes a customer of its own. Prints JSON; the target is at most 20 % more time.
//
//   kontor-bench-identity [--messages 1000000] [--conversations 100000] [--customers 200000] [--dir PATH]
#include "SyntheticContactCenter.h"

#include "identity/IdentityNormalizer.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace kontor;

namespace {
// Every this many contacts, one gives the address, and one the number, of the contact before them: the
// duplicates and shared household numbers that resolution has to judge (joined, suggested or kept apart).
constexpr int kSharingEvery = 50;

// The identities as a backend would send them: mixed case, spaces, national phone formats; and some of them
// shared with another contact.
void roughen(IngestBatch &batch)
{
    for (CustomerRecord &customer : batch.customers) {
        const int number = customer.remoteId.section(QLatin1Char('-'), 1).toInt();
        if (number > 0 && number % kSharingEvery == 7)
            customer.identities.append({IdentityKind::Email,
                                        QStringLiteral("customer%1@example.com").arg(number - 1),
                                        std::nullopt,
                                        {}});
        if (number > 0 && number % kSharingEvery == 21)
            customer.identities.append({IdentityKind::Phone,
                                        QStringLiteral("+49151%1").arg(number - 1, 8, 10, QLatin1Char('0')),
                                        std::nullopt,
                                        {}});
        for (IdentityRecord &identity : customer.identities) {
            if (identity.kind == IdentityKind::Email) {
                identity.value = QLatin1Char(' ') + identity.value.left(1).toUpper() + identity.value.mid(1);
            } else if (identity.kind == IdentityKind::Phone) {
                // +49151xxxxxxxx -> "0151 xxxx xxxx", a German national number.
                const QString national = QLatin1Char('0') + identity.value.mid(3);
                identity.value = national.left(4) + QLatin1Char(' ') + national.mid(4, 4) + QLatin1Char(' ') +
                                 national.mid(8);
            }
        }
    }
}

qint64 normalise(IngestBatch &batch, const IdentityNormalizer &normalizer)
{
    QElapsedTimer clock;
    clock.start();
    for (CustomerRecord &customer : batch.customers) {
        QList<IdentityRecord> clean;
        for (const IdentityRecord &identity : customer.identities) {
            const IdentityResult result = identity.kind == IdentityKind::Email
                                              ? normalizer.email(identity.value)
                                              : normalizer.phone(identity.value);
            if (result.isAccepted())
                clean.append(
                    {identity.kind, result.identity().value(), identity.platform, identity.value.trimmed()});
        }
        customer.identities = clean;
    }
    return clock.elapsed();
}

struct RunFigures
{
    qint64 ingestMs = 0;
    qint64 normaliseMs = 0;
    qint64 customers = 0;
    qint64 identities = 0;
    qint64 joins = 0;
    qint64 suggestions = 0;
};

RunFigures run(const SyntheticContactCenter &data, const QString &path, bool resolve)
{
    RunFigures figures;
    StoreOpenResult opened = Store::open(path);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        std::exit(1);
    }
    const IdentityNormalizer normalizer(IdentitySettings{QStringLiteral("DE")});
    QElapsedTimer clock;
    clock.start();
    QFuture<IngestResult> last;
    for (int b = 0; b < data.batchCount(); ++b) {
        IngestBatch batch = data.batch(b);
        if (resolve) {
            roughen(batch);
            figures.normaliseMs += normalise(batch, normalizer);
        } else {
            for (CustomerRecord &customer : batch.customers)
                customer.identities.clear();
        }
        // One batch in flight while the next is prepared, as a connector's pages arrive.
        if (last.isValid())
            last.waitForFinished();
        last = opened.store->ingest(std::move(batch));
    }
    last.waitForFinished();
    figures.ingestMs = clock.elapsed();
    auto count = [&](const char *sql) {
        auto q = StoreTestAccess::database(opened.store->reader()).prepare(sql);
        q.step();
        return q.int64(0);
    };
    figures.customers = count("SELECT count(*) FROM customers WHERE merged_into IS NULL");
    figures.joins = count("SELECT count(*) FROM customer_merges");
    figures.suggestions = count("SELECT count(*) FROM merge_suggestions");
    figures.identities = count("SELECT count(*) FROM identities WHERE kind IN ('email', 'phone')");
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("conversations"), QStringLiteral("Conversations."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("n"),
                      QStringLiteral("200000")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Directory for the stores."), QStringLiteral("path")});
    parser.process(app);

    SyntheticContactCenter::Options options;
    options.messages = parser.value(QStringLiteral("messages")).toInt();
    options.conversations = std::max(1, parser.value(QStringLiteral("conversations")).toInt());
    options.customers = std::max(1, parser.value(QStringLiteral("customers")).toInt());
    options.messages = std::max(options.conversations, options.messages);
    const SyntheticContactCenter data(options);
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();

    // Off first, then on: the file cache and the CPU are as warm for the second run as for the first.
    const RunFigures off = run(data, dir + QStringLiteral("/identity-off.db"), false);
    const RunFigures on = run(data, dir + QStringLiteral("/identity-on.db"), true);
    const double overhead =
        off.ingestMs > 0 ? 100.0 * double(on.ingestMs - off.ingestMs) / double(off.ingestMs) : 0;
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("identity resolution during ingest")},
        {QStringLiteral("messages"), options.messages},
        {QStringLiteral("conversations"), options.conversations},
        {QStringLiteral("customers"), options.customers},
        {QStringLiteral("ingest_ms_resolution_off"), off.ingestMs},
        {QStringLiteral("ingest_ms_resolution_on"), on.ingestMs},
        {QStringLiteral("normalise_ms"), on.normaliseMs},
        {QStringLiteral("identities_resolved"), on.identities},
        {QStringLiteral("customers_with_resolution"), on.customers},
        {QStringLiteral("customers_without_resolution"), off.customers},
        {QStringLiteral("automatic_joins"), on.joins},
        {QStringLiteral("suggestions_or_kept_apart"), on.suggestions},
        {QStringLiteral("overhead_percent"), overhead},
        {QStringLiteral("target_percent"), 20},
        {QStringLiteral("meets_target"), overhead <= 20.0},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
