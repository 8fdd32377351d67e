#include "analytics/SupervisorFeed.h"

#include "analytics/ContactSource.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>

namespace kontor {

SupervisorFeed::SupervisorFeed(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
    , clock_(&nowUtcMillis)
{
    // Changes arrive in bursts during a sync; one recomputation shortly after the burst covers them all.
    pending_.setSingleShot(true);
    pending_.setInterval(250);
    connect(&pending_, &QTimer::timeout, this, &SupervisorFeed::refresh);
    tick_.setInterval(1000);
    connect(&tick_, &QTimer::timeout, this, &SupervisorFeed::refresh);
    tick_.start();
    connect(&store_, &Store::changed, this, &SupervisorFeed::onStoreChanged);
    refresh();
}

void SupervisorFeed::setSettings(const WallboardSettings &settings)
{
    settings_ = settings;
    refresh();
}

void SupervisorFeed::setGrouping(QueueGroupingKind grouping)
{
    grouping_ = grouping;
    refresh();
}

void SupervisorFeed::onStoreChanged(const ChangeSet &changes)
{
    const bool relevant = changes.touches(StoreTable::Conversations) || changes.touches(StoreTable::Agents) ||
                          changes.touches(StoreTable::CsatAnswers) ||
                          changes.touches(StoreTable::TeamMembers);
    if (relevant && !pending_.isActive())
        pending_.start();
}

UtcMillis SupervisorFeed::startOfDay(UtcMillis now) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now).toLocalTime();
    return QDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch();
}

QList<TeamRow> SupervisorFeed::teams() const
{
    return store_.reader().directory().teams();
}

void SupervisorFeed::refresh()
{
    pending_.stop();
    const UtcMillis now = clock_();
    ContactSource source(store_.reader());
    const WallboardInputs inputs = source.wallboardInputs(now, startOfDay(now), settings_.fcrWindowMs);
    snapshot_ = computeWallboard(inputs, settings_);
    agents_ = source.agents();

    QSet<qint64> available;
    for (const AgentLoad &agent : std::as_const(agents_)) {
        if (hasSpareCapacity(agent))
            available.insert(agent.agentId);
    }

    // Today's contacts and the open ones from earlier, each once, grouped by the chosen queue.
    QList<Contact> scope = inputs.today;
    QSet<qint64> seen;
    for (const Contact &c : std::as_const(scope))
        seen.insert(c.id);
    for (const Contact &c : inputs.open) {
        if (!seen.contains(c.id))
            scope.append(c);
    }

    QList<QueueGroup> groups;
    StoreReader &reader = store_.reader();
    switch (grouping_) {
    case QueueGroupingKind::Inbox:
        for (const InboxRow &inbox : reader.directory().inboxes()) {
            QueueGroup group{inbox.name, {}, qint64(available.size())};
            for (const Contact &c : std::as_const(scope)) {
                if (c.inboxId == inbox.id)
                    group.contacts.append(c);
            }
            groups.append(group);
        }
        break;
    case QueueGroupingKind::Team: {
        const QHash<qint64, QList<qint64>> members = source.teamMembers();
        for (const TeamRow &team : reader.directory().teams()) {
            qint64 free = 0;
            for (qint64 agent : members.value(team.id))
                free += available.contains(agent) ? 1 : 0;
            QueueGroup group{team.name, {}, free};
            for (const Contact &c : std::as_const(scope)) {
                if (c.teamId == team.id)
                    group.contacts.append(c);
            }
            groups.append(group);
        }
        break;
    }
    case QueueGroupingKind::Channel:
        for (Channel channel : allChannels()) {
            QueueGroup group{channelDisplayName(channel), {}, qint64(available.size())};
            for (const Contact &c : std::as_const(scope)) {
                if (c.channel == channel)
                    group.contacts.append(c);
            }
            if (!group.contacts.isEmpty())
                groups.append(group);
        }
        break;
    }
    queues_ = computeQueues(groups, settings_.headlineThresholdMs, now);
    Q_EMIT updated();
}

} // namespace kontor
