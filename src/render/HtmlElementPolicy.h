#pragma once

#include <gumbo.h>

// What the sanitizer does with each HTML element: internal to the render library (it speaks gumbo's types).
namespace kontor::render::html {

enum class Treatment
{
    Keep,   // the element with its allowed attributes
    Unwrap, // its children without it
    Drop,   // neither it nor anything inside
};

enum class Role
{
    Plain,
    List,
    ListItem,
    Table,
    TablePart, // tbody, thead, tfoot, caption
    Row,
    Cell,
};

// Kept, unwrapped (children only) or dropped with its content; an allow-list: what is not named is unwrapped.
Treatment treatmentOf(GumboTag tag);
// The part an element plays in the structures whose nesting is bounded.
Role roleOf(GumboTag tag);
// Elements without content or end tag that the sanitizer writes.
bool isVoid(GumboTag tag);
// Elements that start a line of their own, for the line budget.
bool startsLine(GumboTag tag);

} // namespace kontor::render::html
