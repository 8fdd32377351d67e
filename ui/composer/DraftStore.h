#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::ui {

// What the agent was writing in a conversation, kept per conversation in the user's settings so that a
// half-written reply survives switching conversations, a crash and a restart. Drafts are this desk's, not the
// backend's, so they stay out of the store.
struct Draft
{
    QString text;
    bool note = false;
    QString channelKey;      // the channel chosen, empty for the conversation's own
    QStringList attachments; // local file paths
    bool isEmpty() const { return text.trimmed().isEmpty() && attachments.isEmpty(); }
    friend bool operator==(const Draft &, const Draft &) = default;
};

class DraftStore
{
public:
    static std::optional<Draft> load(qint64 conversationId);
    static void save(qint64 conversationId, const Draft &draft); // an empty draft is removed
    static void remove(qint64 conversationId);
    // Removes the drafts of erased conversations and writes the settings file at once, so that the text
    // leaves the file now rather than at the next write.
    static void forget(const QList<qint64> &conversationIds);
};

} // namespace kontor::ui
