#include "ui/inbox/ConversationListView.h"

namespace kontor::ui {

void ConversationListView::focusInEvent(QFocusEvent *event)
{
    takingFocus_ = true;
    QListView::focusInEvent(event);
    takingFocus_ = false;
}

} // namespace kontor::ui
