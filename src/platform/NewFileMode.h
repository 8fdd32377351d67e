#pragma once

namespace kontor::platform {

// Whatever the process creates from now on is its user's alone, also where the code that creates it cannot
// say so (QSettings): files 0600 and folders 0700 on POSIX systems. On Windows the user's profile folders are
// private through their access lists already.
void keepNewFilesPrivate();

} // namespace kontor::platform
