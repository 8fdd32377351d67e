// Adding a Chatwoot account: sign-in with email and password (and the MFA step), or with an access token;
// choosing the account; the connection test; the token kept in the keychain only. Every failure says what to
// fix: a malformed or wrong address, a server that is not Chatwoot, a certificate that cannot be verified,
// wrong credentials or codes.
#include "ChatwootTestRig.h"

#include "connectors/chatwoot/setup/ChatwootSignIn.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using fake::FakeChatwoot;

class TestChatwootSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeChatwoot> fake_;
    std::unique_ptr<ChatwootSignIn> signIn_;

    QString failure(QSignalSpy &failed)
    {
        if (!failed.wait(10000) && failed.isEmpty())
            return QStringLiteral("<no failure reported>");
        return failed.takeFirst().at(0).toString();
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("kontor.chatwoot.*.debug=false")); }

    void init()
    {
        fake_ = std::make_unique<FakeChatwoot>(FakeChatwoot::Seed{5, 3, 1, false});
        QVERIFY(fake_->listen());
        signIn_ = std::make_unique<ChatwootSignIn>();
    }

    void cleanup()
    {
        signIn_.reset();
        QStringList violations;
        const fake::OpenApiContract contract = fake::OpenApiContract::bundled();
        const QList<fake::HttpRequest> &requests = fake_->requests();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            for (const QString &violation : contract.check(requests[i]).violations)
                violations.append(requests[i].path + QStringLiteral(": ") + violation);
            if (fake_->answerWasInjected(i))
                continue;
            const auto answer = contract.checkResponse(requests[i], fake_->answers().value(i),
                                                       fake_->answerBodies().value(i));
            for (const QString &violation : answer.violations)
                violations.append(requests[i].path + QStringLiteral(" answered: ") + violation);
        }
        fake_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void passwordSignInListsTheAccounts()
    {
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        signIn_->signInWithPassword(fake_->url(), QStringLiteral(" ada@example.com "),
                                    FakeChatwoot::password());
        QVERIFY(signedIn.wait());
        const Profile profile = signIn_->profile();
        QCOMPARE(profile.userId, FakeChatwoot::kUserId);
        QCOMPARE(profile.accounts.size(), 2);
        QCOMPARE(profile.accounts[0].name, QStringLiteral("Acme Support"));
        QVERIFY(profile.isAdministrator(1));
        QVERIFY(!profile.isAdministrator(2));
        // Email and password went to /auth/sign_in without a token, and only there.
        const auto posts = fake_->requestsTo("POST", QStringLiteral("/auth/sign_in"));
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first().header("api_access_token").isEmpty());
    }

    void wrongPassword()
    {
        QSignalSpy failed(signIn_.get(), &ChatwootSignIn::failed);
        signIn_->signInWithPassword(fake_->url(), FakeChatwoot::email(), QStringLiteral("guess"));
        QCOMPARE(failure(failed), QStringLiteral("The email address or the password is wrong."));
    }

    void twoFactorAuthentication()
    {
        fake_->setMfaEnabled(true);
        QSignalSpy mfa(signIn_.get(), &ChatwootSignIn::mfaRequired);
        QSignalSpy failed(signIn_.get(), &ChatwootSignIn::failed);
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        signIn_->signInWithPassword(fake_->url(), FakeChatwoot::email(), FakeChatwoot::password());
        QVERIFY(mfa.wait());
        signIn_->submitOneTimeCode(QStringLiteral("000000"));
        QCOMPARE(failure(failed), QStringLiteral("The code was not accepted. Try the current one."));
        signIn_->submitOneTimeCode(FakeChatwoot::oneTimeCode());
        QVERIFY(signedIn.wait());
        QVERIFY(!signIn_->profile().accessToken.isEmpty());
        const QJsonObject second = fake_->requestsTo("POST", QStringLiteral("/auth/sign_in")).last().json();
        QVERIFY(second.contains(QLatin1StringView("mfa_token")));
        QVERIFY(!second.contains(QLatin1StringView("password"))); // the password is sent once
    }

    void backupCode()
    {
        fake_->setMfaEnabled(true);
        QSignalSpy mfa(signIn_.get(), &ChatwootSignIn::mfaRequired);
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        signIn_->signInWithPassword(fake_->url(), FakeChatwoot::email(), FakeChatwoot::password());
        QVERIFY(mfa.wait());
        signIn_->submitBackupCode(FakeChatwoot::backupCode());
        QVERIFY(signedIn.wait());
    }

    void accessToken()
    {
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        QSignalSpy failed(signIn_.get(), &ChatwootSignIn::failed);
        signIn_->signInWithToken(fake_->url(), QStringLiteral("wrong-token"));
        QCOMPARE(failure(failed), QStringLiteral("The access token was not accepted."));
        signIn_->signInWithToken(fake_->url(), FakeChatwoot::token());
        QVERIFY(signedIn.wait());
        QCOMPARE(signIn_->profile().name, QStringLiteral("Ada Agent"));
    }

    void wrongAddresses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("Enter the address");
        QTest::newRow("nothing listens")
            << QStringLiteral("closed") << QStringLiteral("refused the connection");
        QTest::newRow("not chatwoot")
            << QStringLiteral("other") << QStringLiteral("No Chatwoot server answers");
        QTest::newRow("untrusted certificate") << QStringLiteral("tls") << QStringLiteral("certificate");
    }

    void wrongAddresses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString address;
        fake::FakeHttpServer other;
        FakeChatwoot tlsFake(FakeChatwoot::Seed{1, 0, 0, false});
        if (kind == QLatin1StringView("malformed")) {
            address = QStringLiteral("ftp://chat example");
        } else if (kind == QLatin1StringView("closed")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            address = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
            probe.close();
        } else if (kind == QLatin1StringView("other")) {
            other.setHandler([](const fake::HttpRequest &) {
                fake::HttpResponse page;
                page.status = 404;
                page.body = "<html><body>Welcome to nginx</body></html>";
                return page;
            });
            QVERIFY(other.listen());
            address = QStringLiteral("http://127.0.0.1:%1").arg(other.port());
        } else {
            QVERIFY(tlsFake.listenTls());
            address = QStringLiteral("https://127.0.0.1:%1").arg(tlsFake.port());
        }
        QSignalSpy failed(signIn_.get(), &ChatwootSignIn::failed);
        signIn_->signInWithToken(address, FakeChatwoot::token());
        const QString message = failure(failed);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!message.contains(FakeChatwoot::token()));
    }

    void connectionTestAndSavingKeepTheTokenInTheKeychainOnly()
    {
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        QSignalSpy tested(signIn_.get(), &ChatwootSignIn::connectionTested);
        QSignalSpy saved(signIn_.get(), &ChatwootSignIn::saved);
        signIn_->signInWithPassword(fake_->url(), FakeChatwoot::email(), FakeChatwoot::password());
        QVERIFY(signedIn.wait());

        signIn_->testConnection(99);
        QVERIFY(tested.wait());
        QCOMPARE(tested.takeFirst().at(0).toBool(), false);
        signIn_->testConnection(1);
        QVERIFY(tested.wait());
        const QList<QVariant> ok = tested.takeFirst();
        QVERIFY(ok.at(0).toBool());
        QVERIFY2(ok.at(1).toString().startsWith(
                     QStringLiteral("Connected as Ada Agent to Acme Support, with 6 inbox")),
                 qPrintable(ok.at(1).toString()));

        MemorySecretStore secrets;
        signIn_->save(1, secrets);
        QVERIFY(saved.wait());
        const auto account = saved.first().at(0).value<ChatwootAccount>();
        QCOMPARE(account.accountId, 1);
        QCOMPARE(account.accountName, QStringLiteral("Acme Support"));
        QCOMPARE(account.userId, FakeChatwoot::kUserId);
        QCOMPARE(secrets.contents().value(account.secretKey()), FakeChatwoot::token());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            rememberChatwootAccount(settings, account);
            rememberChatwootAccount(settings, account); // once, not twice
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains(FakeChatwoot::token().toUtf8()));
        QVERIFY(!written.contains(FakeChatwoot::password().toUtf8()));
        QSettings settings(path, QSettings::IniFormat);
        const QList<ChatwootAccount> accounts = loadChatwootAccounts(settings);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first(), account);
        forgetChatwootAccount(settings, account);
        QVERIFY(loadChatwootAccounts(settings).isEmpty());
    }

    void aRevokedTokenFailsTheConnectionTest()
    {
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        QSignalSpy tested(signIn_.get(), &ChatwootSignIn::connectionTested);
        signIn_->signInWithToken(fake_->url(), FakeChatwoot::token());
        QVERIFY(signedIn.wait());
        fake_->revokeToken();
        signIn_->testConnection(1);
        QVERIFY(tested.wait());
        QCOMPARE(tested.first().at(0).toBool(), false);
        QCOMPARE(tested.first().at(1).toString(), QStringLiteral("The access token was not accepted."));
    }

    void aKeychainFailureIsReported()
    {
        QSignalSpy signedIn(signIn_.get(), &ChatwootSignIn::signedIn);
        QSignalSpy failed(signIn_.get(), &ChatwootSignIn::failed);
        signIn_->signInWithToken(fake_->url(), FakeChatwoot::token());
        QVERIFY(signedIn.wait());
        MemorySecretStore secrets;
        secrets.setFailure(QStringLiteral("No system keychain is available."));
        signIn_->save(1, secrets);
        QVERIFY(failure(failed).contains(QStringLiteral("No system keychain")));
        QVERIFY(secrets.contents().isEmpty());
    }

    void theConnectorReadsTheTokenFromTheKeychain()
    {
        ChatwootAccount account;
        account.server = QUrl(fake_->url());
        account.accountId = 1;
        account.userId = 1;
        MemorySecretStore secrets;
        {
            ChatwootConnector connector(account, &secrets);
            QSignalSpy states(&connector, &Connector::stateChanged);
            connector.start({});
            QTRY_VERIFY(!states.isEmpty() && states.last().at(0).value<ConnectorState>().phase ==
                                                 ConnectorState::Phase::AuthenticationNeeded);
        }
        // A connector waiting for a sign-in picks up a token saved to the keychain afterwards.
        ChatwootConnector waiting(account, &secrets);
        QSignalSpy waitingStates(&waiting, &Connector::stateChanged);
        waiting.start({});
        QTRY_VERIFY(!waitingStates.isEmpty() && waitingStates.last().at(0).value<ConnectorState>().phase ==
                                                    ConnectorState::Phase::AuthenticationNeeded);
        secrets.write(account.secretKey(), FakeChatwoot::token(), [](const QString &) {});
        waiting.reloadAccessToken();
        QTRY_VERIFY_WITH_TIMEOUT(!waitingStates.isEmpty() &&
                                     waitingStates.last().at(0).value<ConnectorState>().phase ==
                                         ConnectorState::Phase::Online,
                                 20000);
        waiting.stop();
        ChatwootConnector connector(account, &secrets);
        QSignalSpy states(&connector, &Connector::stateChanged);
        connector.start({});
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().at(0).value<ConnectorState>().phase ==
                                                          ConnectorState::Phase::Online,
                                 20000);
        QCOMPARE(connector.account().remoteId, QStringLiteral("127.0.0.1:%1/1").arg(fake_->port()));
    }
};

QTEST_GUILESS_MAIN(TestChatwootSignIn)
#include "tst_chatwoot_signin.moc"
