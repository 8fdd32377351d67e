#include "FuzzTarget.h"

#include <QGuiApplication>

namespace kontor::fuzz {

void ensureGuiApplication()
{
    if (QGuiApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "kontor-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: it outlives every input, and tearing Qt down after main() returns gains nothing.
    static const QGuiApplication *application = new QGuiApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace kontor::fuzz
