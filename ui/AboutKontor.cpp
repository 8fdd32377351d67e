#include "ui/AboutKontor.h"

#include "core/Version.h"

#include <KAboutData>
#include <QCoreApplication>

namespace kontor::ui {

void registerAboutKontor()
{
    // The component name is the application name Kontor has always had: its settings, data folder and store
    // are found under it.
    KAboutData about(
        QStringLiteral("Kontor"), QCoreApplication::translate("AboutKontor", "Kontor"),
        QString::fromLatin1(kVersion),
        QCoreApplication::translate("AboutKontor", "One workspace for every customer conversation, on every "
                                                   "channel, online or offline."),
        KAboutLicense::GPL_V3, QCoreApplication::translate("AboutKontor", "© 2026 The Kontor developers"));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    about.setHomepage(QStringLiteral("https://kontor.org"));
    about.setBugAddress(QByteArrayLiteral("developers@kontor.org"));
    about.setOrganizationDomain(QByteArrayLiteral("kontor.org"));
    about.setDesktopFileName(QString::fromLatin1(kAppId));
    about.addAuthor(QCoreApplication::translate("AboutKontor", "The Kontor developers"), QString(),
                    QStringLiteral("developers@kontor.org"), QStringLiteral("https://kontor.org"));
    KAboutData::setApplicationData(about);
}

} // namespace kontor::ui
