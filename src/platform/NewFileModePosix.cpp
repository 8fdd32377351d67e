#include "platform/NewFileMode.h"

#include <sys/stat.h>

namespace kontor::platform {

void keepNewFilesPrivate()
{
    ::umask(077);
}

} // namespace kontor::platform
