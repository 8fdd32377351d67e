#pragma once

#include <QString>
#include <QStringView>

namespace kontor::render {

// The declarations of a style attribute that only change how text and boxes look, within sizes that keep the
// layout cheap: no url() (nothing is loaded through a style), no escapes, no giant fonts or margins.
// Returns the kept declarations, empty when none is left.
QString filteredInlineStyle(QStringView style);

// A length attribute (width, height, border…) when it is a plain number of pixels, or a percentage, within
// max; empty otherwise.
QString boundedLength(QStringView value, int max);

} // namespace kontor::render
