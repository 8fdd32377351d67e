#pragma once

#include "core/Agent.h"

#include <QToolButton>

namespace kontor::ui {

class AgentAvailability;

// The agent's own status in the status bar: a coloured dot and its name; a click offers the others.
class AvailabilityButton : public QToolButton
{
    Q_OBJECT
public:
    AvailabilityButton(AgentAvailability *availability, QWidget *parent = nullptr);

private:
    void display(Presence presence);

    AgentAvailability *availability_;
};

} // namespace kontor::ui
