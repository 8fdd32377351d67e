#include "ui/outbox/OutboxDiscard.h"

#include "models/OutboxActionText.h"
#include "models/OutboxModel.h"
#include "store/Store.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace kontor::ui {

OutboxDiscard::OutboxDiscard(Store &store, QWidget *parent)
    : QObject(parent)
    , store_(store)
    , parent_(parent)
{}

bool OutboxDiscard::confirmAndDiscard(const QString &uuid)
{
    const std::optional<UnfinishedAction> action = models::OutboxModel::unfinishedAction(store_, uuid);
    if (!action)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Discard this action?"),
                    tr("Discard “%1”?").arg(models::OutboxActionText::action(*action)), QMessageBox::NoButton,
                    parent_);
    box.setObjectName(QStringLiteral("discardConfirmation"));
    box.setInformativeText(models::OutboxActionText::discardConsequence(*action));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("confirmDiscard"));
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != discard)
        return false;

    const QPointer<OutboxDiscard> self(this);
    store_.discardOutbox(uuid).then(this, [self](bool discarded) {
        // Refused only while the sync engine is sending it; its outcome shows in the outbox.
        if (self && !discarded)
            Q_EMIT self->refused(tr("It could not be discarded: it is being sent right now."));
    });
    return true;
}

} // namespace kontor::ui
