#pragma once

#include "connectors/chatwoot/reports/LiveReport.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace kontor::chatwoot {

class ChatwootAccounts;

// The live figures of every Chatwoot account whose user is an administrator there, fetched again every
// interval while it runs (while a supervisor watches): Chatwoot's own count of open, unattended, unassigned
// and pending conversations, also by agent. Accounts of plain agents are left out; the store's figures cover
// them.
class LiveReportFeed : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString accountName;
        LiveReport report;              // empty when problem is set
        QHash<QString, QString> agents; // remote id -> name, for report.byAgent
        QString problem;                // why the figures could not be fetched
    };

    explicit LiveReportFeed(ChatwootAccounts &accounts,
                            std::chrono::milliseconds interval = std::chrono::seconds(30),
                            QObject *parent = nullptr);

    void start();
    void stop();
    // Fetches now; updated() follows once every administrator account answered.
    void refresh();
    // By account remote id, in the order of the settings.
    QList<Entry> entries() const;

Q_SIGNALS:
    void updated();

private:
    ChatwootAccounts &accounts_;
    QTimer timer_;
    QHash<QString, Entry> entries_;
    QStringList order_;
    int waiting_ = 0;
    bool again_ = false;
    quint64 round_ = 0;
};

} // namespace kontor::chatwoot
