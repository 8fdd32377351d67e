// The fetcher of an email's remote content against a local HTTP server: what it fetches, what it refuses
// (size, content type, scheme, credentials), time-outs and missing resources, offline, the memory cache, and
// what it keeps to itself (cookies).
#include "LocalHttpServer.h"
#include "net/RemoteContentFetcher.h"
#include "sync/NetworkPolicy.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kontor::NetworkPolicy;
using kontor::net::AddressPolicy;
using kontor::net::RemoteContentFetcher;
using kontor::net::RemoteContentLimits;

namespace {

const QByteArray kPicture = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'p');

LocalHttpServer::Response picture(const QByteArray &body = kPicture, const QByteArray &type = "image/png")
{
    LocalHttpServer::Response response;
    response.contentType = type;
    response.body = body;
    return response;
}

// The test server is on loopback, which the fetcher refuses unless it is allowed explicitly.
AddressPolicy loopbackAllowed()
{
    AddressPolicy policy;
    policy.allow(QHostAddress(QHostAddress::LocalHost), 32);
    return policy;
}

RemoteContentFetcher::MayConnect mayConnect(const NetworkPolicy &network)
{
    return [&network] { return network.mayConnect(); };
}

// What one fetch() delivered, by URL.
struct Delivered
{
    QHash<QUrl, QByteArray> bytes;
    int calls = 0;
};

} // namespace

class TestNetRemoteContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(server_.listen());
        server_.respond("/pixel.png", picture());
        server_.respond("/style.css", picture("p { color: teal }", "text/css; charset=utf-8"));
    }

    void fetchesAnImageOrAStyleSheet()
    {
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        const Delivered got = fetch(fetcher, {server_.url("/pixel.png"), server_.url("/style.css")});
        QCOMPARE(got.calls, 2);
        QCOMPARE(got.bytes.value(server_.url("/pixel.png")), kPicture);
        QCOMPARE(got.bytes.value(server_.url("/style.css")), QByteArray("p { color: teal }"));
    }

    void refusesWhatIsTooLarge_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("length announced") << true;
        QTest::newRow("length found out while reading") << false;
    }

    void refusesWhatIsTooLarge()
    {
        QFETCH(bool, announced);
        LocalHttpServer::Response big = picture(QByteArray(64 * 1024, 'b'));
        big.announceLength = announced;
        const QByteArray path = announced ? "/big-announced.png" : "/big-unannounced.png";
        server_.respond(path, big);
        NetworkPolicy network;
        RemoteContentLimits limits;
        limits.bytesPerResource = 16 * 1024;
        RemoteContentFetcher fetcher(mayConnect(network), limits, loopbackAllowed());
        const Delivered got = fetch(fetcher, {server_.url(path), server_.url("/pixel.png")});
        QCOMPARE(got.calls, 2);
        QVERIFY(got.bytes.value(server_.url(path)).isEmpty());
        QCOMPARE(got.bytes.value(server_.url("/pixel.png")), kPicture); // the rest of the message still loads
    }

    void capsWhatOneMessagePullsIn()
    {
        for (const char *path : {"/a.png", "/b.png", "/c.png"})
            server_.respond(path, picture(QByteArray(600, 'x')));
        NetworkPolicy network;
        RemoteContentLimits limits;
        limits.bytesPerMessage = 1000;
        RemoteContentFetcher fetcher(mayConnect(network), limits, loopbackAllowed());
        const QList<QUrl> urls{server_.url("/a.png"), server_.url("/b.png"), server_.url("/c.png")};
        const Delivered got = fetch(fetcher, urls);
        QCOMPARE(got.calls, 3);
        qint64 total = 0;
        int loaded = 0;
        for (const QByteArray &bytes : got.bytes) {
            total += bytes.size();
            loaded += bytes.isEmpty() ? 0 : 1;
        }
        QVERIFY(total <= 1000);
        QVERIFY(loaded <= 1);
        // Another message has a budget of its own.
        QCOMPARE(fetch(fetcher, {server_.url("/pixel.png")}).bytes.value(server_.url("/pixel.png")),
                 kPicture);
    }

    void refusesOtherContentTypes_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("a web page") << QByteArray("text/html");
        QTest::newRow("SVG") << QByteArray("image/svg+xml");
        QTest::newRow("a program") << QByteArray("application/octet-stream");
        QTest::newRow("script") << QByteArray("text/javascript");
        QTest::newRow("no type at all") << QByteArray();
    }

    void refusesOtherContentTypes()
    {
        QFETCH(QByteArray, type);
        const QByteArray path = "/typed-" + QByteArray::number(qHash(type)) + ".png";
        server_.respond(path, picture("<html>hello</html>", type));
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        const Delivered got = fetch(fetcher, {server_.url(path)});
        QCOMPARE(got.calls, 1);
        QVERIFY(got.bytes.value(server_.url(path)).isEmpty());
        QCOMPARE(server_.requestsFor(path), 1);
    }

    void followsOnlyHttpLinksWithoutCredentials_data()
    {
        QTest::addColumn<QUrl>("url");
        const quint16 port = server_.url("/").port();
        QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1:%1/pixel.png"_s.arg(port));
        QTest::newRow("a local file") << QUrl(u"file:///etc/hostname"_s);
        QTest::newRow("data") << QUrl(u"data:image/png;base64,iVBORw0KGgo="_s);
        QTest::newRow("a user and password")
            << QUrl(u"http://agent:secret@127.0.0.1:%1/pixel.png"_s.arg(port));
        QTest::newRow("no host") << QUrl(u"http:///pixel.png"_s);
    }

    void followsOnlyHttpLinksWithoutCredentials()
    {
        QFETCH(QUrl, url);
        const qsizetype before = server_.requests().size();
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        const Delivered got = fetch(fetcher, {url});
        QCOMPARE(got.calls, 1);
        QVERIFY(got.bytes.value(url).isEmpty());
        QCOMPARE(server_.requests().size(), before);
    }

    void followsRedirectsAsSafeAsTheLink()
    {
        LocalHttpServer::Response moved;
        moved.status = 302;
        moved.headers = {{"Location", "/pixel.png"}};
        server_.respond("/moved.png", moved);
        LocalHttpServer::Response away;
        away.status = 301;
        away.headers = {{"Location", "ftp://127.0.0.1/pixel.png"}};
        server_.respond("/to-ftp.png", away);
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        const Delivered got = fetch(fetcher, {server_.url("/moved.png"), server_.url("/to-ftp.png")});
        QCOMPARE(got.bytes.value(server_.url("/moved.png")), kPicture);
        QVERIFY(got.bytes.value(server_.url("/to-ftp.png")).isEmpty());
    }

    void givesUpOnMissingOrSilentServers()
    {
        LocalHttpServer::Response silent;
        silent.hang = true;
        server_.respond("/silent.png", silent);
        NetworkPolicy network;
        RemoteContentLimits limits;
        limits.timeoutMs = 300;
        RemoteContentFetcher fetcher(mayConnect(network), limits, loopbackAllowed());
        QElapsedTimer timer;
        timer.start();
        const Delivered got = fetch(fetcher, {server_.url("/missing.png"), server_.url("/silent.png")});
        QCOMPARE(got.calls, 2);
        QVERIFY(got.bytes.value(server_.url("/missing.png")).isEmpty());
        QVERIFY(got.bytes.value(server_.url("/silent.png")).isEmpty());
        QVERIFY(timer.elapsed() < 5000);
    }

    void fetchesNothingOffline()
    {
        NetworkPolicy network;
        network.setWorkOffline(true);
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        server_.respond("/offline.png", picture());
        Delivered got = fetch(fetcher, {server_.url("/offline.png")});
        QCOMPARE(got.calls, 1);
        QVERIFY(got.bytes.value(server_.url("/offline.png")).isEmpty());
        QCOMPARE(server_.requestsFor("/offline.png"), 0);
        network.setWorkOffline(false);
        got = fetch(fetcher, {server_.url("/offline.png")});
        QCOMPARE(got.bytes.value(server_.url("/offline.png")), kPicture);
    }

    void keepsWhatItFetchedInMemory()
    {
        server_.respond("/kept.png", picture());
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        QCOMPARE(fetch(fetcher, {server_.url("/kept.png")}).bytes.value(server_.url("/kept.png")), kPicture);
        // Opening the message again, even offline.
        network.setWorkOffline(true);
        QCOMPARE(fetch(fetcher, {server_.url("/kept.png")}).bytes.value(server_.url("/kept.png")), kPicture);
        network.setWorkOffline(false);
        QCOMPARE(server_.requestsFor("/kept.png"), 1);
    }

    void sendsNoCookiesNorCredentials()
    {
        LocalHttpServer::Response tracking = picture();
        tracking.headers = {{"Set-Cookie", "tracker=42; Path=/"}};
        server_.respond("/tracking.png", tracking);
        LocalHttpServer::Response challenge;
        challenge.status = 401;
        challenge.headers = {{"WWW-Authenticate", "Basic realm=\"x\""}};
        server_.respond("/private.png", challenge);
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        fetch(fetcher, {server_.url("/tracking.png")});
        const Delivered got = fetch(fetcher, {server_.url("/pixel.png"), server_.url("/private.png")});
        QVERIFY(got.bytes.value(server_.url("/private.png")).isEmpty());
        for (const LocalHttpServer::Request &request : server_.requests()) {
            QVERIFY2(!request.headers.contains("cookie"), request.path.constData());
            QVERIFY2(!request.headers.contains("authorization"), request.path.constData());
        }
        QCOMPARE(server_.requestsFor("/private.png"), 1);
    }

    void deliversNothingOnceTheAskerIsGone()
    {
        server_.respond("/late.png", picture());
        NetworkPolicy network;
        RemoteContentFetcher fetcher(mayConnect(network), {}, loopbackAllowed());
        int calls = 0;
        auto *asker = new QObject;
        fetcher.fetch({server_.url("/late.png")}, asker,
                      [&calls](const QUrl &, const QByteArray &) { ++calls; });
        delete asker;
        QTRY_COMPARE(server_.requestsFor("/late.png"), 1);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

private:
    Delivered fetch(RemoteContentFetcher &fetcher, const QList<QUrl> &urls)
    {
        Delivered got;
        QObject context;
        fetcher.fetch(urls, &context, [&got](const QUrl &url, const QByteArray &bytes) {
            ++got.calls;
            got.bytes.insert(url, bytes);
        });
        // Nothing is delivered from within fetch() itself.
        if (got.calls != 0)
            qFatal("delivered synchronously");
        const bool all = QTest::qWaitFor([&] { return got.calls >= urls.size(); }, 10000);
        if (!all)
            qWarning("only %d of %d delivered", got.calls, int(urls.size()));
        QTest::qWait(20); // nothing more arrives
        return got;
    }

    LocalHttpServer server_;
};

QTEST_GUILESS_MAIN(TestNetRemoteContent)
#include "tst_net_remote_content.moc"
