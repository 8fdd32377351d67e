// kontor-bench-workspace: how fast the agent's workspace starts and opens conversations over a big store.
//
//   cold start   the time from launching a process to a painted inbox (the real main window over the store),
//                against launching a process that paints an empty Qt main window; both measured in this run,
//                alternately, each in its own process, as the median of several launches
//   open         opening a conversation (timeline, header, composer, customer panel) until it is painted:
//   p50,
//                p95 and max over many conversations of the "All open" view and of random ones
//   memory       peak resident memory of the workspace process, and of this process after the openings
//
// The store (100k conversations, 1M messages by default) is made once with the store benchmark's generator
// and kept for later runs. Prints one JSON object.
#include "SyntheticContactCenter.h"
#include "models/ConversationListModel.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/FontCatalogPreload.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/InboxPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMainWindow>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace {

void progress(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::fflush(stderr);
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    QCoreApplication::processEvents();
    return future.result();
}

qint64 countRows(Store &store, const char *table)
{
    return StoreTestAccess::database(store.reader())
        .queryInt64(std::string("SELECT count(*) FROM ") + table)
        .value_or(0);
}

// Makes the store unless one of the wanted size is there already.
bool ensureStore(const QString &path, const SyntheticContactCenter::Options &options)
{
    if (QFileInfo::exists(path)) {
        StoreOpenResult opened = Store::open(path);
        if (opened.store && countRows(*opened.store, "conversations") == options.conversations &&
            countRows(*opened.store, "messages") >= options.messages * 9 / 10)
            return true;
        opened.store.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    StoreOpenResult opened = Store::open(path);
    if (!opened.store) {
        progress(u"cannot make the store: "_s + opened.error);
        return false;
    }
    const SyntheticContactCenter data(options);
    QElapsedTimer timer;
    timer.start();
    for (int b = 0; b < data.batchCount(); ++b) {
        await(opened.store->ingest(data.batch(b)));
        if (b % 10 == 0 || b + 1 == data.batchCount())
            progress(u"making the store: batch %1 of %2, %3 s"_s.arg(b + 1)
                         .arg(data.batchCount())
                         .arg(timer.elapsed() / 1000));
    }
    return true;
}

// Quits once the widget has been painted (and the paint is done), printing the time since launch.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *watched, std::function<bool()> ready, const QElapsedTimer &clock)
        : ready_(std::move(ready))
        , clock_(clock)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !done_ && ready_()) {
            done_ = true;
            if (qEnvironmentVariableIsSet("KONTOR_BENCH_PHASES"))
                std::fprintf(stderr, "%6lld ms  inbox paint starts\n", clock_.elapsed());
            QTimer::singleShot(0, qApp, [this] {
                const QJsonObject result{{u"painted_ms"_s, clock_.elapsed()}, {u"max_rss_kb"_s, peakRssKb()}};
                std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    std::function<bool()> ready_;
    const QElapsedTimer &clock_;
    bool done_ = false;
};

int runEmptyChild(int argc, char **argv, const QElapsedTimer &clock)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    window.setCentralWidget(central);
    window.resize(1480, 900);
    FirstPaint paint(central, [] { return true; }, clock);
    window.show();
    return QApplication::exec();
}

// What the kontor executable does up to its first paint: the font catalogue read on the side, theme,
// translations, the store (its routine check, if any, left until the window is up), the network policy and
// the sync engine (no connector is started before the window is up), the main window.
int runWorkspaceChild(int argc, char **argv, const QString &storePath, const QElapsedTimer &clock)
{
    QApplication app(argc, argv);
    const ui::FontCatalogPreload fonts;
    const bool phases = qEnvironmentVariableIsSet("KONTOR_BENCH_PHASES");
    auto phase = [&](const char *what) {
        if (phases)
            std::fprintf(stderr, "%6lld ms  %s\n", clock.elapsed(), what);
    };
    phase("application");
    QApplication::setOrganizationName(u"KontorBench"_s);
    ui::installTranslations(QString());
    phase("translations");
    ui::applyTheme(app);
    phase("theme");
    StoreOptions storeOptions;
    storeOptions.quickCheck.routineCheckAfterOpening = true;
    StoreOpenResult opened = Store::open(storePath, storeOptions);
    if (!opened.store)
        return 2;
    phase("store");
    NetworkPolicy network;
    SyncEngine sync(*opened.store, network);
    phase("sync engine");
    ui::MainWindow window(ui::WorkspaceContext{opened.store.get(), &sync, &network, nullptr});
    window.resize(1480, 900);
    phase("main window");
    QListView *list = window.inbox()->list();
    FirstPaint paint(
        list->viewport(), [list] { return list->model() && list->model()->rowCount() > 0; }, clock);
    window.show();
    return QApplication::exec();
}

struct ChildRun
{
    qint64 wallMs = -1;
    qint64 paintedMs = -1;
    qint64 maxRssKb = 0;
};

ChildRun launch(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    ChildRun run;
    if (!process.waitForStarted(10000))
        return run;
    QByteArray line;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
        if (process.canReadLine() || process.waitForReadyRead(30000)) {
            line = process.readLine().trimmed();
            if (line.startsWith('{')) {
                run.wallMs = timer.elapsed();
                break;
            }
        } else {
            break;
        }
    }
    process.waitForFinished(30000);
    const QJsonObject result = QJsonDocument::fromJson(line).object();
    run.paintedMs = result.value(u"painted_ms"_s).toInteger(-1);
    run.maxRssKb = result.value(u"max_rss_kb"_s).toInteger(0);
    return run;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at = qMin(values.size() - 1, qsizetype(std::ceil(p * double(values.size())) - 1));
    return values[qMax<qsizetype>(0, at)];
}

