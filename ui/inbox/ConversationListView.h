#pragma once

#include <QListView>

namespace kontor::ui {

// The inbox list. Arriving in it by Tab shows where the keyboard is (the first row becomes current) without
// opening that conversation: only a move within the list (arrows, J/K, a click) or Enter opens one.
class ConversationListView : public QListView
{
    Q_OBJECT
public:
    using QListView::QListView;

    // True while the focus arrives: a current row set now is only where the keyboard is.
    bool isTakingFocus() const { return takingFocus_; }

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    bool takingFocus_ = false;
};

} // namespace kontor::ui
