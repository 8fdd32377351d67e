// Every input from the network has a bound, and passing it costs the input, never the connection: an
// oversized REST answer is aborted while it arrives and the next request works; an oversized websocket frame
// or message closes the realtime connection, which opens again and works; an attached file and a remote
// resource above their bounds are refused and the next one goes through; a message body above its bound is
// stored cut, with a marker.
#include "ContactCenterData.h"
#include "LocalHttpServer.h"
#include "StoreTestSupport.h"
#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/api/JsonJob.h"
#include "connectors/chatwoot/realtime/ActionCableClient.h"
#include "core/InputLimits.h"
#include "net/RemoteContentFetcher.h"
#include "store/StoreTestAccess.h"
#include "store/actions/OutboxFiles.h"
#include "store/sql/Database.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace kontor;
using chatwoot::ActionCableClient;
using chatwoot::ChatwootClient;
using chatwoot::ChatwootJob;
using chatwoot::JobError;
using chatwoot::JobStatus;

namespace {

constexpr qint64 kRestBound = 64 * 1024;

class ObjectJob : public chatwoot::JsonJob
{
public:
    explicit ObjectJob(const QString &path)
        : JsonJob(Method::Get, path, Shape::Object)
    {}
};

LocalHttpServer::Response json(const QByteArray &body, bool announceLength = true)
{
    LocalHttpServer::Response response;
    response.contentType = "application/json";
    response.body = body;
    response.announceLength = announceLength;
    return response;
}

QByteArray bigJson(qint64 bytes)
{
    return R"({"payload": ")" + QByteArray(bytes, 'x') + R"("})";
}

// A Rails ActionCable server in its smallest form: welcome, confirm any subscription, then whatever the test
// sends.
class CableServer : public QObject
{
public:
    CableServer()
        : server_(u"cable"_s, QWebSocketServer::NonSecureMode)
    {
        connect(&server_, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server_.nextPendingConnection()) {
                socket->setParent(this);
                socket_ = socket;
                connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &text) {
                    const QJsonObject command = QJsonDocument::fromJson(text.toUtf8()).object();
                    if (command.value(u"command"_s).toString() == u"subscribe"_s) {
                        const QJsonObject confirm{{u"type"_s, u"confirm_subscription"_s},
                                                  {u"identifier"_s, command.value(u"identifier"_s)}};
                        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(confirm).toJson()));
                    }
                });
                socket->sendTextMessage(uR"({"type":"welcome"})"_s);
                ++connections_;
            }
        });
    }

    bool listen() { return server_.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/cable"_s.arg(server_.serverPort())); }
    QWebSocket *socket() const { return socket_; }
    int connections() const { return connections_; }

private:
    QWebSocketServer server_;
    QWebSocket *socket_ = nullptr;
    int connections_ = 0;
};

QString eventFrame(const QString &identifier, const QString &content)
{
    const QJsonObject frame{{u"identifier"_s, identifier},
                            {u"message"_s, QJsonObject{{u"event"_s, u"message.created"_s},
                                                       {u"data"_s, QJsonObject{{u"content"_s, content}}}}}};
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

} // namespace

class TestNetSizeBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server_.listen());
        server_.respond("/api/v1/small", json(R"({"ok": true})"));
        server_.respond("/api/v1/big-announced", json(bigJson(4 * kRestBound)));
        server_.respond("/api/v1/big-unannounced", json(bigJson(4 * kRestBound), false));
        server_.respond("/api/v1/just-fits", json(bigJson(kRestBound - 32)));
    }

    void theDefaultBoundsAreTheDocumentedOnes()
    {
        QCOMPARE(limits::restResponseBytes, 32 * 1024 * 1024);
        QVERIFY(limits::websocketFrameBytes <= limits::websocketMessageBytes);
        QCOMPARE(net::RemoteContentLimits().bytesPerResource, limits::remoteResourceBytes);
        QCOMPARE(maxAttachmentBytes, limits::attachmentBytes);
    }

    void anOversizedRestAnswerIsAbortedAndTheNextRequestWorks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("length announced") << u"/api/v1/big-announced"_s;
        QTest::newRow("length found out while reading") << u"/api/v1/big-unannounced"_s;
    }

    void anOversizedRestAnswerIsAbortedAndTheNextRequestWorks()
    {
        QFETCH(QString, path);
        QNetworkAccessManager network;
        ChatwootClient client(network);
        client.setEndpoint({server_.url(""), 1, u"token"_s});
        client.setMaxResponseBytes(kRestBound);
        // The log says how large, never what.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"answer larger than 65536 bytes, aborted"_s));
        const JobError error = run(client, path);
        QCOMPARE(error.status, JobStatus::MalformedResponse);
        QVERIFY2(error.message.contains(u"larger than"_s), qPrintable(error.message));
        // The same client, the same network manager: the next request goes through.
        QVERIFY(run(client, u"/api/v1/small"_s).ok());
        QVERIFY(run(client, u"/api/v1/just-fits"_s).ok());
    }

    void anOversizedWebsocketFrameClosesTheConnectionWhichOpensAgain_data()
    {
        QTest::addColumn<int>("outgoingFrameSize");
        QTest::newRow("one frame past the frame bound") << 1024 * 1024;
        QTest::newRow("small frames past the message bound") << 4 * 1024;
    }

    void anOversizedWebsocketFrameClosesTheConnectionWhichOpensAgain()
    {
        QFETCH(int, outgoingFrameSize);
        CableServer cable;
        QVERIFY(cable.listen());
        ActionCableClient client;
        client.setMaxIncomingSizes(16 * 1024, 32 * 1024);
        QSignalSpy subscribed(&client, &ActionCableClient::subscribed);
        QSignalSpy lost(&client, &ActionCableClient::lost);
        QSignalSpy events(&client, &ActionCableClient::eventReceived);
        const ActionCableClient::Subscription subscription{u"pubsub"_s, 1, 2};
        const QString identifier = ActionCableClient::identifierFor(subscription);
        client.open(cable.url(), subscription);
        QVERIFY(subscribed.wait(5000));

        cable.socket()->setOutgoingFrameSize(quint64(outgoingFrameSize));
        cable.socket()->sendTextMessage(eventFrame(identifier, QString(64 * 1024, u'x')));
        QVERIFY(lost.wait(5000));
        QCOMPARE(lost.first().first().toString(), u"a frame or message larger than its bound"_s);
        QCOMPARE(events.count(), 0);

        // What the connector does on a loss: open again. The new connection works.
        client.open(cable.url(), subscription);
        QVERIFY(subscribed.wait(5000));
        QCOMPARE(cable.connections(), 2);
        cable.socket()->sendTextMessage(eventFrame(identifier, u"hello"_s));
        QVERIFY(events.wait(5000));
        QCOMPARE(events.first().first().toString(), u"message.created"_s);
    }

    void anAttachedFileAboveTheBoundIsRefusedAndTheNextOneKept()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(limits::attachmentBytes + 1)); // sparse: nothing is written
        big.close();
        QFile small(dir.filePath(u"small.txt"_s));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("receipt");
        small.close();

        SendMessage tooLarge;
        tooLarge.attachments = {{big.fileName(), {}, {}, 0}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, actions::describeAttachments(tooLarge));
        SendMessage fine;
        fine.attachments = {{small.fileName(), {}, {}, 0}};
        actions::describeAttachments(fine);
        QCOMPARE(fine.attachments.first().sizeBytes, 7);
        QCOMPARE(fine.attachments.first().fileName, u"small.txt"_s);
    }

    void aRemoteResourceAboveTheBoundIsRefusedAndTheNextOneLoads()
    {
        LocalHttpServer::Response big;
        big.contentType = "image/png";
        big.body = QByteArray(limits::remoteResourceBytes + 1, 'p');
        big.announceLength = false;
        server_.respond("/huge.png", big);
        LocalHttpServer::Response small = big;
        small.body = QByteArray(1000, 'p');
        server_.respond("/small.png", small);
        net::AddressPolicy loopback;
        loopback.allow(QHostAddress(QHostAddress::LocalHost), 32);
        net::RemoteContentFetcher fetcher({}, {}, loopback);
        QCOMPARE(fetch(fetcher, server_.url("/huge.png")), QByteArray());
        QCOMPARE(fetch(fetcher, server_.url("/small.png")).size(), 1000);
    }

    void aMessageBodyAboveTheBoundIsStoredCutWithAMarker()
    {
        TestStore store;
        QVERIFY2(store.isOpen(), qPrintable(store.error()));
        IngestBatch batch = contactcenter::batch();
        QVERIFY(store.ingest(batch).skipped.isEmpty());

        IngestBatch more;
        more.account = batch.account;
        MessageRecord huge;
        huge.remoteId = u"huge-1"_s;
        huge.conversationRemoteId = batch.conversations.first().remoteId;
        huge.kind = MessageKind::Incoming;
        huge.body = QString(limits::messageBodyChars + 5000, u'a');
        huge.createdAt = batch.messages.last().createdAt + 1000;
        MessageRecord next = huge;
        next.remoteId = u"after-1"_s;
        next.body = u"A normal reply."_s;
        next.createdAt = huge.createdAt + 1000;
        more.messages = {huge, next};
        const IngestResult result = store.ingest(more);
        QVERIFY(result.skipped.isEmpty());

        sql::Database &db = StoreTestAccess::database(store.reader());
        const QString marker = QString(QStringView(limits::truncationMarker));
        QCOMPARE(db.queryInt64("SELECT length(body) FROM messages WHERE remote_id = 'huge-1'"),
                 limits::messageBodyChars + marker.size());
        QCOMPARE(db.queryText("SELECT substr(body, -3) FROM messages WHERE remote_id = 'huge-1'"),
                 marker.right(3));
        QCOMPARE(db.queryText("SELECT body FROM messages WHERE remote_id = 'after-1'"), next.body);
    }

private:
    JobError run(ChatwootClient &client, const QString &path)
    {
        std::optional<JobError> result;
        client.send<ChatwootJob>(new ObjectJob(path), this,
                                 [&result](ChatwootJob &done) { result = done.error(); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("the job did not finish");
        return *result;
    }

    QByteArray fetch(net::RemoteContentFetcher &fetcher, const QUrl &url)
    {
        std::optional<QByteArray> got;
        QObject context;
        fetcher.fetch({url}, &context, [&got](const QUrl &, const QByteArray &bytes) { got = bytes; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000))
            qFatal("nothing delivered");
        return *got;
    }

    LocalHttpServer server_;
};

QTEST_GUILESS_MAIN(TestNetSizeBounds)
#include "tst_net_size_bounds.moc"