QJsonObject measureOpening(const QString &storePath, int opens)
{
    StoreOpenResult opened = Store::open(storePath);
    NetworkPolicy network;
    SyncEngine sync(*opened.store, network);
    ui::MainWindow window(ui::WorkspaceContext{opened.store.get(), &sync, &network, nullptr});
    window.resize(1480, 900);
    window.show();
    window.showView(u"view:all"_s);
    QCoreApplication::processEvents();

    // Half from the top of "All open" (what agents open most), half anywhere in the store.
    QList<qint64> ids;
    models::ConversationListModel *list = window.inbox()->model();
    for (int i = 0; i < list->rowCount() && ids.size() < opens / 2; ++i)
        ids.append(list->conversationIdAt(i));
    const qint64 maxId = StoreTestAccess::database(opened.store->reader())
                             .queryInt64("SELECT max(id) FROM conversations")
                             .value_or(1);
    QRandomGenerator random(42);
    while (ids.size() < opens)
        ids.append(1 + qint64(random.bounded(quint64(maxId))));

    ui::ConversationPane *pane = window.conversation();
    QList<double> times;
    for (qint64 id : ids) {
        QElapsedTimer timer;
        timer.start();
        window.openConversation(id);
        // Until it is on screen: the timeline, its header and the customer beside it painted.
        pane->repaint();
        pane->timeline()->viewport()->repaint();
        window.customer()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // what the event loop would do between two openings
    }
    // Scrolling the inbox a screen at a time, deep into "All open" (pages are read as the end comes near).
    QListView *inboxList = window.inbox()->list();
    QList<double> scrolls;
    for (int step = 0; step < 150; ++step) {
        QElapsedTimer timer;
        timer.start();
        QScrollBar *bar = inboxList->verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents(); // the view asks for more rows when it reaches the end
        inboxList->viewport()->repaint();
        scrolls.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {{u"conversations"_s, int(times.size())},
            {u"p50_ms"_s, percentile(times, 0.5)},
            {u"p95_ms"_s, percentile(times, 0.95)},
            {u"max_ms"_s, percentile(times, 1.0)},
            {u"inbox_scroll_screen_p95_ms"_s, percentile(scrolls, 0.95)},
            {u"inbox_rows_after_scrolling"_s, inboxList->model()->rowCount()}};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer launched;
    launched.start();
    // Children know what they are from their first argument, before any Qt object exists.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 2 && qstrcmp(argv[1], "--child-empty") == 0)
        return runEmptyChild(argc, argv, launched);
    if (argc >= 3 && qstrcmp(argv[1], "--child-workspace") == 0)
        return runWorkspaceChild(argc, argv, QString::fromLocal8Bit(argv[2]), launched);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"KontorBench"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Workspace benchmark: cold start, opening conversations, memory, as JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The store to use (made if missing)."_s, u"path"_s,
                                         QDir::tempPath() + u"/kontor-bench-workspace/store.sqlite"_s);
    const QCommandLineOption conversationsOption(u"conversations"_s, u"Conversations."_s, u"n"_s,
                                                 u"100000"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Launches of each kind for the cold start."_s, u"n"_s,
                                        u"5"_s);
    const QCommandLineOption opensOption(u"opens"_s, u"Conversations to open."_s, u"n"_s, u"200"_s);
    parser.addOptions({storeOption, conversationsOption, messagesOption, runsOption, opensOption});
    parser.process(app);

    SyntheticContactCenter::Options options;
    options.conversations = parser.value(conversationsOption).toInt();
    options.messages = parser.value(messagesOption).toInt();
    options.customers = qMax(1, options.conversations * 2);
    const QString storePath = parser.value(storeOption);
    if (!ensureStore(storePath, options))
        return 1;
    qint64 conversations = 0;
    qint64 messages = 0;
    {
        StoreOpenResult opened = Store::open(storePath);
        conversations = countRows(*opened.store, "conversations");
        messages = countRows(*opened.store, "messages");
    }

    progress(u"cold starts…"_s);
    QList<qint64> emptyWall, workspaceWall, emptyPainted, workspacePainted;
    qint64 workspaceRss = 0;
    const int runs = parser.value(runsOption).toInt();
    // One launch of each first, not counted: it warms the file cache as an agent's second start of the day
    // would.
    launch({u"--child-empty"_s});
    launch({u"--child-workspace"_s, storePath});
    for (int r = 0; r < runs; ++r) {
        const ChildRun empty = launch({u"--child-empty"_s});
        const ChildRun workspace = launch({u"--child-workspace"_s, storePath});
        emptyWall.append(empty.wallMs);
        emptyPainted.append(empty.paintedMs);
        workspaceWall.append(workspace.wallMs);
        workspacePainted.append(workspace.paintedMs);
        workspaceRss = qMax(workspaceRss, workspace.maxRssKb);
    }
    progress(u"opening conversations…"_s);
    const QJsonObject open = measureOpening(storePath, parser.value(opensOption).toInt());

    const double startRatio =
        median(emptyWall) > 0 ? double(median(workspaceWall)) / double(median(emptyWall)) : -1;
    const double workspaceRssMb = double(workspaceRss) / 1024.0;
    const double benchRssMb = double(peakRssKb()) / 1024.0;
    QJsonObject report{
        {u"store"_s, QJsonObject{{u"conversations"_s, conversations},
                                 {u"messages"_s, messages},
                                 {u"bytes"_s, QFileInfo(storePath).size()}}},
        {u"cold_start"_s,
         QJsonObject{
             {u"runs"_s, runs},
             {u"empty_main_window_ms"_s, median(emptyWall)},
             {u"workspace_painted_inbox_ms"_s, median(workspaceWall)},
             {u"ratio"_s, startRatio},
             {u"empty_main_window_in_process_ms"_s, median(emptyPainted)},
             {u"workspace_in_process_ms"_s, median(workspacePainted)},
             {u"empty_main_window_fastest_ms"_s, *std::min_element(emptyWall.cbegin(), emptyWall.cend())},
             {u"workspace_fastest_ms"_s, *std::min_element(workspaceWall.cbegin(), workspaceWall.cend())}}},
        {u"open_conversation"_s, open},
        {u"peak_rss_mb"_s,
         QJsonObject{{u"workspace_process"_s, workspaceRssMb}, {u"benchmark_process"_s, benchRssMb}}},
        {u"targets"_s,
         QJsonObject{{u"start_at_most_twice_empty_window"_s, startRatio > 0 && startRatio <= 2.0},
                     {u"open_p95_at_most_50_ms"_s, open.value(u"p95_ms"_s).toDouble() <= 50.0},
                     {u"peak_rss_at_most_300_mb"_s, qMax(workspaceRssMb, benchRssMb) <= 300.0}}},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
