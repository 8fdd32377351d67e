// Credentials belong to one origin: the Chatwoot access token (and the sign-in password) go to the endpoint's
// scheme, host and port, and a redirect anywhere else is not followed, so they never reach another server.
// Two loopback servers on two ports are two origins. Account setup refuses http:// except on loopback.
#include "LocalHttpServer.h"
#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/api/JsonJob.h"
#include "connectors/chatwoot/api/ProfileJobs.h"
#include "connectors/chatwoot/setup/ChatwootSignIn.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::chatwoot;
using kontor::net::ServerTransport;

namespace {

const QByteArray kToken = "secret-token-of-the-agent";

class ObjectJob : public JsonJob
{
public:
    explicit ObjectJob(const QString &path)
        : JsonJob(Method::Get, path, Shape::Object)
    {}
};

LocalHttpServer::Response json(const QByteArray &body)
{
    LocalHttpServer::Response response;
    response.contentType = "application/json";
    response.body = body;
    return response;
}

LocalHttpServer::Response redirectTo(const QByteArray &location, int status = 302)
{
    LocalHttpServer::Response response;
    response.status = status;
    response.headers = {{"Location", location}};
    return response;
}

bool anyRequestCarriesToken(const LocalHttpServer &server)
{
    for (const LocalHttpServer::Request &request : server.requests()) {
        if (request.headers.contains("api_access_token"))
            return true;
    }
    return false;
}

} // namespace

