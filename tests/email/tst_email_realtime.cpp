// New mail in realtime against a real Dovecot: a message dropped into INBOX arrives through IDLE, with no
// poll (the poll interval is far beyond the test); when the server goes away the connector shows it offline,
// reconnects by itself once the server is back, fills the gap from its cursor and waits in IDLE again.
#include "EmailTestRig.h"

#include <QTest>

using namespace kontor;
using namespace kontor::email;
using namespace kontor::email::test;
using kontor::test::DovecotServer;
using kontor::test::MailFixture;

class TestEmailRealtime : public QObject
{
    Q_OBJECT

    std::unique_ptr<MailFixture> fixture_;
    std::unique_ptr<EmailTestRig> rig_;

    qint64 messages() { return rig_->number("SELECT count(*) FROM messages"); }
    qint64 stored(const char *remoteId)
    {
        return rig_->number("SELECT count(*) FROM messages WHERE remote_id = ?",
                            QString::fromLatin1(remoteId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
        QVERIFY(fixture_->dovecot().writeMaildir(
            MailFixture::kSupport, {customerEmail("Anna <anna@customer.test>", "a1@customer.test", "Order 1",
                                                  "Where is my order?")}));
        rig_ = std::make_unique<EmailTestRig>(*fixture_);
        rig_->open();
        QVERIFY(rig_->waitOnline());
        QCOMPARE(messages(), 1);
    }

    void cleanupTestCase()
    {
        rig_.reset();
        fixture_.reset();
    }

    void newMailArrivesThroughIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rig_->connector().isIdling(), 10'000);
        const int syncsBefore = rig_->connector().finishedSyncs();
        QVERIFY(fixture_->dovecot().deliver(MailFixture::kSupport,
                                            customerEmail("Bob <bob@customer.test>", "b1@customer.test",
                                                          "Invoice", "The invoice is wrong.")));
        QTRY_COMPARE_WITH_TIMEOUT(stored("b1@customer.test"), 1, 10'000);
        QVERIFY(rig_->connector().finishedSyncs() > syncsBefore);
        QCOMPARE(messages(), 2);
    }

    void reconnectsAfterAServerRestartAndFillsTheGap()
    {
        DovecotServer &dovecot = fixture_->dovecot();
        dovecot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Offline, 15'000);
        // Mail that came while the connection was down: no IDLE saw it.
        QVERIFY(dovecot.writeMaildir(
            MailFixture::kSupport,
            {customerEmail("Carol <carol@customer.test>", "c1@customer.test", "Address", "New address")}));
        QVERIFY2(dovecot.restart(), qPrintable(dovecot.error()));
        QTRY_COMPARE_WITH_TIMEOUT(stored("c1@customer.test"), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 10'000);
        QCOMPARE(messages(), 3);

        // And IDLE holds again on the new connection.
        QTRY_VERIFY_WITH_TIMEOUT(rig_->connector().isIdling(), 10'000);
        QVERIFY(dovecot.deliver(MailFixture::kSupport,
                                customerEmail("Dan <dan@customer.test>", "d1@customer.test", "Hello", "Hi")));
        QTRY_COMPARE_WITH_TIMEOUT(stored("d1@customer.test"), 1, 10'000);
        QCOMPARE(messages(), 4);
    }
};

QTEST_GUILESS_MAIN(TestEmailRealtime)
#include "tst_email_realtime.moc"
