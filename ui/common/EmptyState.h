#pragma once

#include <QWidget>

class QLabel;

namespace kontor::ui {

// A calm placeholder for a pane with nothing to show yet: an icon, a title and a hint.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace kontor::ui
