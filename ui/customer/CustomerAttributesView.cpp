#include "ui/customer/CustomerAttributesView.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

QLabel *valueLabel(const models::AttributeLine &line, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setObjectName(QStringLiteral("attributeValue"));
    value->setWordWrap(true);
    if (line.link.isValid()) {
        // Shown without the scheme: the host and path are what an agent recognises.
        const QString shown = line.link.toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2);
        value->setTextFormat(Qt::RichText);
        value->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(line.link.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped()));
        value->setOpenExternalLinks(true);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction);
        value->setToolTip(line.link.toDisplayString());
    } else {
        value->setTextFormat(Qt::PlainText);
        value->setText(line.text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    value->setAccessibleName(CustomerAttributesView::tr("%1: %2").arg(line.label, line.text));
    return value;
}

} // namespace

CustomerAttributesView::CustomerAttributesView(const QList<models::AttributeGroup> &groups, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerAttributes"));
    setAccessibleName(tr("Customer attributes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const models::AttributeGroup &group : groups) {
        if (!group.accountName.isEmpty()) {
            auto *account = new QLabel(tr("According to %1").arg(group.accountName), this);
            account->setObjectName(QStringLiteral("attributeAccount"));
            account->setTextFormat(Qt::PlainText);
            QFont font = account->font();
            font.setWeight(QFont::DemiBold);
            account->setFont(font);
            layout->addWidget(account);
        }
        auto *grid = new QGridLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(3);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const models::AttributeLine &line : group.lines) {
            auto *label = new QLabel(line.label, this);
            label->setObjectName(QStringLiteral("attributeLabel"));
            label->setTextFormat(Qt::PlainText);
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            auto *value = valueLabel(line, this);
            label->setBuddy(value);
            grid->addWidget(label, row, 0);
            grid->addWidget(value, row, 1);
            ++row;
        }
        layout->addLayout(grid);
    }
}

} // namespace kontor::ui
