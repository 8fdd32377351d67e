#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kontor::chatwoot {
class ChatwootAccounts;
class LiveReportFeed;
} // namespace kontor::chatwoot

namespace kontor::ui {

// Chatwoot's own live figures for the supervisor, beside the ones Kontor computes from its store: per account
// whose user is an administrator there, the open, unattended, unassigned and pending conversations, and the
// same by agent. Fetched while the panel exists; hidden while no account has figures to show.
class ChatwootLiveReportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatwootLiveReportPanel(chatwoot::ChatwootAccounts &accounts, QWidget *parent = nullptr);

    chatwoot::LiveReportFeed *feed() const { return feed_; }
    QTreeWidget *table() const { return table_; }

private:
    void showFigures();

    chatwoot::LiveReportFeed *feed_;
    QLabel *updatedAt_;
    QTreeWidget *table_;
};

} // namespace kontor::ui
