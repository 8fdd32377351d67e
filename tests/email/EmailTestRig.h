#pragma once

#include "MailFixture.h"
#include "connectors/email/EmailConnector.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <memory>

namespace kontor::email::test {

// Kontor's real store (in a temporary folder), sync engine and email connector against the fixture's
// Dovecot and SMTP server, with short timings. Tests drop mail into the fixture and read the store.
class EmailTestRig
{
public:
    explicit EmailTestRig(kontor::test::MailFixture &fixture);
    ~EmailTestRig();

    // The shared support mailbox of the fixture, over STARTTLS, its certificate trusted.
    EmailAccountSettings settings() const;
    static EmailConnectorOptions fastOptions();

    // Opens store, engine and connector; closing keeps the store file, so opening again resumes from the
    // saved cursor as a restarted Kontor does.
    void open(const EmailConnectorOptions &options = fastOptions());
    void close();

    Store &store() { return *store_; }
    SyncEngine &engine() { return *engine_; }
    EmailConnector &connector() { return *connector_; }
    ConnectorState state() const { return engine_->state(connector_); }

    // Waits until the connector finished a sync after this call's count, and the store committed it.
    bool waitForSync(int finishedBefore, int timeoutMs = 20'000);
    bool waitOnline(int timeoutMs = 20'000);
    void settle();

    qint64 number(const char *sql, const QString &argument = {});
    QString text(const char *sql, const QString &argument = {});
    QString cursorValue();

private:
    kontor::test::MailFixture &fixture_;
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> policy_;
    std::unique_ptr<SyncEngine> engine_;
    EmailConnector *connector_ = nullptr;
};

// A customer's email as mail programs write it.
QByteArray customerEmail(const QByteArray &from, const QByteArray &messageId, const QByteArray &subject,
                         const QByteArray &body, const QByteArray &extraHeaders = {});

} // namespace kontor::email::test
