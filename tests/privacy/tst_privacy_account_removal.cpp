// Removing an account can take everything it brought with it: its conversations, the customers only it
// reaches, its unsent actions and the copies of their files, its token in the keychain. Customers another
// account also reaches stay, without what the removed one said.
#include "ChatwootWorkspaceRig.h"
#include "PrivacyTestSupport.h"

#include "connectors/chatwoot/setup/ChatwootAccount.h"
#include "ui/accounts/AccountsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace kontor;
using namespace kontor::chatwoot;
using namespace kontor::chatwoot::test;
using fake::FakeChatwoot;

namespace {
const QByteArray marker = "qwyxaccountmarker";
const QByteArray markerTail = "xaccountmarker";
} // namespace

class TestPrivacyAccountRemoval : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static void startOnline(ChatwootWorkspaceRig &rig)
    {
        QSettings settings;
        rememberChatwootAccount(settings, rig.fakeAccount());
        rig.secrets().write(rig.fakeAccount().secretKey(), FakeChatwoot::token(), [](const QString &) {});
        rig.accounts().startConfigured();
        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(rig.fakeAccount()).phase,
                                  ConnectorState::Phase::Online, 20000);
        rig.settle();
    }

private Q_SLOTS:
    void initTestCase() { ChatwootWorkspaceRig::useTestSettings("privacy_account_removal"); }

    void removalErasesWhatTheAccountBrought()
    {
        ChatwootWorkspaceRig rig;
        rig.window().show();
        startOnline(rig);
        const QString m = QString::fromLatin1(marker);
        const QString folder = QFileInfo(rig.store().path()).absolutePath();
        const QList<qint64> remotes = rig.fake().conversationIds();
        QVERIFY(remotes.size() >= 2);

        // A customer another account reaches too: the same address on a second (demo) account.
        const QJsonObject shared = rig.fake().conversation(remotes.at(1));
        const QString sharedContact = shared.value(u"meta"_s)
                                          .toObject()
                                          .value(u"sender"_s)
                                          .toObject()
                                          .value(u"id"_s)
                                          .toVariant()
                                          .toString();
        const QJsonObject contact = rig.fake().contact(sharedContact.toLongLong());
        IngestBatch other;
        other.account = {u"demo"_s, u"other-desk"_s, u"Other desk"_s};
        CustomerRecord same{u"d-1"_s, contact.value(u"name"_s).toString(), {}};
        same.identities.append({IdentityKind::Email, contact.value(u"email"_s).toString(), std::nullopt, {}});
        other.customers = {same};
        ConversationRecord kept;
        kept.remoteId = u"d-conv"_s;
        kept.customerRemoteId = u"d-1"_s;
        kept.subject = u"Kept on the other desk"_s;
        kept.createdAt = kept.lastActivityAt = 1000;
        other.conversations = {kept};
        QVERIFY(rig.store().ingest(other).result().skipped.isEmpty());
        const qint64 sharedCustomer = rig.number("SELECT customer_id FROM conversations WHERE remote_id = ?",
                                                 QString::number(remotes.at(1)));
        QCOMPARE(rig.number("SELECT customer_id FROM conversations WHERE remote_id = 'd-conv'"),
                 sharedCustomer);

        // What the account brought that must go: a customer's words, an unsent reply with a file.
        rig.fake().customerWrites(remotes.at(0), u"This is "_s + m);
        QTRY_COMPARE(rig.number("SELECT count(*) FROM messages WHERE instr(body, ?) > 0", m), 1);
        rig.fake().revokeToken(); // the reply meets a 401 and waits in the outbox
        const QString file = folder + u"/outside-"_s + m + u".txt"_s;
        {
            QFile original(file);
            QVERIFY(original.open(QIODevice::WriteOnly));
            original.write("Contract " + marker);
        }
        SendMessage reply;
        reply.conversationId =
            rig.number("SELECT id FROM conversations WHERE remote_id = ?", QString::number(remotes.at(0)));
        reply.body = u"Dear "_s + m;
        reply.attachments.append({file, {}, {}, 0});
        QVERIFY(rig.store().apply(reply).result().recorded());
        QFile::remove(file);
        QTRY_VERIFY(rig.number("SELECT count(*) FROM outbox WHERE state <> 'confirmed'") >= 1);
        QVERIFY(!privacy::filesContaining(folder, {marker}).isEmpty());

        rig.entry().manage->trigger();
        auto *list = rig.window().findChild<ui::AccountsDialog *>(u"accountsDialog"_s);
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        child<QPushButton>(*list, "removeAccount")->click();
        auto *ask = list->findChild<QMessageBox *>(u"confirmRemoval"_s);
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY(child<QCheckBox>(*ask, "eraseAccountData")->isChecked());
        QSignalSpy erased(&rig.store(), &Store::erased);
        child<QPushButton>(*ask, "confirmRemove")->click();
        QVERIFY(erased.wait(10000));

        // The account and everything only it brought are gone, its token too.
        QTRY_VERIFY(rig.secrets().contents().isEmpty());
        QCOMPARE(rig.number("SELECT count(*) FROM accounts WHERE connector = 'chatwoot'"), 0);
        QCOMPARE(rig.chatwootConversations(), 0);
        QCOMPARE(rig.number("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(rig.number("SELECT count(*) FROM identities WHERE kind = 'contact' AND scope <> "
                            "(SELECT CAST(id AS TEXT) FROM accounts WHERE connector = 'demo')"),
                 0);
        QCOMPARE(rig.number("SELECT count(*) FROM customers WHERE merged_into IS NULL"), 1);
        QCOMPARE(privacy::filesContaining(folder, {marker, markerTail}), QStringList());
        QCOMPARE(privacy::indexTermsContaining(rig.store().path(), m), QStringList());

        // The customer the other account reaches stays, with that account's conversation only.
        QCOMPARE(rig.number("SELECT count(*) FROM customers WHERE id = ?", QString::number(sharedCustomer)),
                 1);
        QCOMPARE(rig.number("SELECT count(*) FROM conversations WHERE customer_id = ?",
                            QString::number(sharedCustomer)),
                 1);
        QCOMPARE(rig.number("SELECT count(*) FROM conversations WHERE remote_id = 'd-conv'"), 1);
    }

    void removalCanKeepTheData()
    {
        ChatwootWorkspaceRig rig;
        rig.window().show();
        startOnline(rig);
        const qint64 conversations = rig.chatwootConversations();
        QVERIFY(conversations > 0);
        rig.entry().manage->trigger();
        auto *list = rig.window().findChild<ui::AccountsDialog *>(u"accountsDialog"_s);
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        child<QPushButton>(*list, "removeAccount")->click();
        auto *ask = list->findChild<QMessageBox *>(u"confirmRemoval"_s);
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        child<QCheckBox>(*ask, "eraseAccountData")->setChecked(false);
        child<QPushButton>(*ask, "confirmRemove")->click();
        QTRY_VERIFY(rig.accounts().accounts().isEmpty());
        rig.settle();
        QCOMPARE(rig.chatwootConversations(), conversations);
    }
};

QTEST_MAIN(TestPrivacyAccountRemoval)
#include "tst_privacy_account_removal.moc"
