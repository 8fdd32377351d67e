#include "ui/FontCatalogPreload.h"

#include <QFontDatabase>
#include <QStringList>

namespace kontor::ui {

FontCatalogPreload::FontCatalogPreload()
    : thread_([] { QFontDatabase::families(); })
{}

} // namespace kontor::ui
