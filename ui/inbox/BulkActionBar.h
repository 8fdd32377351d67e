#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace kontor::ui {

// Shown above the inbox list while several conversations are selected: act on all of them at once.
class BulkActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit BulkActionBar(QWidget *parent = nullptr);

    void setCount(int selected);
    QToolButton *assignButton() const { return assign_; }
    QToolButton *snoozeButton() const { return snooze_; }
    QToolButton *labelButton() const { return label_; }
    QToolButton *priorityButton() const { return priority_; }
    QToolButton *teamButton() const { return team_; }
    QToolButton *resolveButton() const { return resolve_; }

Q_SIGNALS:
    void clearRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Text beside the icons when the bar is wide enough, the icons alone (names in the tooltips) when not.
    void fitButtons();

    QLabel *count_;
    QToolButton *assign_;
    QToolButton *snooze_;
    QToolButton *label_;
    QToolButton *priority_;
    QToolButton *team_;
    QToolButton *resolve_;
    QList<QToolButton *> buttons_;
};

} // namespace kontor::ui
