#pragma once

#include <QString>
#include <QStringView>

namespace kontor::render {

// Text with a zero-width break opportunity in every run of more than maxRun characters that has none: laying
// out one unbreakable line costs far more than its length (a long token, a base64 blob, a row of dashes).
QString withBreakOpportunities(QStringView text, qsizetype maxRun = 200);

// The same text without the break opportunities added (for copying).
QString withoutBreakOpportunities(QString text);

} // namespace kontor::render
