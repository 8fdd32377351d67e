#include "connectors/chatwoot/sync/SyncCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::chatwoot {

namespace {
constexpr int kVersion = 1;
}

QString SyncCursor::encode() const
{
    const QJsonObject keys{{QStringLiteral("label"), cacheKeys.label},
                           {QStringLiteral("inbox"), cacheKeys.inbox},
                           {QStringLiteral("team"), cacheKeys.team}};
    const QJsonObject object{{QStringLiteral("v"), kVersion},
                             {QStringLiteral("first_sync_done"), firstSyncDone},
                             {QStringLiteral("synced_at"), syncedAt},
                             {QStringLiteral("max_message_id"), maxMessageId},
                             {QStringLiteral("cache_keys"), keys}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SyncCursor SyncCursor::decode(const QString &text)
{
    SyncCursor cursor;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (object.value(QLatin1StringView("v")).toInt() != kVersion)
        return cursor;
    cursor.firstSyncDone = object.value(QLatin1StringView("first_sync_done")).toBool();
    cursor.syncedAt = qint64(object.value(QLatin1StringView("synced_at")).toDouble());
    cursor.maxMessageId = qint64(object.value(QLatin1StringView("max_message_id")).toDouble());
    cursor.cacheKeys = readCacheKeys(object);
    if (cursor.syncedAt <= 0)
        cursor.firstSyncDone = false;
    return cursor;
}

} // namespace kontor::chatwoot
