#pragma once

#include <QWidget>

namespace kontor::ui {

class EmptyState;

// The open conversation: header, timeline and composer.
class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPane(QWidget *parent = nullptr);

private:
    EmptyState *m_empty;
};

} // namespace kontor::ui
