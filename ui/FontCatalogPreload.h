#pragma once

#include <thread>

namespace kontor::ui {

// Reads the system's font catalogue on a second core while the store opens and the window is built. The first
// use of any font reads it (fontconfig parses its configuration files and caches: about a quarter of the work
// on the GUI thread before the first paint), and the font database is thread-safe: the GUI thread finds the
// catalogue read, or waits for the rest of it. Made right after the application object; the destructor waits
// for the thread.
class FontCatalogPreload
{
public:
    FontCatalogPreload();

private:
    std::jthread thread_;
};

} // namespace kontor::ui
