// The address policy of remote content: every class of address that is not public unicast is refused, in
// every spelling (numeric forms, IPv6 forms carrying IPv4), before and after redirects; the connection goes
// to the address that was checked; redirects are capped; an explicit allow-list admits a test server on
// loopback.
#include "FakeResolver.h"
#include "LocalHttpServer.h"
#include "net/AddressPolicy.h"
#include "net/NumericHost.h"
#include "net/RemoteContentFetcher.h"
#include "net/RemoteTarget.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kontor::net::AddressClass;
using kontor::net::AddressPolicy;
using kontor::net::NumericHost;
using kontor::net::RemoteContentFetcher;
using kontor::net::RemoteContentLimits;
using kontor::net::RemoteTarget;

namespace {

const QByteArray kPicture = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'p');
const QHostAddress kPublic(u"93.184.216.34"_s);

LocalHttpServer::Response picture()
{
    LocalHttpServer::Response response;
    response.contentType = "image/png";
    response.body = kPicture;
    return response;
}

LocalHttpServer::Response redirectTo(const QByteArray &location)
{
    LocalHttpServer::Response response;
    response.status = 302;
    response.headers = {{"Location", location}};
    return response;
}

AddressPolicy loopbackAllowed()
{
    AddressPolicy policy;
    policy.allow(QHostAddress(QHostAddress::LocalHost), 32);
    return policy;
}

RemoteTarget resolveNow(const QUrl &url, FakeResolver &resolver, const AddressPolicy &policy = {})
{
    std::optional<RemoteTarget> got;
    QObject context;
    kontor::net::resolveRemoteTarget(url, resolver, policy, &context,
                                     [&got](const RemoteTarget &target) { got = target; });
    if (got)
        qFatal("answered synchronously");
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
        qFatal("no answer");
    return *got;
}

} // namespace

class TestNetRemoteContentPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server_.listen());
        server_.respond("/pixel.png", picture());
        port_ = quint16(server_.url("/").port());
    }

    void refusesEveryAddressThatIsNotPublic_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressClass>("expected");
        const auto row = [](const char *name, const char *address, AddressClass kind) {
            QTest::newRow(name) << QString::fromLatin1(address) << kind;
        };
        row("loopback", "127.0.0.1", AddressClass::Loopback);
        row("loopback elsewhere in 127/8", "127.255.3.4", AddressClass::Loopback);
        row("private 10/8", "10.0.0.1", AddressClass::Private);
        row("private 172.16/12", "172.16.0.1", AddressClass::Private);
        row("private 172.31", "172.31.255.254", AddressClass::Private);
        row("private 192.168/16", "192.168.1.1", AddressClass::Private);
        row("link-local metadata", "169.254.169.254", AddressClass::LinkLocal);
        row("CGNAT", "100.64.0.1", AddressClass::SharedCgnat);
        row("CGNAT upper end", "100.127.255.254", AddressClass::SharedCgnat);
        row("this network 0/8", "0.0.0.0", AddressClass::Unspecified);
        row("this network 0.1.2.3", "0.1.2.3", AddressClass::Unspecified);
        row("multicast", "224.0.0.1", AddressClass::Multicast);
        row("multicast upper", "239.255.255.250", AddressClass::Multicast);
        row("broadcast", "255.255.255.255", AddressClass::Broadcast);
        row("reserved 240/4", "240.0.0.1", AddressClass::Reserved);
        row("documentation", "192.0.2.1", AddressClass::Reserved);
        row("documentation 2", "198.51.100.7", AddressClass::Reserved);
        row("documentation 3", "203.0.113.9", AddressClass::Reserved);
        row("benchmarking", "198.18.0.1", AddressClass::Reserved);
        row("IETF protocol assignments", "192.0.0.8", AddressClass::Reserved);
        row("IPv6 loopback", "::1", AddressClass::Loopback);
        row("IPv6 unspecified", "::", AddressClass::Unspecified);
        row("IPv6 link-local", "fe80::1", AddressClass::LinkLocal);
        row("IPv6 unique-local fc", "fc00::1", AddressClass::UniqueLocal);
        row("IPv6 unique-local fd", "fd12:3456::1", AddressClass::UniqueLocal);
        row("IPv6 site-local", "fec0::1", AddressClass::UniqueLocal);
        row("IPv6 multicast", "ff02::1", AddressClass::Multicast);
        row("IPv4-mapped loopback", "::ffff:127.0.0.1", AddressClass::Loopback);
        row("IPv4-mapped private", "::ffff:10.1.2.3", AddressClass::Private);
        row("IPv4-mapped metadata", "::ffff:169.254.169.254", AddressClass::LinkLocal);
        row("IPv4-compatible private", "::192.168.0.1", AddressClass::Private);
        row("NAT64 of loopback", "64:ff9b::127.0.0.1", AddressClass::Loopback);
        row("NAT64 of private", "64:ff9b::a00:1", AddressClass::Private);
        row("local NAT64 prefix", "64:ff9b:1::1", AddressClass::Reserved);
        row("6to4 of private", "2002:c0a8:0101::1", AddressClass::Private);
        row("6to4 of loopback", "2002:7f00:1::", AddressClass::Loopback);
        row("Teredo", "2001:0:4136:e378::1", AddressClass::Reserved);
        row("IPv6 documentation", "2001:db8::1", AddressClass::Reserved);
        row("outside 2000::/3", "4000::1", AddressClass::Reserved);
    }

    void refusesEveryAddressThatIsNotPublic()
    {
        QFETCH(QString, address);
        QFETCH(AddressClass, expected);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(kontor::net::classifyAddress(parsed), expected);
        QVERIFY(!AddressPolicy().permits(parsed));
    }

    void acceptsPublicAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << u"93.184.216.34"_s;
        QTest::newRow("just below 10/8") << u"9.255.255.255"_s;
        QTest::newRow("just above CGNAT") << u"100.128.0.1"_s;
        QTest::newRow("172.32, outside 172.16/12") << u"172.32.0.1"_s;
        QTest::newRow("IPv6 global") << u"2606:2800:220:1:248:1893:25c8:1946"_s;
        QTest::newRow("IPv4-mapped public") << u"::ffff:93.184.216.34"_s;
        QTest::newRow("6to4 of public") << u"2002:5db8:d822::1"_s;
    }

    void acceptsPublicAddresses()
    {
        QFETCH(QString, address);
        QVERIFY(AddressPolicy().permits(QHostAddress(address)));
    }

    void readsNumericSpellingsOfAddresses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<NumericHost::Kind>("kind");
        QTest::addColumn<QString>("address");
        const auto address = [](const char *name, const char *host, const char *result) {
            QTest::newRow(name) << QString::fromLatin1(host) << NumericHost::Kind::Address
                                << QString::fromLatin1(result);
        };
        address("dotted", "127.0.0.1", "127.0.0.1");
        address("one decimal number", "2130706433", "127.0.0.1");
        address("hexadecimal parts", "0x7f.1", "127.0.0.1");
        address("one octal number", "017700000001", "127.0.0.1");
        address("two parts", "127.1", "127.0.0.1");
        address("three parts", "10.1.258", "10.1.1.2");
        address("octal parts", "0177.0.0.01", "127.0.0.1");
        address("one hexadecimal number", "0xA9FEA9FE", "169.254.169.254");
        address("trailing dot", "192.168.0.1.", "192.168.0.1");
        address("IPv6", "::1", "::1");
        address("IPv6 mapped", "::ffff:7f00:1", "::ffff:127.0.0.1");
        QTest::newRow("a part too large") << u"256.0.0.1"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("whole number too large") << u"4294967296"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("five parts") << u"1.2.3.4.5"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("not octal") << u"08.0.0.1"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("empty part") << u"127..1"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("a name ending in a number")
            << u"host.123"_s << NumericHost::Kind::Invalid << QString();
        QTest::newRow("a name") << u"pictures.example.com"_s << NumericHost::Kind::Name << QString();
        QTest::newRow("a name starting with digits")
            << u"1.example.com"_s << NumericHost::Kind::Name << QString();
    }

    void readsNumericSpellingsOfAddresses()
    {
        QFETCH(QString, host);
        QFETCH(NumericHost::Kind, kind);
        QFETCH(QString, address);
        const NumericHost parsed = NumericHost::parse(host);
        QCOMPARE(parsed.kind, kind);
        if (kind == NumericHost::Kind::Address)
            QCOMPARE(parsed.address, QHostAddress(address));
    }

    void refusesLinksToRefusedAddressesInAnySpelling_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<RemoteTarget::Refusal>("refusal");
        const auto row = [](const char *name, const QString &url, RemoteTarget::Refusal refusal) {
            QTest::newRow(name) << QUrl(url) << refusal;
        };
        using R = RemoteTarget::Refusal;
        row("loopback", u"http://127.0.0.1/x.png"_s, R::Address);
        row("decimal loopback", u"http://2130706433/x.png"_s, R::Address);
        row("hexadecimal loopback", u"http://0x7f.1/x.png"_s, R::Address);
        row("octal loopback", u"http://017700000001/x.png"_s, R::Address);
        row("short loopback", u"http://127.1/x.png"_s, R::Address);
        row("IPv6 loopback", u"http://[::1]/x.png"_s, R::Address);
        row("IPv4-mapped loopback", u"https://[::ffff:127.0.0.1]/x.png"_s, R::Address);
        row("private", u"http://10.0.0.1/x.png"_s, R::Address);
        row("home router", u"http://192.168.1.1/x.png"_s, R::Address);
        row("cloud metadata", u"http://169.254.169.254/latest/meta-data/"_s, R::Address);
        row("a name for metadata", u"http://metadata.test/x.png"_s, R::Address);
        row("a name for a private address", u"http://intranet.test/x.png"_s, R::Address);
        row("a name with one private address among public ones", u"http://mixed.test/x.png"_s, R::Address);
        row("a name for unique-local IPv6", u"http://ula.test/x.png"_s, R::Address);
        row("an unknown name", u"http://nowhere.test/x.png"_s, R::NotFound);
        row("a numeric host out of range", u"http://999.1.1.1/x.png"_s, R::InvalidNumber);
        row("ftp", u"ftp://pictures.test/x.png"_s, R::Scheme);
        row("file", u"file:///etc/passwd"_s, R::Scheme);
        row("user info", u"http://user:pw@pictures.test/x.png"_s, R::UserInfo);
    }

    void refusesLinksToRefusedAddressesInAnySpelling()
    {
        QFETCH(QUrl, url);
        QFETCH(RemoteTarget::Refusal, refusal);
        FakeResolver resolver = publicWorld();
        const RemoteTarget target = resolveNow(url, resolver);
        QCOMPARE(target.refusal, refusal);
        QVERIFY(!target.ok());
        QVERIFY(!target.reason().isEmpty());
        // A number is read here, never handed to the resolver as a name.
        if (!url.host().isEmpty() && (url.host().front().isDigit() || url.host().contains(u':')))
            QVERIFY(resolver.asked().isEmpty());
    }

    void acceptsAPublicAddressAndConnectsToExactlyThat()
    {
        FakeResolver resolver = publicWorld();
        const RemoteTarget target = resolveNow(QUrl(u"https://pictures.test:8443/a/b.png?x=1"_s), resolver);
        QVERIFY2(target.ok(), qPrintable(target.reason()));
        QCOMPARE(target.address, kPublic);
        QCOMPARE(target.addressClass, AddressClass::Public);
        const QNetworkRequest request = target.request();
        // The request names the checked address, so nothing resolves the name again; the name stays for the
        // server (Host) and for TLS (SNI and the certificate check).
        QCOMPARE(request.url(), QUrl(u"https://93.184.216.34:8443/a/b.png?x=1"_s));
        QCOMPARE(request.rawHeader("Host"), QByteArray("pictures.test:8443"));
        QCOMPARE(request.peerVerifyName(), u"pictures.test"_s);
        QCOMPARE(resolver.asked(), QStringList{u"pictures.test"_s});
    }

    void fetchesFromTheCheckedAddressWithTheNameAsHost()
    {
        // "pictures.test" exists only in the injected resolver: the fetch can only work if the connection
        // goes to the address that was checked, with no second lookup by the network stack.
        auto resolver = std::make_shared<FakeResolver>();
        resolver->add(u"pictures.test"_s, {QHostAddress(QHostAddress::LocalHost)});
        RemoteContentFetcher fetcher({}, {}, loopbackAllowed(), resolver);
        const QUrl url(u"http://pictures.test:%1/pixel.png"_s.arg(port_));
        QCOMPARE(fetchOne(fetcher, url), kPicture);
        QCOMPARE(server_.requests().last().headers.value("host"),
                 "pictures.test:" + QByteArray::number(port_));
    }

    void refusesLoopbackUnlessAllowed()
    {
        const qsizetype before = server_.requests().size();
        RemoteContentFetcher fetcher({}, {}, AddressPolicy(), std::make_shared<FakeResolver>());
        QTest::ignoreMessage(QtInfoMsg,
                             "remote resource not loaded: the host is not a public address (loopback)");
        QVERIFY(fetchOne(fetcher, server_.url("/pixel.png")).isEmpty());
        QCOMPARE(server_.requests().size(), before);
        // The allow-list admits it.
        RemoteContentFetcher allowed({}, {}, loopbackAllowed(), std::make_shared<FakeResolver>());
        QCOMPARE(fetchOne(allowed, server_.url("/pixel.png")), kPicture);
    }

    void checksEveryRedirectHop_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("cloud metadata") << QByteArray("http://169.254.169.254/latest/meta-data/")
                                        << QByteArray("the host is not a public address (link-local)");
        QTest::newRow("a name for a private address")
            << QByteArray("http://intranet.test/admin")
            << QByteArray("the host is not a public address (private)");
        QTest::newRow("decimal spelling of a private address")
            << QByteArray("http://3232235777/") << QByteArray("the host is not a public address (private)");
        QTest::newRow("IPv6 unique-local") << QByteArray("http://[fd00::1]/")
                                           << QByteArray("the host is not a public address (unique-local)");
        QTest::newRow("a file") << QByteArray("file:///etc/passwd")
                                << QByteArray("not an http or https link");
    }

    void checksEveryRedirectHop()
    {
        QFETCH(QByteArray, location);
        QFETCH(QByteArray, reason);
        const QByteArray path = "/redirect-" + QByteArray::number(qHash(location)) + ".png";
        server_.respond(path, redirectTo(location));
        auto resolver = std::make_shared<FakeResolver>(publicWorld());
        RemoteContentFetcher fetcher({}, {}, loopbackAllowed(), resolver);
        const QByteArray expected = "remote resource not loaded: " + reason;
        QTest::ignoreMessage(QtInfoMsg, expected.constData());
        QVERIFY(fetchOne(fetcher, server_.url(path)).isEmpty());
        QCOMPARE(server_.requestsFor(path), 1);
    }

    void followsRedirectsUpToTheCap()
    {
        // /chain-N redirects N more times before the picture.
        for (int n = 1; n <= 6; ++n)
            server_.respond("/chain-" + QByteArray::number(n),
                            redirectTo("/chain-" + QByteArray::number(n - 1)));
        server_.respond("/chain-0", picture());
        RemoteContentLimits limits;
        limits.maxRedirects = 5;
        RemoteContentFetcher fetcher({}, limits, loopbackAllowed(), std::make_shared<FakeResolver>());
        QCOMPARE(fetchOne(fetcher, server_.url("/chain-5")), kPicture);
        const int before = server_.requestsFor("/chain-0");
        QTest::ignoreMessage(QtInfoMsg, "remote resource not loaded: more than 5 redirects");
        QVERIFY(fetchOne(fetcher, server_.url("/chain-6")).isEmpty());
        QCOMPARE(server_.requestsFor("/chain-0"), before); // the sixth hop was never sent
    }

    void followsARedirectToAnAllowedName()
    {
        auto resolver = std::make_shared<FakeResolver>();
        resolver->add(u"pictures.test"_s, {QHostAddress(QHostAddress::LocalHost)});
        server_.respond("/to-name.png",
                        redirectTo("http://pictures.test:" + QByteArray::number(port_) + "/pixel.png"));
        RemoteContentFetcher fetcher({}, {}, loopbackAllowed(), resolver);
        QCOMPARE(fetchOne(fetcher, server_.url("/to-name.png")), kPicture);
        QCOMPARE(resolver->asked(), QStringList{u"pictures.test"_s});
    }

    void runsABoundedNumberOfFetchesAtOnce()
    {
        LocalHttpServer::Response silent;
        silent.hang = true;
        server_.respond("/slow.png", silent);
        RemoteContentLimits limits;
        limits.concurrentFetches = 2;
        limits.timeoutMs = 500;
        RemoteContentFetcher fetcher({}, limits, loopbackAllowed(), std::make_shared<FakeResolver>());
        QList<QUrl> urls;
        for (int i = 0; i < 5; ++i)
            urls.append(server_.url("/slow.png?n=" + QByteArray::number(i)));
        int delivered = 0;
        int mostRunning = 0;
        QObject context;
        fetcher.fetch(urls, &context, [&](const QUrl &, const QByteArray &) { ++delivered; });
        QCOMPARE(fetcher.runningFetches(), 2);
        QCOMPARE(fetcher.queuedFetches(), 3);
        QVERIFY(QTest::qWaitFor(
            [&] {
                mostRunning = qMax(mostRunning, fetcher.runningFetches());
                return delivered == 5;
            },
            10000));
        QCOMPARE(mostRunning, 2);
        QCOMPARE(fetcher.runningFetches(), 0);
    }

private:
    static FakeResolver publicWorld()
    {
        FakeResolver resolver;
        resolver.add(u"pictures.test"_s, {kPublic});
        resolver.add(u"metadata.test"_s, {QHostAddress(u"169.254.169.254"_s)});
        resolver.add(u"intranet.test"_s, {QHostAddress(u"10.20.30.40"_s)});
        resolver.add(u"mixed.test"_s, {kPublic, QHostAddress(u"192.168.0.10"_s)});
        resolver.add(u"ula.test"_s, {QHostAddress(u"fd00::5"_s)});
        return resolver;
    }

    QByteArray fetchOne(RemoteContentFetcher &fetcher, const QUrl &url)
    {
        std::optional<QByteArray> got;
        QObject context;
        fetcher.fetch({url}, &context, [&got](const QUrl &, const QByteArray &bytes) { got = bytes; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            qWarning("nothing delivered");
        return got.value_or(QByteArray());
    }

    LocalHttpServer server_;
    quint16 port_ = 0;
};

QTEST_GUILESS_MAIN(TestNetRemoteContentPolicy)
#include "tst_net_remote_content_policy.moc"
