#pragma once

#include "FakeCable.h"
#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <optional>

namespace kontor::chatwoot::fake {

// A Chatwoot server in a test's process: the agent API endpoints the connector uses, with Chatwoot's shapes
// (REST and websocket), paging and quirks (integer, float and ISO timestamps; echo_id only in the creation
// answer and the message.created event; updated_within unpaginated), seeded from the dashboard's fixtures
// plus generated contacts and conversations. Tests inject faults, play colleagues, and read the request log.
class FakeChatwoot : public QObject
{
    Q_OBJECT
public:
    struct Seed
    {
        int contacts = 40;      // generated, beside the fixtures' two
        int conversations = 60; // generated, beside the fixtures' two
        int messagesPerConversation = 3;
        // The older dashboard fixture, whose odd message id (4382131101) lies far above all others.
        bool looseFixture = true;
        // SLA policies applied to every fifth generated conversation from the second on (alternately policy 1
        // and 2, applied when it was created), as an Enterprise account with the sla feature has them.
        bool slas = false;
        // Custom attributes on every fourth contact (ids divisible by 4): plan, customer_since, order_count,
        // vip, crm_record (all defined) and favourite_shop (not defined).
        bool customAttributes = false;
    };

    // The signed-in user of the fake.
    static constexpr qint64 kAccountId = 1;
    static constexpr qint64 kOtherAccountId = 2;
    static constexpr qint64 kUserId = 1;
    static QString email() { return QStringLiteral("ada@example.com"); }
    static QString password() { return QStringLiteral("correct horse battery"); }
    static QString token() { return QStringLiteral("token-ada-0123456789"); }
    static QString pubsubToken() { return QStringLiteral("pubsub-ada"); }
    static QString oneTimeCode() { return QStringLiteral("123456"); }
    static QString backupCode() { return QStringLiteral("backup-code-1"); }

    explicit FakeChatwoot(QObject *parent = nullptr);
    explicit FakeChatwoot(const Seed &seed, QObject *parent = nullptr);
    ~FakeChatwoot() override;

    bool listen(quint16 port = 0);
    // HTTPS with the test certificate (which no client trusts).
    bool listenTls(quint16 port = 0);
    quint16 port() const { return http_.port(); }
    QString url() const;
    FakeCable &cable() { return cable_; }
    FakeHttpServer &http() { return http_; }

    // --- configuration --------------------------------------------------------------------------------
    void setMfaEnabled(bool enabled) { mfa_ = enabled; }
    void revokeToken() { tokenValid_ = false; }
    void restoreToken() { tokenValid_ = true; }
    // A successful sign-in with the password makes a revoked token valid again (as if the user's token had
    // been reset and the sign-in handed out the new one), for trying the sign-in again by hand.
    void setSignInRestoresToken(bool restores) { signInRestoresToken_ = restores; }
    void setAdministrator(bool administrator) { administrator_ = administrator; }
    // The real server lists no echo_id; a test may make it list them.
    void setListsEchoIds(bool lists) { listsEchoIds_ = lists; }
    // CONVERSATION_RESULTS_PER_PAGE of the server (25 by default).
    void setConversationPageSize(int size) { conversationPageSize_ = size; }
    // Broadcast changes made through the REST API to the cable (as Chatwoot does).
    void setBroadcasts(bool broadcasts) { broadcasts_ = broadcasts; }