class TestNetCredentialsRedirect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(first_.listen());
        QVERIFY(second_.listen());
        QVERIFY(first_.url("/").port() != second_.url("/").port());
        second_.respond("/api/v1/profile", json(R"({"id": 7, "name": "Elsewhere"})"));
        second_.respond("/auth/sign_in", json(R"({"data": {"id": 7, "access_token": "x"}})"));
    }

    void init() { network_ = std::make_unique<QNetworkAccessManager>(); }

    void theTokenNeverFollowsARedirectToAnotherOrigin_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("301") << 301;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void theTokenNeverFollowsARedirectToAnotherOrigin()
    {
        QFETCH(int, status);
        const QByteArray path = "/api/v1/profile-" + QByteArray::number(status);
        first_.respond(path, redirectTo(second_.url("/api/v1/profile").toEncoded(), status));
        const qsizetype before = first_.requestsFor(path);
        const JobError error = run(new ObjectJob(QString::fromLatin1(path)));
        // The first origin got the token; the second never saw the request at all, let alone the token.
        QCOMPARE(first_.requestsFor(path), before + 1);
        QCOMPARE(first_.requests().last().headers.value("api_access_token"), kToken);
        QVERIFY(!anyRequestCarriesToken(second_));
        QCOMPARE(second_.requestsFor("/api/v1/profile"), 0);
        QCOMPARE(error.status, JobStatus::OtherHttpError);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(u"127.0.0.1:%1"_s.arg(second_.url("/").port())),
                 qPrintable(error.message));
    }

    void aRedirectWithinTheOriginKeepsTheToken()
    {
        first_.respond("/api/v1/old", redirectTo("/api/v1/new"));
        first_.respond("/api/v1/new", redirectTo(first_.url("/api/v1/newest").toEncoded(), 301));
        first_.respond("/api/v1/newest", json(R"({"ok": true})"));
        const JobError error = run(new ObjectJob(u"/api/v1/old"_s));
        QVERIFY2(error.ok(), qPrintable(error.message));
        for (const char *path : {"/api/v1/old", "/api/v1/new", "/api/v1/newest"}) {
            QCOMPARE(first_.requestsFor(path), 1);
        }
        for (const LocalHttpServer::Request &request : first_.requests())
            QCOMPARE(request.headers.value("api_access_token"), kToken);
    }

    void anUpgradeToHttpsIsAnotherOrigin()
    {
        QUrl https = first_.url("/api/v1/secure");
        https.setScheme(u"https"_s);
        first_.respond("/api/v1/plain", redirectTo(https.toEncoded()));
        const qsizetype before = first_.requests().size();
        const JobError error = run(new ObjectJob(u"/api/v1/plain"_s));
        QCOMPARE(error.status, JobStatus::OtherHttpError);
        QCOMPARE(first_.requests().size(), before + 1); // no TLS handshake, no second request
    }

    void sameOriginRedirectsAreCapped()
    {
        for (int n = 0; n < 8; ++n)
            first_.respond("/api/v1/loop-" + QByteArray::number(n),
                           redirectTo("/api/v1/loop-" + QByteArray::number(n + 1)));
        const JobError error = run(new ObjectJob(u"/api/v1/loop-0"_s));
        QCOMPARE(error.status, JobStatus::OtherHttpError);
        QCOMPARE(first_.requestsFor("/api/v1/loop-5"), 1);
        QCOMPARE(first_.requestsFor("/api/v1/loop-6"), 0); // five redirects followed, the sixth not
    }

    void thePasswordNeverFollowsARedirect()
    {
        first_.respond("/auth/sign_in", redirectTo(second_.url("/auth/sign_in").toEncoded(), 307));
        const JobError error = run(SignInJob::withPassword(u"agent@example.com"_s, u"hunter2"_s), false);
        QVERIFY(!error.ok());
        QCOMPARE(second_.requestsFor("/auth/sign_in"), 0);
    }

    void setupRefusesHttpExceptLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<ServerTransport>("transport");
        QTest::newRow("https") << u"https://chat.example.com"_s << ServerTransport::Encrypted;
        QTest::newRow("no scheme means https") << u"chat.example.com"_s << ServerTransport::Encrypted;
        QTest::newRow("http to a server") << u"http://chat.example.com"_s << ServerTransport::Cleartext;
        QTest::newRow("http to a private address") << u"http://10.0.0.5:3000"_s << ServerTransport::Cleartext;
        QTest::newRow("http to a name that starts like loopback")
            << u"http://127.0.0.1.example.com"_s << ServerTransport::Cleartext;
        QTest::newRow("http to a name that ends like localhost")
            << u"http://localhost.example.com"_s << ServerTransport::Cleartext;
        QTest::newRow("http to localhost")
            << u"http://localhost:3000"_s << ServerTransport::LoopbackCleartext;
        QTest::newRow("http to 127.0.0.1")
            << u"http://127.0.0.1:3000"_s << ServerTransport::LoopbackCleartext;
        QTest::newRow("http to ::1") << u"http://[::1]:3000"_s << ServerTransport::LoopbackCleartext;
        QTest::newRow("not an address") << u"ftp://chat.example.com"_s << ServerTransport::Unsupported;
    }

    void setupRefusesHttpExceptLoopback()
    {
        QFETCH(QString, address);
        QFETCH(ServerTransport, transport);
        QCOMPARE(ChatwootSignIn::transportFor(address), transport);
        if (transport != ServerTransport::Cleartext)
            return;
        ChatwootSignIn signIn;
        QSignalSpy failed(&signIn, &ChatwootSignIn::failed);
        QSignalSpy signedIn(&signIn, &ChatwootSignIn::signedIn);
        signIn.signInWithPassword(address, u"agent@example.com"_s, u"hunter2"_s);
        QVERIFY(!signIn.isBusy()); // nothing was sent
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().toString().contains(u"https://"_s));
        QCOMPARE(signedIn.count(), 0);
    }

    void setupAcceptsHttpOnLoopback()
    {
        first_.respond("/api/v1/profile", json(R"({"id": 3, "name": "Agent", "email": "agent@example.com",
                                "accounts": [{"id": 1, "name": "Support", "role": "agent"}]})"));
        ChatwootSignIn signIn;
        QSignalSpy signedIn(&signIn, &ChatwootSignIn::signedIn);
        QSignalSpy failed(&signIn, &ChatwootSignIn::failed);
        signIn.signInWithToken(first_.url("").toString(), QString::fromLatin1(kToken));
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(first_.requests().last().headers.value("api_access_token"), kToken);
    }

private:
    JobError run(ChatwootJob *job, bool withToken = true)
    {
        ChatwootClient client(*network_);
        client.setEndpoint({first_.url(""), 1, withToken ? QString::fromLatin1(kToken) : QString()});
        std::optional<JobError> result;
        client.send<ChatwootJob>(job, this, [&result](ChatwootJob &done) { result = done.error(); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("the job did not finish");
        return *result;
    }

    LocalHttpServer first_;
    LocalHttpServer second_;
    std::unique_ptr<QNetworkAccessManager> network_;
};

QTEST_GUILESS_MAIN(TestNetCredentialsRedirect)
#include "tst_net_credentials_redirect.moc"
