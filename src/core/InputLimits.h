#pragma once

#include <QtGlobal>

// Every bound Kontor puts on what it reads from a backend, a sender or the network, in one place;
// docs/limits.md says for each where it is enforced and what the agent sees when it is reached. Input above a
// bound is refused or cut short with a clear reason, never held in memory whole.
namespace kontor::limits {

// One REST answer (a page of conversations, messages or contacts). Read as it arrives and aborted past this.
inline constexpr qint64 restResponseBytes = 32 * 1024 * 1024;
// Redirects one REST request follows, each within the same origin (credentials never leave it).
inline constexpr int restRedirects = 5;

// One realtime (ActionCable websocket) frame and one whole message made of frames.
inline constexpr qint64 websocketFrameBytes = 4 * 1024 * 1024;
inline constexpr qint64 websocketMessageBytes = 8 * 1024 * 1024;

// One message body as it is stored; longer ones are cut here and end with truncationMarker.
inline constexpr qsizetype messageBodyChars = 1'000'000;
// An interactive message's options, cards, fields and answers, as stored: past it only its type is kept.
inline constexpr qsizetype messageInteractionBytes = 64 * 1024;
// Items of one list in an interactive message (options, cards, fields, articles) that are kept.
inline constexpr qsizetype messageInteractionItems = 50;
// Characters of one title, label, value or link in an interactive message that are kept.
inline constexpr qsizetype messageInteractionText = 2'000;
inline constexpr char16_t truncationMarker[] = u"\n[\u2026]";

// An email's remote content (images, style sheets), fetched only when the agent asks for it.
inline constexpr qint64 remoteResourceBytes = 5 * 1024 * 1024;
inline constexpr qint64 remoteContentBytesPerMessage = 20 * 1024 * 1024;
inline constexpr int remoteResourceTimeoutMs = 20'000;
inline constexpr int remoteContentRedirects = 5;
inline constexpr qint64 remoteContentCacheBytes = 32 * 1024 * 1024;
inline constexpr int concurrentRemoteFetches = 6;

// One file downloaded from a backend (an attachment), and one file attached to an outgoing message.
inline constexpr qint64 attachmentBytes = 40 * 1024 * 1024;

// One email as read from a mailbox (RFC822.SIZE, checked before it is fetched) and its parts: above these the
// message is refused with its reason and becomes no record. Text beyond messageBodyChars is cut as for every
// body; attachments are listed, never held (their size is counted from the encoded part, never trusted from
// a declared size= parameter).
inline constexpr qint64 emailMessageBytes = 64 * 1024 * 1024;
// The header block of the message and of each part.
inline constexpr qint64 emailHeaderBytes = 256 * 1024;
// Levels of nested multiparts and attached messages, and parts of all levels.
inline constexpr int emailMimeDepth = 16;
inline constexpr int emailMimeParts = 500;
// Characters of a subject and of an attachment's name that are kept; References ids kept (the newest).
inline constexpr qsizetype emailSubjectChars = 1'000;
inline constexpr qsizetype emailFileNameChars = 255;
inline constexpr qsizetype emailReferences = 100;

} // namespace kontor::limits
