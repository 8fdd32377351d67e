#pragma once

#include <QString>

class QCoreApplication;

namespace kontor::app {

struct Options
{
    QString language;    // empty: follow the system locale
    QString colorScheme; // empty: follow the system; "light" or "dark"
    QString storePath;   // empty: the store in the user's data folder
    bool connectors = true;
    quint64 demoSeed = 0;
    bool demo = false;             // choose the demo contact center, as the first run's welcome does
    bool supervisor = false;       // open the supervisor's live view at start (a wallboard screen)
    bool unencryptedStore = false; // keep the store unencrypted, with no keychain asked (warned about)
};

// Parses the command line and installs the translations of the language it asks for (or the system's) before
// anything is described; exits the process with a message for --help, --version and bad input.
Options parseCommandLine(const QCoreApplication &app);

} // namespace kontor::app
