#pragma once

#include <QPixmap>
#include <QWidget>

namespace kontor::ui {

// A calm placeholder for a pane with nothing to show yet: an icon, a title and a hint. Painted in one piece:
// as labels in a layout, its word-wrapped lines were measured again and again while the window first laid
// itself out.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const { return title_; }
    QString hint() const { return hint_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;

    QString iconPath_;
    QString title_;
    QString hint_;
    QPixmap icon_; // rendered when first painted, at the screen's pixel ratio
};

} // namespace kontor::ui
