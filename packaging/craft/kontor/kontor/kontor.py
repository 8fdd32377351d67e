# Kontor for Windows (NSIS installer) and macOS (app bundle in a DMG, ready for signing and notarisation).
# CI builds the checkout it runs in: craft --options kontor/kontor.srcDir=<checkout> kontor; craft --package kontor
import info
from CraftCore import CraftCore
from Package.CMakePackageBase import CMakePackageBase


class subinfo(info.infoclass):
    def setTargets(self):
        self.svnTargets["master"] = ""
        self.defaultTarget = "master"
        self.displayName = "Kontor"
        self.description = "Omnichannel desktop workspace for contact-center agents and supervisors"
        self.webpage = "https://kontor.org"

    def setDependencies(self):
        self.buildDependencies["libs/qt/qttools"] = None  # lupdate and lrelease for the catalogues
        self.runtimeDependencies["virtual/base"] = None
        self.runtimeDependencies["libs/qt/qtbase"] = None
        self.runtimeDependencies["libs/qt/qtsvg"] = None
        self.runtimeDependencies["libs/qt/qtwebsockets"] = None
        self.runtimeDependencies["libs/qt/qttranslations"] = None
        self.runtimeDependencies["kde/frameworks/tier1/syntax-highlighting"] = None
        # Command palette and configurable shortcuts (KCommandBar, KActionCollection, KShortcutsDialog)
        self.runtimeDependencies["kde/frameworks/tier3/kxmlgui"] = None
        self.runtimeDependencies["kde/frameworks/tier3/kconfigwidgets"] = None
        self.runtimeDependencies["kde/frameworks/tier1/kcoreaddons"] = None  # About Kontor (KAboutData)
        self.runtimeDependencies["kde/frameworks/tier2/kcrash"] = None  # crash reports
        # Settings pages, notifications with their per-event choices, the tray, raising the window
        self.runtimeDependencies["kde/frameworks/tier1/kwidgetsaddons"] = None
        self.runtimeDependencies["kde/frameworks/tier3/knotifications"] = None
        self.runtimeDependencies["kde/frameworks/tier3/knotifyconfig"] = None
        self.runtimeDependencies["kde/frameworks/tier3/kstatusnotifieritem"] = None
        self.runtimeDependencies["kde/frameworks/tier1/kwindowsystem"] = None
        # Spell checking in the composer; away after idle time
        self.runtimeDependencies["kde/frameworks/tier1/sonnet"] = None
        self.runtimeDependencies["kde/frameworks/tier1/kidletime"] = None
        # The email connector: MIME reading, IMAP and SMTP
        self.runtimeDependencies["kde/pim/kmime"] = None
        self.runtimeDependencies["kde/pim/kimap"] = None
        self.runtimeDependencies["kde/pim/ksmtp"] = None
        self.runtimeDependencies["libs/sqlcipher4"] = None  # the store, encrypted at rest (SQLCipher 4)
        self.runtimeDependencies["qt-libs/qtkeychain"] = None
        self.runtimeDependencies["libs/libphonenumber"] = None
        self.runtimeDependencies["libs/gumbo-parser"] = None


class Package(CMakePackageBase):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.subinfo.options.configure.args += ["-DKONTOR_BUILD_TESTS=OFF"]

    def createPackage(self):
        self.defines["appname"] = "kontor"
        self.defines["website"] = "https://kontor.org"
        self.defines["executable"] = r"bin\kontor.exe"
        self.defines["shortcuts"] = [{"name": "Kontor", "target": "bin/kontor.exe", "description": self.subinfo.description}]
        if CraftCore.compiler.isMacOS:
            self.defines["apppath"] = "kontor.app"
        # Only Kontor's own program goes into the installer, with the libraries and plugins it loads.
        self.addExecutableFilter(r"(bin|libexec)/(?!(kontor)).*")
        self.ignoredPackages.append("binary/mysql")
        return super().createPackage()
