#include "ui/composer/DraftStore.h"

#include <QSettings>

namespace kontor::ui {

namespace {
QString groupOf(qint64 conversationId)
{
    return QStringLiteral("drafts/%1").arg(conversationId);
}
} // namespace

std::optional<Draft> DraftStore::load(qint64 conversationId)
{
    QSettings settings;
    settings.beginGroup(groupOf(conversationId));
    if (!settings.contains(QStringLiteral("text")))
        return std::nullopt;
    Draft draft;
    draft.text = settings.value(QStringLiteral("text")).toString();
    draft.note = settings.value(QStringLiteral("note")).toBool();
    draft.channelKey = settings.value(QStringLiteral("channel")).toString();
    draft.attachments = settings.value(QStringLiteral("attachments")).toStringList();
    return draft;
}

void DraftStore::save(qint64 conversationId, const Draft &draft)
{
    if (draft.isEmpty()) {
        remove(conversationId);
        return;
    }
    if (load(conversationId) == draft)
        return; // unchanged: no write
    QSettings settings;
    settings.beginGroup(groupOf(conversationId));
    settings.setValue(QStringLiteral("text"), draft.text);
    settings.setValue(QStringLiteral("note"), draft.note);
    settings.setValue(QStringLiteral("channel"), draft.channelKey);
    settings.setValue(QStringLiteral("attachments"), draft.attachments);
}

void DraftStore::remove(qint64 conversationId)
{
    // Most conversations have no draft: removing nothing must not write the settings file (a write is a
    // flush to disk, and it would come with every conversation the agent opens).
    QSettings settings;
    if (settings.contains(groupOf(conversationId) + QStringLiteral("/text")))
        settings.remove(groupOf(conversationId));
}

void DraftStore::forget(const QList<qint64> &conversationIds)
{
    QSettings settings;
    bool removed = false;
    for (const qint64 conversationId : conversationIds) {
        if (settings.contains(groupOf(conversationId) + QStringLiteral("/text"))) {
            settings.remove(groupOf(conversationId));
            removed = true;
        }
    }
    if (removed)
        settings.sync();
}

} // namespace kontor::ui
