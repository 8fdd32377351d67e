#pragma once

#include <QString>

namespace kontor {

// Overwrites a file with zeros before removing it, so that its blocks do not keep the content on file
// systems that write in place.
void overwriteAndRemove(const QString &path);

} // namespace kontor
