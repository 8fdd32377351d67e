#include "platform/DiskSync.h"

#include <io.h>

namespace kontor::platform {

bool syncFile(QFileDevice &file)
{
    return file.flush() && ::_commit(file.handle()) == 0;
}

bool syncFolder(const QString &path)
{
    Q_UNUSED(path);
    return true;
}

} // namespace kontor::platform
