#pragma once

#include "ui/status/IdleSource.h"

namespace kontor::ui {

// The desktop's idle time, through KIdleTime (X11 and Wayland alike).
class SystemIdleSource : public IdleSource
{
    Q_OBJECT
public:
    explicit SystemIdleSource(QObject *parent = nullptr);
    ~SystemIdleSource() override;

    void watch(std::chrono::milliseconds after) override;

private:
    void stop();

    int timeoutId_ = -1;
};

} // namespace kontor::ui
