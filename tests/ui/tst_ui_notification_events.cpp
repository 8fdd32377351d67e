// Every alert of the signed-in agent becomes the notification event of kontor.notifyrc it belongs to, with
// its title and text, through a recording sink in place of the desktop's service; silenced inboxes and the
// conversation the agent looks at raise nothing; clicking a notification brings the window forward and asks
// for its conversation.
#include "ui/notifications/NotificationSettings.h"
#include "ui/notifications/NotificationSink.h"
#include "ui/notifications/TrayNotifier.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kontor::models::WorkspaceAlert::Kind)

namespace {
class RecordingSink : public NotificationSink
{
public:
    using NotificationSink::NotificationSink;
    void raise(const WorkspaceNotification &notification) override { raised.append(notification); }
    void click(qint64 conversation, const QString &token) { Q_EMIT activated(conversation, token); }
    QList<WorkspaceNotification> raised;
};

constexpr qint64 kSilencedInbox = 3;
constexpr qint64 kOtherInbox = 4;

models::WorkspaceAlert alertOf(models::WorkspaceAlert::Kind kind, std::optional<qint64> inbox)
{
    models::WorkspaceAlert alert;
    alert.kind = kind;
    alert.conversationId = 7;
    alert.customerName = u"Lars Jensen"_s;
    alert.text = u"Hallo? Er der nogen?"_s;
    alert.inboxId = inbox;
    return alert;
}
} // namespace

class TestNotificationEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        NotificationSettings::setSilencedInboxes({kSilencedInbox});
    }
    void cleanupTestCase() { QSettings().clear(); }

    void everyEventIsRaised_data()
    {
        QTest::addColumn<models::WorkspaceAlert::Kind>("kind");
        QTest::addColumn<qint64>("inbox");
        QTest::addColumn<QString>("eventId"); // empty: nothing is raised
        QTest::addColumn<QString>("title");
        using K = models::WorkspaceAlert::Kind;
        QTest::newRow("assigned to me")
            << K::AssignedToMe << kOtherInbox << u"assignedToMe"_s << u"Assigned to you: Lars Jensen"_s;
        QTest::newRow("mentioned") << K::Mentioned << kOtherInbox << u"mentioned"_s
                                   << u"You were mentioned about Lars Jensen"_s;
        QTest::newRow("customer replied")
            << K::CustomerReplied << kOtherInbox << u"customerReplied"_s << u"Lars Jensen replied"_s;
        QTest::newRow("new in my queue")
            << K::NewInMyQueue << kOtherInbox << u"newInMyQueue"_s << u"New in your queue: Lars Jensen"_s;
        QTest::newRow("SLA about to break") << K::SlaAboutToBreak << kOtherInbox << u"slaAboutToBreak"_s
                                            << u"SLA about to break: Lars Jensen"_s;
        QTest::newRow("SLA broken") << K::SlaBroken << kOtherInbox << u"slaBroken"_s
                                    << u"SLA broken: Lars Jensen"_s;
        QTest::newRow("no inbox known")
            << K::CustomerReplied << qint64(0) << u"customerReplied"_s << u"Lars Jensen replied"_s;
        for (const auto &[kind, name] : {std::pair{K::AssignedToMe, "assigned"},
                                         {K::Mentioned, "mentioned"},
                                         {K::CustomerReplied, "replied"},
                                         {K::NewInMyQueue, "new"},
                                         {K::SlaAboutToBreak, "SLA close"},
                                         {K::SlaBroken, "SLA broken"}}) {
            QTest::newRow(qPrintable(u"silenced inbox raises nothing: %1"_s.arg(QLatin1StringView(name))))
                << kind << kSilencedInbox << QString() << QString();
        }
    }

    void everyEventIsRaised()
    {
        QFETCH(models::WorkspaceAlert::Kind, kind);
        QFETCH(qint64, inbox);
        QFETCH(QString, eventId);
        QFETCH(QString, title);
        QWidget window;
        TrayNotifier notifier(&window, [] { return qint64(0); });
        RecordingSink sink;
        notifier.setSink(&sink);
        const models::WorkspaceAlert alert = alertOf(kind, inbox > 0 ? std::optional(inbox) : std::nullopt);
        notifier.notify(alert);
        if (eventId.isEmpty()) {
            QVERIFY(sink.raised.isEmpty());
            return;
        }
        QCOMPARE(sink.raised.size(), 1);
        QCOMPARE(sink.raised.first().eventId, eventId);
        QCOMPARE(sink.raised.first().title, title);
        QCOMPARE(sink.raised.first().text, alert.text);
        QCOMPARE(sink.raised.first().conversationId, 7);
    }

    void everyEventIsInTheNotifyrc()
    {
        QFile file(QStringLiteral(KONTOR_SOURCE_DIR "/resources/kontor.notifyrc"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString notifyrc = QString::fromUtf8(file.readAll());
        using K = models::WorkspaceAlert::Kind;
        for (K kind : {K::AssignedToMe, K::Mentioned, K::CustomerReplied, K::NewInMyQueue, K::SlaAboutToBreak,
                       K::SlaBroken})
            QVERIFY2(notifyrc.contains(u"[Event/%1]"_s.arg(TrayNotifier::eventIdFor(kind))),
                     qPrintable(TrayNotifier::eventIdFor(kind)));
        // Sound and popup by default where agents asked for sound most.
        for (const QString &event : {u"customerReplied"_s, u"slaBroken"_s}) {
            const qsizetype at = notifyrc.indexOf(u"[Event/%1]"_s.arg(event));
            const qsizetype next = notifyrc.indexOf(u"[Event/"_s, at + 1);
            QVERIFY(notifyrc.mid(at, next < 0 ? -1 : next - at).contains(u"Action=Sound|Popup"_s));
        }
    }

    void quietOnTheConversationInView()
    {
        QWidget window;
        qint64 open = 0;
        TrayNotifier notifier(&window, [&open] { return open; });
        RecordingSink sink;
        notifier.setSink(&sink);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        open = 7;
        notifier.notify(alertOf(models::WorkspaceAlert::Kind::CustomerReplied, kOtherInbox));
        QCOMPARE(sink.raised.size(), 0);
        open = 8;
        notifier.notify(alertOf(models::WorkspaceAlert::Kind::CustomerReplied, kOtherInbox));
        QCOMPARE(sink.raised.size(), 1);
    }

    void clickBringsTheWindowAndOpensTheConversation()
    {
        QWidget window;
        TrayNotifier notifier(&window, [] { return qint64(0); });
        RecordingSink sink;
        notifier.setSink(&sink);
        QSignalSpy requested(&notifier, &TrayNotifier::conversationRequested);
        window.showMinimized();
        sink.click(7, u"token-from-the-notification-service"_s);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), 7);
        QVERIFY(window.isVisible());
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }

    void silencedInboxesPersist()
    {
        NotificationSettings::setSilencedInboxes({5, 9});
        QCOMPARE(NotificationSettings::silencedInboxes(), (QSet<qint64>{5, 9}));
        QVERIFY(NotificationSettings::isSilenced(9));
        QVERIFY(!NotificationSettings::isSilenced(4));
        NotificationSettings::setSilencedInboxes({kSilencedInbox});
    }

    void unreadCountOnTheTray()
    {
        QWidget window;
        TrayNotifier notifier(&window, [] { return qint64(0); });
        QCOMPARE(notifier.toolTip(), u"No unread messages"_s);
        notifier.setBadge(4);
        QCOMPARE(notifier.badge(), 4);
        QVERIFY(notifier.toolTip().startsWith(u"4 conversation"_s));
    }
};

QTEST_MAIN(TestNotificationEvents)
#include "tst_ui_notification_events.moc"
