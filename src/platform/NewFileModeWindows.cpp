#include "platform/NewFileMode.h"

namespace kontor::platform {

void keepNewFilesPrivate() {}

} // namespace kontor::platform
