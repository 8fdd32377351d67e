#pragma once

#include "analytics/Wallboard.h"

#include <QWidget>

namespace kontor::ui {

// One wallboard figure: its name, its value in large type, and a colour when it needs attention.
class WallboardTile : public QWidget
{
    Q_OBJECT
public:
    explicit WallboardTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &text, TileLevel level, const QString &detail = {});
    QString valueText() const { return value_; }
    TileLevel level() const { return level_; }
    // What a screen reader says after the name: value, state, detail.
    QString spokenText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString title_;
    QString value_;
    QString detail_;
    TileLevel level_ = TileLevel::NoData;
};

} // namespace kontor::ui
