#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace kontor::ui {

// The first run: explore the demo contact center, or connect an account of the team's own backend. Each
// kind of account Kontor can connect has its own button here.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None, // closed without choosing: asked again at the next start
        Demo,
        Chatwoot,
    };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return choice_; }
    QCommandLinkButton *demoButton() const { return demo_; }
    QCommandLinkButton *chatwootButton() const { return chatwoot_; }

private:
    void choose(Choice choice);

    QCommandLinkButton *demo_;
    QCommandLinkButton *chatwoot_;
    Choice choice_ = Choice::None;
};

} // namespace kontor::ui
