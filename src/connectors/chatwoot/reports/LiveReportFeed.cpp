#include "connectors/chatwoot/reports/LiveReportFeed.h"

#include "connectors/chatwoot/ChatwootConnector.h"
#include "connectors/chatwoot/setup/ChatwootAccounts.h"

#include <QPointer>

namespace kontor::chatwoot {

LiveReportFeed::LiveReportFeed(ChatwootAccounts &accounts, std::chrono::milliseconds interval,
                               QObject *parent)
    : QObject(parent)
    , accounts_(accounts)
{
    timer_.setInterval(interval);
    timer_.callOnTimeout(this, &LiveReportFeed::refresh);
    // A removed account's figures go at once; a new administrator account shows up on the next round.
    connect(&accounts_, &ChatwootAccounts::accountsChanged, this, &LiveReportFeed::refresh);
}

void LiveReportFeed::start()
{
    timer_.start();
    refresh();
}

void LiveReportFeed::stop()
{
    timer_.stop();
    ++round_; // answers still on the way are dropped
    waiting_ = 0;
    again_ = false;
}

void LiveReportFeed::refresh()
{
    if (waiting_ > 0) {
        again_ = true; // a slow server: the round under way answers first
        return;
    }
    const quint64 round = ++round_;
    QStringList order;
    QList<ChatwootConnector *> administered;
    for (ChatwootConnector *connector : accounts_.connectors()) {
        if (connector->isAdministrator()) {
            administered.append(connector);
            order.append(connector->chatwootAccount().remoteId());
        }
    }
    order_ = order;
    for (auto it = entries_.begin(); it != entries_.end();)
        it = order_.contains(it.key()) ? std::next(it) : entries_.erase(it);
    if (administered.isEmpty()) {
        Q_EMIT updated();
        return;
    }
    waiting_ = int(administered.size());
    for (ChatwootConnector *connector : administered) {
        const QString key = connector->chatwootAccount().remoteId();
        const QPointer<ChatwootConnector> guard(connector);
        connector->fetchLiveReport(
            [this, guard, key, round](const LiveReport &report, const JobError &error) {
                if (round != round_)
                    return;
                Entry entry;
                entry.accountName = guard ? guard->account().name : QString();
                if (error.status == JobStatus::Succeeded) {
                    entry.report = report;
                    for (const LiveReport::Group &group : report.byAgent) {
                        if (guard && !group.remoteId.isEmpty())
                            entry.agents.insert(group.remoteId, guard->agentName(group.remoteId));
                    }
                } else {
                    entry.problem = error.message;
                }
                if (order_.contains(key))
                    entries_.insert(key, entry);
                if (--waiting_ == 0) {
                    Q_EMIT updated();
                    if (std::exchange(again_, false))
                        refresh();
                }
            });
    }
}

QList<LiveReportFeed::Entry> LiveReportFeed::entries() const
{
    QList<Entry> result;
    for (const QString &key : order_) {
        if (entries_.contains(key))
            result.append(entries_.value(key));
    }
    return result;
}

} // namespace kontor::chatwoot
