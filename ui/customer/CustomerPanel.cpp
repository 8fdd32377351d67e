#include "ui/customer/CustomerPanel.h"

#include "identity/CustomerMerge.h"
#include "models/CurrentCustomerProfile.h"
#include "models/CustomerConversationsModel.h"
#include "models/TimeText.h"
#include "store/Store.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/EmptyState.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/customer/CustomerAttributesView.h"
#include "ui/customer/CustomerEditDialog.h"
#include "ui/customer/EarlierConversationDelegate.h"
#include "ui/customer/EraseCustomerDialog.h"
#include "ui/customer/MergeCustomerDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
// A long address or link in wrapped text may break after its separators (a zero-width space, which a screen
// reader passes over), so that it wraps in a narrow panel instead of being cut at its edge.
QString breakableLongWords(const QString &text)
{
    constexpr int kLongWord = 24;
    QString result;
    result.reserve(text.size() + text.size() / 8);
    int wordLength = 0;
    for (const QChar c : text) {
        result.append(c);
        wordLength = c.isSpace() ? 0 : wordLength + 1;
        if (wordLength >= 4 && (c == u'@' || c == u'.' || c == u'_' || c == u'/' || c == u'-'))
            result.append(QChar(0x200B));
    }
    // Short words need no break: only those longer than a narrow panel keep the extra break points.
    QStringList words = result.split(u' ');
    for (QString &word : words) {
        if (QString(word).remove(QChar(0x200B)).size() < kLongWord)
            word.remove(QChar(0x200B));
    }
    return words.join(u' ');
}

QPixmap initialsAvatar(const QString &name, const QPalette &palette, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(avatarColor(name, palette));
    painter.drawEllipse(QRectF(0, 0, size, size));
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts).mid(0, 2))
        initials += part.at(0).toUpper();
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QIcon identityIcon(const IdentityRow &identity)
{
    switch (identity.kind) {
    case IdentityKind::Email:
        return channelIcon(Channel::Email);
    case IdentityKind::Phone:
        return channelIcon(Channel::Voice);
    case IdentityKind::Handle:
        return channelIcon(identity.platform.value_or(Channel::WebChat));
    case IdentityKind::ContactId:
        break;
    }
    return kontorIcon(QStringLiteral("view-mine"));
}
} // namespace

