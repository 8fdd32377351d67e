#pragma once

#include <QWidget>

namespace kontor::ui {

class EmptyState;

// The customer behind the open conversation: identities, attributes, earlier conversations.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);

private:
    EmptyState *m_empty;
};

} // namespace kontor::ui
