// Runs the fake Chatwoot by hand, so that a Chatwoot account can be added to Kontor without a real server:
//
//   kontor-fake-chatwoot [--port 3000] [--mfa] [--traffic SECONDS] [--contacts N] [--conversations N]
//                        [--revoke-token-after SECONDS]
//
// then in Kontor add a Chatwoot account at http://127.0.0.1:3000 with the email and password (or the access
// token) it prints.
#include "fake/FakeChatwoot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

using kontor::chatwoot::fake::FakeChatwoot;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontor-fake-chatwoot"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Chatwoot server for trying Kontor's Chatwoot connector."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (127.0.0.1)."),
                                  QStringLiteral("port"), QStringLiteral("3000"));
    const QCommandLineOption mfa(QStringLiteral("mfa"),
                                 QStringLiteral("Ask for a one-time code at sign-in."));
    const QCommandLineOption traffic(QStringLiteral("traffic"),
                                     QStringLiteral("A customer writes every N seconds (0: never)."),
                                     QStringLiteral("seconds"), QStringLiteral("20"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Generated contacts."),
                                      QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Generated conversations."), QStringLiteral("n"),
                                           QStringLiteral("60"));
    const QCommandLineOption revoke(
        QStringLiteral("revoke-token-after"),
        QStringLiteral("Revoke the access token after N seconds and drop the live connections; signing in "
                       "with the password again makes it valid again."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    parser.addOptions({port, mfa, traffic, contacts, conversations, revoke});
    parser.process(app);

    FakeChatwoot::Seed seed;
    seed.contacts = qMax(1, parser.value(contacts).toInt());
    seed.conversations = qMax(0, parser.value(conversations).toInt());
    FakeChatwoot fake(seed);
    fake.setMfaEnabled(parser.isSet(mfa));
    if (!fake.listen(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "cannot listen on port " << parser.value(port) << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "Fake Chatwoot at " << fake.url() << "\n"
        << "  email:        " << FakeChatwoot::email() << "\n"
        << "  password:     " << FakeChatwoot::password() << "\n"
        << "  access token: " << FakeChatwoot::token() << "\n";
    if (parser.isSet(mfa))
        out << "  one-time code: " << FakeChatwoot::oneTimeCode()
            << "  backup code: " << FakeChatwoot::backupCode() << "\n";
    out.flush();

    QTimer revoker;
    if (const int after = parser.value(revoke).toInt(); after > 0) {
        fake.setSignInRestoresToken(true);
        revoker.setSingleShot(true);
        revoker.callOnTimeout([&fake, &out] {
            fake.revokeToken();
            fake.cable().dropAll();
            out << "The access token is revoked now; sign in with the password to make it valid again.\n";
            out.flush();
        });
        revoker.start(after * 1000);
    }

    QTimer customers;
    const int every = parser.value(traffic).toInt();
    if (every > 0) {
        customers.callOnTimeout([&fake] {
            const QList<qint64> ids = fake.conversationIds();
            if (ids.isEmpty())
                return;
            const qint64 id = ids.at(QRandomGenerator::global()->bounded(int(ids.size())));
            fake.customerWrites(
                id, QStringLiteral("Any news on this? (%1)").arg(QTime::currentTime().toString()));
        });
        customers.start(every * 1000);
    }
    return QCoreApplication::exec();
}
