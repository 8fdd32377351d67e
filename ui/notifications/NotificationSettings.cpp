#include "ui/notifications/NotificationSettings.h"

#include <QSettings>
#include <QStringList>

namespace kontor::ui {

namespace {
const QString kSilenced = QStringLiteral("notifications/silencedInboxes");
} // namespace

QSet<qint64> NotificationSettings::silencedInboxes()
{
    QSet<qint64> inboxes;
    for (const QString &id : QSettings().value(kSilenced).toStringList()) {
        bool ok = false;
        const qint64 inbox = id.toLongLong(&ok);
        if (ok)
            inboxes.insert(inbox);
    }
    return inboxes;
}

void NotificationSettings::setSilencedInboxes(const QSet<qint64> &inboxes)
{
    QList<qint64> sorted(inboxes.cbegin(), inboxes.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList ids;
    for (qint64 inbox : sorted)
        ids.append(QString::number(inbox));
    QSettings settings;
    if (ids.isEmpty())
        settings.remove(kSilenced);
    else
        settings.setValue(kSilenced, ids);
}

} // namespace kontor::ui