CustomerPanel::CustomerPanel(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , context_(context)
    , stack_(new QStackedWidget(this))
    , empty_(new EmptyState(QStringLiteral(":/icons/view-mine.svg"), tr("Customer"),
                            tr("Who you are talking to, on every channel they use."), this))
    , scroll_(new QScrollArea(this))
    , conversationList_(new QListView(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    setAccessibleName(tr("Customer"));
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    // The panel's own fields and buttons are the stops; the area around them is not one, and it scrolls to
    // whichever of them has the focus.
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->setAccessibleName(tr("Customer details"));
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stack_->addWidget(empty_);
    stack_->addWidget(scroll_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    // Placed into the panel's body when a customer is shown; until then it stays out of sight.
    conversationList_->hide();
    conversationList_->setObjectName(QStringLiteral("earlierConversations"));
    conversationList_->setAccessibleName(tr("Earlier conversations"));
    conversationList_->setItemDelegate(new EarlierConversationDelegate(conversationList_));
    conversationList_->setFrameShape(QFrame::NoFrame);
    conversationList_->setUniformItemSizes(true);
    conversationList_->setMouseTracking(true);
    conversationList_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    conversationList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(conversationList_, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(
            index.data(models::CustomerConversationsModel::ConversationIdRole).toLongLong());
    });

    clock_.setInterval(30'000);
    connect(&clock_, &QTimer::timeout, this, &CustomerPanel::updateLocalTime);
    rebuildTimer_.setSingleShot(true);
    rebuildTimer_.setInterval(200);
    connect(&rebuildTimer_, &QTimer::timeout, this, [this] {
        if (profile_)
            showCustomer(profile_->customer.id, openConversation_);
    });
    if (context_.store) {
        conversationModel_ = new models::CustomerConversationsModel(*context_.store, this);
        conversationList_->setModel(conversationModel_);
        profileSource_ = new models::CurrentCustomerProfile(*context_.store, this);
        connect(profileSource_, &models::CurrentCustomerProfile::stale, this, [this] {
            if (!rebuildTimer_.isActive())
                rebuildTimer_.start();
        });
    }
}

void CustomerPanel::showCustomer(qint64 customerId, qint64 openConversationId)
{
    if (!context_.store)
        return;
    openConversation_ = openConversationId;
    profile_ = profileSource_->show(customerId);
    if (!profile_) {
        clear();
        return;
    }
    conversationModel_->setCustomer(customerId);
    rebuild();
    stack_->setCurrentWidget(scroll_);
    clock_.start();
}

void CustomerPanel::clear()
{
    profile_.reset();
    if (profileSource_)
        profileSource_->clear();
    if (conversationModel_)
        conversationModel_->setCustomer(0);
    stack_->setCurrentWidget(empty_);
    clock_.stop();
}

QWidget *CustomerPanel::section(const QString &title, QWidget *content)
{
    auto *box = new QWidget(body_);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 0.82);
    font.setWeight(QFont::Bold);
    font.setCapitalization(QFont::AllUppercase);
    heading->setFont(font);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(content);
    return box;
}

void CustomerPanel::rebuild()
{
    // The panel is small and changes rarely: it is laid out afresh from the profile.
    if (body_) {
        conversationList_->setParent(this);
        conversationList_->hide();
        body_->deleteLater();
    }
    body_ = new QWidget;
    // The panel is as wide as the splitter makes it: a long address or link is cut at the edge (its tooltip
    // has it whole) instead of pushing the buttons beside it out of sight.
    body_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bodyLayout_ = new QVBoxLayout(body_);
    bodyLayout_->setContentsMargins(16, 14, 16, 16);
    bodyLayout_->setSpacing(4);
    const models::CustomerProfile &p = *profile_;
    const UtcMillis now = nowUtcMillis();

    // Who.
    auto *who = new QWidget(body_);
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    auto *avatar = new QLabel(who);
    avatar->setPixmap(initialsAvatar(p.customer.name, palette(), 44, devicePixelRatioF()));
    auto *name = new QLabel(p.customer.name.isEmpty() ? tr("Unknown customer") : p.customer.name, who);
    name->setObjectName(QStringLiteral("customerName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setWeight(QFont::DemiBold);
    name->setFont(big);
    name->setWordWrap(true);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *since =
        muted(tr("Customer since %1 · %n conversation(s)", nullptr, int(p.conversationCount))
                  .arg(QLocale().toString(toDateTime(p.firstContactAt.value_or(p.customer.createdAt)).date(),
                                          QLocale::ShortFormat)),
              who);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(name);
    names->addWidget(since);
    whoLayout->addWidget(avatar);
    whoLayout->addSpacing(6);
    whoLayout->addLayout(names, 1);
    bodyLayout_->addWidget(who);

    // Who is who, corrected by the agent.
    auto *actions = new QHBoxLayout;
    auto *mergeWith = new QPushButton(tr("Merge with…"), body_);
    mergeWith->setObjectName(QStringLiteral("mergeWithButton"));
    mergeWith->setToolTip(tr("Merge another customer who is the same person into this one"));
    connect(mergeWith, &QPushButton::clicked, this, &CustomerPanel::openMergeDialog);
    auto *edit = new QPushButton(tr("Edit…"), body_);
    edit->setObjectName(QStringLiteral("editCustomerButton"));
    edit->setToolTip(tr("Correct the name, add or remove identities, or split one off"));
    connect(edit, &QPushButton::clicked, this, &CustomerPanel::openEditDialog);
    auto *erase = new QPushButton(tr("Erase…"), body_);
    erase->setObjectName(QStringLiteral("eraseCustomerButton"));
    erase->setToolTip(tr("Erase this customer and everything about them from this computer"));
    connect(erase, &QPushButton::clicked, this, &CustomerPanel::openEraseDialog);
    actions->addWidget(mergeWith);
    actions->addWidget(edit);
    actions->addWidget(erase);
    actions->addStretch(1);
    bodyLayout_->addLayout(actions);

    // Identities.
    auto *identities = new QWidget(body_);
    auto *identityLayout = new QVBoxLayout(identities);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->setSpacing(3);
    for (const IdentityRow &identity : p.customer.identities) {
        if (identity.kind == IdentityKind::ContactId)
            continue;
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(identities);
        icon->setPixmap(identityIcon(identity).pixmap(16, 16));
        auto *value = new QLabel(models::identityForDisplay(identity), identities);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setObjectName(QStringLiteral("identity"));
        value->setToolTip(value->text());
        row->addWidget(icon);
        row->addWidget(value, 1);
        identityLayout->addLayout(row);
    }
    bodyLayout_->addWidget(section(tr("Reachable on"), identities));

    // Language, local time, how they reach us.
    auto *about = new QWidget(body_);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->setSpacing(3);
    if (p.locale.isKnown()) {
        // The language in its own name: what the agent would answer in.
        QString languageName = QLocale(p.locale.language, p.locale.territory).nativeLanguageName();
        if (languageName.isEmpty())
            languageName = QLocale::languageToString(p.locale.language);
        auto *language = new QLabel(tr("Language: %1").arg(languageName), about);
        language->setToolTip(tr("Guessed from %1").arg(p.locale.basis));
        aboutLayout->addWidget(language);
        localTime_ = new QLabel(about);
        localTime_->setObjectName(QStringLiteral("customerLocalTime"));
        aboutLayout->addWidget(localTime_);
        updateLocalTime();
    } else {
        localTime_ = nullptr;
        aboutLayout->addWidget(muted(tr("Language and local time unknown"), about));
    }
    if (p.summary.lastContactedVia) {
        aboutLayout->addWidget(
            new QLabel(tr("Last wrote via %1, %2")
                           .arg(channelDisplayName(*p.summary.lastContactedVia),
                                models::TimeText::age(p.summary.lastContactedAt.value_or(now), now)),
                       about));
    }
    QStringList perChannel;
    for (Channel channel : allChannels()) {
        if (const qint64 n = p.summary.messagesPerChannel.value(channel); n > 0)
            perChannel.append(QStringLiteral("%1 %2").arg(channelDisplayName(channel)).arg(n));
    }
    if (!perChannel.isEmpty())
        aboutLayout->addWidget(muted(tr("Messages: %1").arg(perChannel.join(QStringLiteral(" · "))), about));
    bodyLayout_->addWidget(section(tr("About"), about));

    // What the backends know about them.
    const QList<models::AttributeGroup> attributeGroups = models::groupAttributes(p.attributes, QLocale());
    if (!attributeGroups.isEmpty())
        bodyLayout_->addWidget(section(tr("Attributes"), new CustomerAttributesView(attributeGroups, body_)));

    // Satisfaction.
    if (!p.csat.isEmpty()) {
        auto *csat = new QWidget(body_);
        auto *csatLayout = new QVBoxLayout(csat);
        csatLayout->setContentsMargins(0, 0, 0, 0);
        csatLayout->setSpacing(3);
        csatLayout->addWidget(new QLabel(tr("%1 % satisfied (%n answer(s))", nullptr, int(p.csat.size()))
                                             .arg(qRound(p.satisfiedShare() * 100)),
                                         csat));
        for (const models::CsatEntry &entry : p.csat.mid(0, 3)) {
            const QString stars =
                QString(entry.rating, QChar(0x2605)) + QString(5 - entry.rating, QChar(0x2606));
            auto *line = new QLabel(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                                        .arg(slaColor(entry.rating >= 4 ? models::SlaState::Level::Ok
                                                                        : models::SlaState::Level::Breached,
                                                      palette())
                                                 .name(),
                                             stars,
                                             entry.comment.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral("“%1”").arg(entry.comment.toHtmlEscaped())),
                                    csat);
            line->setWordWrap(true);
            line->setToolTip(QLocale().toString(toDateTime(entry.createdAt), QLocale::ShortFormat));
            csatLayout->addWidget(line);
        }
        bodyLayout_->addWidget(section(tr("Satisfaction"), csat));
    }

    // Earlier conversations, on every channel and account.
    const int rows = qMin(6, conversationModel_->rowCount());
    conversationList_->setFixedHeight(qMax(1, rows) * EarlierConversationDelegate::rowHeight(font()) + 4);
    conversationList_->show();
    bodyLayout_->addWidget(section(tr("Conversations"), conversationList_));
    for (int i = 0; i < conversationModel_->rowCount(); ++i) {
        if (conversationModel_->rowAt(i).id == openConversation_)
            conversationList_->setCurrentIndex(conversationModel_->index(i));
    }

    // Possible duplicates, with why.
    if (!p.candidates.isEmpty()) {
        auto *candidates = new QWidget(body_);
        auto *candidateLayout = new QVBoxLayout(candidates);
        candidateLayout->setContentsMargins(0, 0, 0, 0);
        for (const models::MergeCandidate &candidate : p.candidates) {
            auto *row = new QHBoxLayout;
            const QString why = models::joinReasonText(candidate.reason, candidate.evidence);
            auto *text =
                new QLabel(QStringLiteral("<b>%1</b><br><span style=\"color:%2\">%3</span><br><i>%4</i>")
                               .arg(candidate.otherName.toHtmlEscaped(), mutedText(palette()).name(),
                                    breakableLongWords(candidate.otherIdentities.join(QStringLiteral(", ")))
                                        .toHtmlEscaped(),
                                    breakableLongWords(why).toHtmlEscaped()),
                           candidates);
            text->setObjectName(QStringLiteral("suggestionText"));
            text->setWordWrap(true);
            auto *merge = new QPushButton(tr("Merge"), candidates);
            merge->setObjectName(QStringLiteral("mergeButton"));
            merge->setAccessibleName(tr("Merge %1 into this customer").arg(candidate.otherName));
            const qint64 other = candidate.otherCustomerId;
            connect(merge, &QPushButton::clicked, this,
                    [this, other] { mergeCandidate(other, QStringLiteral("agent")); });
            row->addWidget(text, 1);
            row->addWidget(merge);
            candidateLayout->addLayout(row);
        }
        bodyLayout_->addWidget(section(tr("Possibly the same person"), candidates));
    }

    // Every join that made this customer, automatic or an agent's, with why and an Undo.
    if (!p.merges.isEmpty()) {
        auto *joins = new QWidget(body_);
        joins->setObjectName(QStringLiteral("joinList"));
        auto *joinLayout = new QVBoxLayout(joins);
        joinLayout->setContentsMargins(0, 0, 0, 0);
        for (const models::MergeEntry &entry : p.merges) {
            auto *row = new QHBoxLayout;
            const QString date = QLocale().toString(toDateTime(entry.createdAt).date(), QLocale::ShortFormat);
            const QString how = entry.automatic ? tr("joined automatically on %1").arg(date)
                                                : tr("merged by an agent on %1").arg(date);
            auto *text =
                new QLabel(QStringLiteral("<b>%1</b><br>%2<br><span style=\"color:%3\">%4</span>")
                               .arg(entry.mergedName.toHtmlEscaped(),
                                    breakableLongWords(models::joinReasonText(entry.reason, entry.evidence))
                                        .toHtmlEscaped(),
                                    mutedText(palette()).name(), how.toHtmlEscaped()),
                           joins);
            text->setObjectName(QStringLiteral("joinReason"));
            text->setWordWrap(true);
            auto *undo = new QPushButton(tr("Undo"), joins);
            undo->setObjectName(QStringLiteral("unmergeButton"));
            undo->setAccessibleName(tr("Undo the join with %1").arg(entry.mergedName));
            const qint64 mergeId = entry.mergeId;
            connect(undo, &QPushButton::clicked, this, [this, mergeId] { undoMerge(mergeId); });
            row->addWidget(text, 1);
            row->addWidget(undo);
            joinLayout->addLayout(row);
        }
        bodyLayout_->addWidget(section(tr("How these were joined"), joins));
    }
    bodyLayout_->addStretch(1);
    // The panel is narrow and translations are long: every line wraps rather than running off the edge.
    for (QLabel *label : body_->findChildren<QLabel *>())
        label->setWordWrap(true);
    scroll_->setWidget(body_);
}

void CustomerPanel::updateLocalTime()
{
    if (!localTime_ || !profile_ || !profile_->locale.timeZone.isValid())
        return;
    const QDateTime there = QDateTime::currentDateTimeUtc().toTimeZone(profile_->locale.timeZone);
    // The zone's name in the agent's language ("Central European Time", "Mitteleuropäische Zeit").
    const QString zone =
        profile_->locale.timeZone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, QLocale());
    localTime_->setText(tr("Local time: %1 (%2)").arg(models::TimeText::clock(there.time()), zone));
}

void CustomerPanel::mergeCandidate(qint64 otherCustomerId, const QString &reason)
{
    if (!context_.store || !profile_)
        return;
    const std::optional<qint64> actor = profileSource_->actingAgentId();
    const qint64 survivor = profile_->customer.id;
    CustomerMerge::merge(*context_.store, survivor, otherCustomerId, actor, reason)
        .then(this,
              [this](qint64) {
                  Q_EMIT reported(tr("Customers merged. You can undo it in the customer panel."));
              })
        .onFailed(this, [this](const MergeRefused &refused) { Q_EMIT reported(refused.message()); })
        .onFailed(this, [this] { Q_EMIT reported(tr("The customers could not be merged.")); });
}

void CustomerPanel::openMergeDialog()
{
    if (!context_.store || !profile_)
        return;
    auto *dialog =
        new MergeCustomerDialog(*context_.store, profile_->customer.id, profile_->customer.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->pickedCustomer() != 0)
            mergeCandidate(dialog->pickedCustomer(), QStringLiteral("agent"));
    });
    dialog->open();
}

void CustomerPanel::openEditDialog()
{
    if (!context_.store || !profile_)
        return;
    auto *dialog = new CustomerEditDialog(*context_.store, profile_->customer.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::reported, this, &CustomerPanel::reported);
    dialog->open();
}

void CustomerPanel::openEraseDialog()
{
    if (!context_.store || !profile_)
        return;
    auto *dialog = new EraseCustomerDialog(*context_.store, profile_->customer.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, customerId = dialog->customerId()] {
        if (!context_.store)
            return;
        if (customerId == this->customerId())
            clear();
        context_.store->eraseCustomer(customerId)
            .then(this,
                  [this](const ErasureReport &report) {
                      Q_EMIT reported(report.customerIds.isEmpty()
                                          ? tr("There was nothing left to erase.")
                                          : tr("The customer was erased from this computer."));
                  })
            .onFailed(this, [this] { Q_EMIT reported(tr("The customer could not be erased.")); });
    });
    dialog->open();
}

void CustomerPanel::undoMerge(qint64 mergeId)
{
    if (!context_.store)
        return;
    CustomerMerge::unmerge(*context_.store, mergeId)
        .then(this, [this] { Q_EMIT reported(tr("The merge was undone.")); })
        .onFailed(this, [this](const MergeRefused &refused) { Q_EMIT reported(refused.message()); })
        .onFailed(this, [this] { Q_EMIT reported(tr("The merge could not be undone.")); });
}

} // namespace kontor::ui
