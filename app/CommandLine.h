#pragma once

#include <QString>

class QCoreApplication;

namespace kontor::app {

struct Options
{
    QString language;    // empty: follow the system locale
    QString colorScheme; // empty: follow the system; "light" or "dark"
};

// Parses the command line; exits the process with a message for --help, --version and bad input.
Options parseCommandLine(const QCoreApplication &app);

} // namespace kontor::app
