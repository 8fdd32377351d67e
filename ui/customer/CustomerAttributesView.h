#pragma once

#include "models/CustomerAttributeGroups.h"

#include <QWidget>

namespace kontor::ui {

// What the backends know about the customer, label beside value: one list when they agree, one per account
// when they do not, so the agent sees who says what. Links open in the browser; every value is selectable.
class CustomerAttributesView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerAttributesView(const QList<models::AttributeGroup> &groups, QWidget *parent = nullptr);
};

} // namespace kontor::ui
