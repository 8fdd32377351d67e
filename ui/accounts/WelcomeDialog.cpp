#include "ui/accounts/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , demo_(new QCommandLinkButton(tr("&Explore the demo contact center"), this))
    , chatwoot_(new QCommandLinkButton(tr("&Connect a Chatwoot account"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Kontor"));
    setMinimumWidth(520);

    auto *title = new QLabel(tr("<h2>Welcome to Kontor</h2>"), this);
    title->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("Every customer conversation of every channel and account in one inbox, and "
                                "every customer as one person. How do you want to begin?"),
                             this);
    intro->setWordWrap(true);

    demo_->setObjectName(QStringLiteral("chooseDemo"));
    demo_->setDescription(tr("A simulated contact center with customers, colleagues and live traffic on "
                             "every channel, with no server needed. You can remove it with its data under "
                             "Accounts at any time."));
    chatwoot_->setObjectName(QStringLiteral("chooseChatwoot"));
    chatwoot_->setDescription(tr("Work on your team's conversations: sign in to your Chatwoot server. More "
                                 "accounts can be added later under Accounts."));
    connect(demo_, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(chatwoot_, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Chatwoot); });

    auto *later = new QDialogButtonBox(this);
    later->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    connect(later, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(demo_);
    layout->addWidget(chatwoot_);
    layout->addStretch(1);
    layout->addWidget(later);
    demo_->setFocus();
}

void WelcomeDialog::choose(Choice choice)
{
    choice_ = choice;
    accept();
}

} // namespace kontor::ui
