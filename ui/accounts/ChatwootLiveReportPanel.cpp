#include "ui/accounts/ChatwootLiveReportPanel.h"

#include "connectors/chatwoot/reports/LiveReportFeed.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

ChatwootLiveReportPanel::ChatwootLiveReportPanel(chatwoot::ChatwootAccounts &accounts, QWidget *parent)
    : QWidget(parent)
    , feed_(new chatwoot::LiveReportFeed(accounts, std::chrono::seconds(30), this))
    , updatedAt_(new QLabel(this))
    , table_(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("chatwootLiveReport"));
    setAccessibleName(tr("Chatwoot live figures"));

    auto *title = new QLabel(tr("Chatwoot, live from the server"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    updatedAt_->setForegroundRole(QPalette::PlaceholderText);

    table_->setObjectName(QStringLiteral("chatwootLiveReportTable"));
    table_->setAccessibleName(tr("Chatwoot live figures by account and agent"));
    table_->setHeaderLabels(
        {tr("Account / agent"), tr("Open"), tr("Unattended"), tr("Unassigned"), tr("Pending")});
    // Names take the room; the figures sit close together on the right, as in the tables below.
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->setUniformRowHeights(true);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(updatedAt_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addLayout(header);
    layout->addWidget(table_);

    setVisible(false);
    connect(feed_, &chatwoot::LiveReportFeed::updated, this, &ChatwootLiveReportPanel::showFigures);
    feed_->start();
}

void ChatwootLiveReportPanel::showFigures()
{
    const QList<chatwoot::LiveReportFeed::Entry> entries = feed_->entries();
    setVisible(!entries.isEmpty());
    const QLocale locale;
    const auto number = [&locale](qint64 value) { return locale.toString(value); };
    table_->clear();
    UtcMillis newest = 0;
    for (const chatwoot::LiveReportFeed::Entry &entry : entries) {
        auto *account = new QTreeWidgetItem(table_);
        account->setText(0, entry.accountName);
        QFont bold = account->font(0);
        bold.setWeight(QFont::DemiBold);
        account->setFont(0, bold);
        if (!entry.problem.isEmpty()) {
            account->setText(1, entry.problem);
            continue;
        }
        const chatwoot::LiveReport::Counts &c = entry.report.account;
        account->setText(1, number(c.open));
        account->setText(2, number(c.unattended));
        account->setText(3, number(c.unassigned));
        account->setText(4, number(c.pending));
        for (const chatwoot::LiveReport::Group &group : entry.report.byAgent) {
            if (group.remoteId.isEmpty())
                continue;
            const QString name = entry.agents.value(group.remoteId);
            auto *agent = new QTreeWidgetItem(account);
            agent->setText(0, name.isEmpty() ? tr("Agent %1").arg(group.remoteId) : name);
            agent->setText(1, number(group.counts.open));
            agent->setText(2, number(group.counts.unattended));
            agent->setText(3, number(group.counts.unassigned));
        }
        account->setExpanded(true);
        newest = qMax(newest, entry.report.fetchedAt);
    }
    for (int column = 1; column < table_->columnCount(); ++column)
        table_->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    QTreeWidgetItemIterator it(table_);
    for (; *it; ++it) {
        for (int column = 1; column < table_->columnCount(); ++column)
            (*it)->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    // As tall as its rows, up to eight; the supervisor's own tables keep the rest of the height.
    int rows = 0;
    for (QTreeWidgetItemIterator row(table_); *row; ++row)
        ++rows;
    const int rowHeight = qMax(table_->fontMetrics().height() + 4, table_->sizeHintForRow(0));
    table_->setFixedHeight(table_->header()->sizeHint().height() + rowHeight * qMin(rows, 8) +
                           2 * table_->frameWidth() + 2);
    updatedAt_->setText(newest > 0
                            ? tr("Updated %1")
                                  .arg(QDateTime::fromMSecsSinceEpoch(newest).toLocalTime().time().toString(
                                      QStringLiteral("HH:mm:ss")))
                            : QString());
}

} // namespace kontor::ui
