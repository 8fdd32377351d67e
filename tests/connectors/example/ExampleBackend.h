#pragma once

#include "core/Time.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <optional>

namespace kontor::example {

// The example connector's backend: a small help desk in the test's process, reached as if over a network.
// Every record change gets the next sequence number, and changesSince() pages through them; a subscriber
// gets each change as an event as it happens. Like a real server it carries out every request it gets, a
// repeat too: nothing is deduplicated, so received() counts what the client sent and a resend shows.
class ExampleBackend : public QObject
{
    Q_OBJECT
public:
    struct Customer
    {
        QString id, name, email;
    };
    struct Conversation
    {
        QString id, customerId, subject;
        QString status = QStringLiteral("open"); // open, pending, snoozed, resolved
        QStringList labels;
        int priority = 0; // 0 none … 4 urgent
        UtcMillis createdAt = 0, lastActivityAt = 0;
    };
    struct Message
    {
        QString id, conversationId, body;
        bool fromAgent = false;
        QString key; // the client's delivery key, kept with what it created
        UtcMillis createdAt = 0;
    };
    // One change: the record as it is after it, by kind and id.
    struct Change
    {
        qint64 seq = 0;
        enum class Kind
        {
            Customer,
            Conversation,
            Message
        } kind = Kind::Message;
        QString id;
    };
    struct Page
    {
        QList<Change> changes;
        qint64 last = 0; // the sequence number the page reaches
        bool more = false;
    };
    // What a request did: nullopt when its answer was lost on the way back (it was carried out).
    using Answer = std::optional<QString>;

    explicit ExampleBackend(QObject *parent = nullptr);

    // --- the client's side, as a network API
    bool reachable() const { return reachable_; }
    Page changesSince(qint64 seq, int limit) const;
    qint64 lastSeq() const { return changes_.isEmpty() ? 0 : changes_.last().seq; }
    Customer customer(const QString &id) const { return customers_.value(id); }
    Conversation conversation(const QString &id) const { return conversations_.value(id); }
    Message message(const QString &id) const { return messages_.value(id); }
    // The agent's requests, each carrying the client's key. The answer is the id of what was made or
    // changed.
    Answer sendMessage(const QString &key, const QString &conversationId, const QString &body);
    Answer setStatus(const QString &key, const QString &conversationId, const QString &status);
    Answer setPriority(const QString &key, const QString &conversationId, int priority);
    Answer setLabel(const QString &key, const QString &conversationId, const QString &label, bool present);
    // Whether a request with this key was carried out, and the message it made (empty when none): what a
    // client asks when an earlier attempt may have landed. nullopt when this answer was lost too.
    struct Lookup
    {
        bool landed = false;
        QString messageId;
    };
    std::optional<Lookup> lookUp(const QString &key);
    // How long the backend takes to answer.
    int latencyMillis() const { return latencyMillis_; }

    // --- the test's side
    // A customer writes: a new message, pushed to a subscriber unless quietly (a missed event). Returns its
    // id.
    QString customerWrites(const QString &conversationId, const QString &body, bool quietly = false);
    QStringList conversationIds() const { return conversations_.keys(); }
    QStringList messageIds() const { return messages_.keys(); }
    int received(const QString &key) const { return received_.value(key); }
    // The next `count` requests (and look-ups) are carried out but their answers are lost, and the events
    // meanwhile too.
    void loseAnswers(int count) { losing_ = count; }
    void setLatencyMillis(int millis) { latencyMillis_ = millis; }
    void setReachable(bool reachable);
    // Breaks the realtime connection (the subscriber gets disconnected()).
    void dropConnection() { Q_EMIT disconnected(); }

Q_SIGNALS:
    // The realtime stream: one change as it happens.
    void changed(const kontor::example::ExampleBackend::Change &change);
    void disconnected();

private:
    void seed();
    void record(Change::Kind kind, const QString &id, bool push = true);
    Answer answer(const QString &key, const QString &id);
    QString nextId(const char *prefix) { return QString::fromLatin1(prefix) + QString::number(++nextId_); }

    QMap<QString, Customer> customers_;
    QMap<QString, Conversation> conversations_;
    QMap<QString, Message> messages_;
    QList<Change> changes_;
    QHash<QString, int> received_;
    int losing_ = 0;
    int latencyMillis_ = 1;
    int nextId_ = 0;
    bool reachable_ = true;
    UtcMillis clock_ = 1'790'000'000'000;
};

} // namespace kontor::example
