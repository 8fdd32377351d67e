#include "render/InteractionHtml.h"

#include "render/UrlPolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace kontor::render {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString linkHtml(const MessageInteraction::Link &link)
{
    const QString title = link.title.isEmpty() ? link.url : link.title;
    const QString url = link.url.trimmed();
    if (!url.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive) &&
        !url.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive))
        return escaped(title);
    if (!isAllowedLinkUrl(url))
        return escaped(title);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), escaped(title));
}

QString line(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<div><b>%1</b> %2</div>").arg(escaped(label), valueHtml);
}

QString notAnswered()
{
    return QStringLiteral("<i>%1</i>")
        .arg(escaped(QCoreApplication::translate("MessageInteraction", "Not answered yet")));
}

QString joined(const QStringList &items)
{
    QStringList escapedItems;
    for (const QString &item : items)
        escapedItems.append(escaped(item));
    return escapedItems.join(QStringLiteral(" · "));
}

} // namespace

QString interactionHtml(const MessageInteraction &interaction)
{
    QString html = QStringLiteral("<div>");
    switch (interaction.type) {
    case MessageInteraction::Type::Options:
        html += line(QCoreApplication::translate("MessageInteraction", "Options offered:"),
                     joined(interaction.options));
        html += line(QCoreApplication::translate("MessageInteraction", "Chosen:"),
                     interaction.chosen.isEmpty() ? notAnswered() : joined(interaction.chosen));
        break;
    case MessageInteraction::Type::Cards:
        for (const MessageInteraction::Card &card : interaction.cards) {
            html += QStringLiteral("<div><b>%1</b>").arg(escaped(card.title));
            if (!card.description.isEmpty())
                html += QStringLiteral("<br>") + escaped(card.description);
            QStringList links;
            for (const MessageInteraction::Link &link : card.links)
                links.append(linkHtml(link));
            if (!links.isEmpty())
                html += QStringLiteral("<br>") + links.join(QStringLiteral(" · "));
            html += QStringLiteral("</div>");
        }
        break;
    case MessageInteraction::Type::Form:
        html +=
            QStringLiteral("<div><b>%1</b></div>")
                .arg(escaped(interaction.answered()
                                 ? QCoreApplication::translate("MessageInteraction", "Form, as submitted:")
                                 : QCoreApplication::translate("MessageInteraction", "Form sent:")));
        for (const MessageInteraction::Field &field : interaction.fields)
            html +=
                line(field.label + u':', field.value.isEmpty() ? QStringLiteral("—") : escaped(field.value));
        if (!interaction.answered())
            html += QStringLiteral("<div>") + notAnswered() + QStringLiteral("</div>");
        break;
    case MessageInteraction::Type::Articles: {
        QStringList links;
        for (const MessageInteraction::Link &link : interaction.articles)
            links.append(linkHtml(link));
        html += line(QCoreApplication::translate("MessageInteraction", "Articles suggested:"),
                     links.join(QStringLiteral(" · ")));
        break;
    }
    case MessageInteraction::Type::RatingSurvey:
        if (interaction.rating)
            html +=
                line(QCoreApplication::translate("MessageInteraction", "Satisfaction survey:"),
                     escaped(QCoreApplication::translate("MessageInteraction", "rated %1 of 5")
                                 .arg(QLocale().toString(*interaction.rating))) +
                         (interaction.answer.isEmpty()
                              ? QString()
                              : QStringLiteral(" — “") + escaped(interaction.answer) + QStringLiteral("”")));
        else
            html += line(QCoreApplication::translate("MessageInteraction", "Satisfaction survey:"),
                         notAnswered());
        break;
    case MessageInteraction::Type::EmailRequest:
        html += line(QCoreApplication::translate("MessageInteraction", "Asked for an email address:"),
                     interaction.answer.isEmpty() ? notAnswered() : escaped(interaction.answer));
        break;
    case MessageInteraction::Type::Other:
        html += QStringLiteral("<div><i>%1</i></div>")
                    .arg(escaped(QCoreApplication::translate("MessageInteraction",
                                                             "A “%1” message: Kontor shows its text only.")
                                     .arg(interaction.name.isEmpty()
                                              ? QCoreApplication::translate("MessageInteraction", "special")
                                              : interaction.name)));
        break;
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace kontor::render
