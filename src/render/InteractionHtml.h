#pragma once

#include "core/MessageInteraction.h"

#include <QString>

namespace kontor::render {

// An interactive message's offer and the customer's answer as an HTML fragment for the timeline, in the
// agent's language: the options offered and the one chosen, cards with their links, a form with its submitted
// values, a survey with its rating, a request for an address with the answer, articles as links, and for a
// type Kontor does not show in detail, a note saying so. Every value is escaped; links keep only http(s).
// Pass the result through sanitizeHtml() like any other HTML.
QString interactionHtml(const MessageInteraction &interaction);

} // namespace kontor::render
