#pragma once

#include "ui/settings/SettingsPage.h"

class QAction;

namespace kontor::ui {

// A page that explains a part of Kontor with a window of its own (accounts, shortcuts) and opens it: one
// button per action. Nothing to store: those windows keep their own.
class ActionsPage : public SettingsPage
{
    Q_OBJECT
public:
    ActionsPage(const QString &explanation, const QList<QAction *> &actions, QWidget *parent = nullptr);

    void load() override {}
    void save() override {}
};

} // namespace kontor::ui