    // --- faults -----------------------------------------------------------------------------------------
    // The next `times` requests matching method and path pattern get response instead of the real answer.
    void addFault(const QByteArray &method, const QString &pathPattern, const HttpResponse &response,
                  int times = 1);
    void failNext(const QByteArray &method, const QString &pathPattern, int status, int times = 1,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
    // The next matching request is carried out, but its answer is lost (hangs, is cut off, or the connection
    // closes): the client cannot know whether it landed.
    void loseAnswerNext(const QByteArray &method, const QString &pathPattern, HttpResponse::Delivery delivery,
                        int times = 1);
    // The next matching request is carried out, and answered with response instead (a garbled answer).
    void answerAfterProcessing(const QByteArray &method, const QString &pathPattern,
                               const HttpResponse &response, int times = 1);
    void clearFaults() { faults_.clear(); }

    // --- the request log ---------------------------------------------------------------------------------
    const QList<HttpRequest> &requests() const { return requests_; }
    // The status each logged request was answered with, by position; 0 when the answer was lost (cut off,
    // never sent, truncated).
    const QList<int> &answers() const { return answers_; }
    // The body each logged request was answered with, by position (empty when the answer was lost).
    const QList<QByteArray> &answerBodies() const { return answerBodies_; }
    // Whether the answer at that position was an injected fault rather than the fake's own.
    bool answerWasInjected(qsizetype position) const { return injectedAnswers_.value(position); }
    QList<HttpRequest> requestsTo(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests()
    {
        requests_.clear();
        answers_.clear();
        answerBodies_.clear();
        injectedAnswers_.clear();
    }

    // --- state and colleagues -----------------------------------------------------------------------------
    QList<qint64> conversationIds() const { return conversations_.keys(); }
    QJsonObject conversation(qint64 id) const;
    QJsonArray messagesOf(qint64 conversationId) const;
    QStringList labelsOf(qint64 conversationId) const;
    QJsonObject contact(qint64 id) const;
    qint64 lastMessageId() const { return nextMessageId_ - 1; }
    // A customer writes: a new incoming message (broadcast unless quietly).
    qint64 customerWrites(qint64 conversationId, const QString &text, bool quietly = false);
    // Old messages (a week back), added without touching the conversation: history to page into.
    void addHistory(qint64 conversationId, int count);
    // A colleague changes things, broadcast or (to simulate missed events) quietly.
    void colleagueSetsStatus(qint64 conversationId, const QString &status, bool quietly = false);
    void colleagueAddsLabel(qint64 conversationId, const QString &label, bool quietly = false);
    void colleagueAssigns(qint64 conversationId, qint64 agentId, bool quietly = false);
    void deleteConversation(qint64 conversationId);
    // SLA policies (Chatwoot Enterprise): 1 "Gold" (first response 1 h, next 2 h, resolution 1 day) and 2
    // "Silver" (first response 4 h, resolution 3 days). Off, the server answers 404 as Community edition
    // does.
    void setSlaEnabled(bool enabled) { slaEnabled_ = enabled; }
    QJsonObject slaPolicyJson(qint64 policyId) const;
    // Applies a policy to a conversation now (0 removes it) and broadcasts conversation.updated unless
    // quietly.
    void colleagueAppliesSla(qint64 conversationId, qint64 policyId, bool quietly = false);
    // Deletes a contact with its conversations, as Chatwoot does, and broadcasts contact.deleted unless
    // quietly (as if while the client was away). false when there is no such contact.
    bool deleteContact(qint64 contactId, bool quietly = false);
    // A new conversation with a new contact, created quietly (as if while the client was away).
    qint64 createConversationQuietly(const QString &contactName, const QString &contactEmail, qint64 inboxId);
    void setCacheKey(const QString &which, const QString &value);
    void renameInbox(qint64 inboxId, const QString &name);
    // An event of another account, on the same connection.
    void broadcastForeignEvent();
    void broadcast(const QString &event, const QJsonObject &data);

    // Shapes, for tests that build events by hand.
    QJsonObject conversationJson(qint64 id, bool websocketShape = false) const;
    QJsonObject messageJson(const QJsonObject &message, bool websocketShape = false) const;
    QJsonObject contactJson(qint64 id, bool withInboxes = true) const;

private:
    struct Contact
    {
        qint64 id = 0;
        QString name, email, phone, identifier;
        QList<QPair<qint64, QString>> inboxes; // inbox id, source id
        qint64 createdAt = 0;
    };
    struct Conversation
    {
        qint64 id = 0;
        qint64 inboxId = 0;
        qint64 contactId = 0;
        QString status = QStringLiteral("open");
        std::optional<qint64> snoozedUntil;
        QString priority;
        qint64 assigneeId = 0;
        qint64 teamId = 0;
        QStringList labels;
        QString subject;
        QJsonObject additionalAttributes; // as the creator sent them (mail_subject is added from subject)
        qint64 createdAt = 0;
        double updatedAt = 0;
        qint64 lastActivityAt = 0;
        qint64 waitingSince = 0;
        qint64 firstReplyAt = 0;
        int unread = 0;
        qint64 slaPolicyId = 0;
        qint64 slaAppliedAt = 0;
        QList<QJsonObject> messages; // stored with echo_id (which the real server never lists)
    };
    struct Inbox
    {
        qint64 id = 0;
        QString name, channelType, medium;
    };

    void seed(const Seed &seed);
    void seedFixtures(bool loose);
    HttpResponse handle(const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request, bool &injected);
    HttpResponse route(const HttpRequest &request);
    HttpResponse routeAccount(const HttpRequest &request, const QStringList &rest);
    HttpResponse routeConversation(const HttpRequest &request, Conversation &conversation,
                                   const QStringList &rest);
    HttpResponse routeReports(const HttpRequest &request, const QStringList &rest);
    HttpResponse signIn(const HttpRequest &request);
    QJsonObject profileJson(bool withToken) const;
    QJsonObject agentJson(qint64 id) const;
    QJsonObject inboxJson(const Inbox &inbox) const;
    static QJsonValue snoozedUntilJson(const Conversation &conversation);
    QJsonValue appliedSlaJson(const Conversation &conversation) const;
    HttpResponse slaPolicies() const;
    HttpResponse attributeDefinitions(const HttpRequest &request) const;
    QJsonObject customAttributesOf(qint64 contactId) const;
    QJsonObject addMessage(Conversation &conversation, int type, bool isPrivate, const QString &content,
                           const QString &senderType, qint64 senderId, const QString &echoId = {});
    void touch(Conversation &conversation);
    void broadcastConversation(const QString &event, const Conversation &conversation);
    QString channelOf(qint64 inboxId) const;
    QString sourceIdFor(const Contact &contact, const Inbox &inbox) const;

    FakeHttpServer http_;
    FakeCable cable_;
    QMap<qint64, Inbox> inboxes_;
    QMap<qint64, QString> agents_; // id -> name
    QMap<qint64, QPair<QString, QList<qint64>>> teams_;
    QStringList accountLabels_;
    QMap<qint64, Contact> contacts_;
    QMap<qint64, Conversation> conversations_;
    QMap<QString, QString> cacheKeys_;
    struct Fault
    {
        QByteArray method;
        QRegularExpression path;
        HttpResponse response;
        int remaining = 1;
        bool afterProcessing = false;
    };
    QList<Fault> faults_;
    QList<HttpRequest> requests_;
    QList<int> answers_;
    QList<QByteArray> answerBodies_;
    QList<bool> injectedAnswers_;
    qint64 nextMessageId_ = 20000;
    qint64 nextConversationId_ = 1000;
    qint64 nextContactId_ = 5000;
    bool mfa_ = false;
    bool tokenValid_ = true;
    bool signInRestoresToken_ = false;
    bool administrator_ = true;
    bool listsEchoIds_ = false;
    bool broadcasts_ = true;
    bool slaEnabled_ = true;
    bool customAttributes_ = false;
    int conversationPageSize_ = 25;
    QString pendingMfaToken_;
};

} // namespace kontor::chatwoot::fake
