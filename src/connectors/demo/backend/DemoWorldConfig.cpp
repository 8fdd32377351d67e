#include "connectors/demo/backend/DemoWorldConfig.h"

#include "connectors/demo/backend/DemoJsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kontor {

DemoWorldConfig DemoWorldConfig::forScale(qint64 messages, quint64 seed, UtcMillis epoch)
{
    DemoWorldConfig config;
    config.seed = seed;
    config.epoch = epoch;
    config.historyMessages = qMax<qint64>(1, messages);
    config.historyConversations = int(qMax<qint64>(1, messages / 10));
    // About 300 conversations a day, as a mid-sized contact center has, within a year at most.
    config.historyDays = qBound(7, config.historyConversations / 300, 365);
    return config;
}

QString DemoWorldConfig::validationError() const
{
    if (historyConversations < 0 || historyMessages < 0)
        return QCoreApplication::translate("DemoWorld", "The history size cannot be negative.");
    if (historyMessages < historyConversations)
        return QCoreApplication::translate("DemoWorld",
                                           "The history needs at least one message per conversation.");
    if (historyConversations == 0 && historyMessages > 0)
        return QCoreApplication::translate("DemoWorld", "A history with messages needs conversations.");
    if (historyDays < 1)
        return QCoreApplication::translate("DemoWorld", "The history must span at least one day.");
    if (tickMillis < 10)
        return QCoreApplication::translate("DemoWorld", "The simulation step must be at least 10 ms.");
    if (arrivalsPerHour < 0 || colleagueActionsPerHour < 0 || presenceChangesPerHour < 0 ||
        customerReplyChance < 0 || customerReplyChance > 1 || csatChance < 0 || csatChance > 1 ||
        selfAssignShare < 0 || selfAssignShare > 1 || maxCatchUpMillis < 0)
        return QCoreApplication::translate("DemoWorld", "A simulation rate is out of range.");
    return {};
}

DemoWorldConfig DemoWorldConfig::sanitised() const
{
    DemoWorldConfig config = *this;
    config.historyConversations = qMax(0, historyConversations);
    config.historyMessages = qMax<qint64>(0, historyMessages);
    if (config.historyMessages < config.historyConversations)
        config.historyConversations = int(config.historyMessages);
    if (config.historyConversations == 0)
        config.historyMessages = 0;
    config.historyDays = qMax(1, historyDays);
    config.tickMillis = qMax(10, tickMillis);
    config.arrivalsPerHour = qMax(0.0, arrivalsPerHour);
    config.colleagueActionsPerHour = qMax(0.0, colleagueActionsPerHour);
    config.presenceChangesPerHour = qMax(0.0, presenceChangesPerHour);
    config.customerReplyChance = qBound(0.0, customerReplyChance, 1.0);
    config.csatChance = qBound(0.0, csatChance, 1.0);
    config.selfAssignShare = qBound(0.0, selfAssignShare, 1.0);
    config.maxCatchUpMillis = qMax<qint64>(0, maxCatchUpMillis);
    return config;
}

QJsonObject DemoWorldConfig::toJson() const
{
    return {
        {u"seed"_s, QString::number(seed)},
        {u"epoch"_s, epoch},
        {u"historyConversations"_s, historyConversations},
        {u"historyMessages"_s, historyMessages},
        {u"historyDays"_s, historyDays},
        {u"arrivalsPerHour"_s, arrivalsPerHour},
        {u"colleagueActionsPerHour"_s, colleagueActionsPerHour},
        {u"presenceChangesPerHour"_s, presenceChangesPerHour},
        {u"customerReplyChance"_s, customerReplyChance},
        {u"csatChance"_s, csatChance},
        {u"selfAssignShare"_s, selfAssignShare},
        {u"tickMillis"_s, tickMillis},
        {u"maxCatchUpMillis"_s, maxCatchUpMillis},
    };
}

bool DemoWorldConfig::fromJson(const QJsonObject &json, DemoWorldConfig &config, QString &error)
{
    DemoJsonReader in(json, u"config"_s, &error);
    bool seedOk = false;
    // The seed is a string: JSON numbers lose 64-bit integers.
    config.seed = in.string("seed").toULongLong(&seedOk);
    if (in.ok() && !seedOk)
        in.fail(u"not a number"_s, "seed");
    config.epoch = in.integer("epoch");
    config.historyConversations = int(in.integer("historyConversations"));
    config.historyMessages = in.integer("historyMessages");
    config.historyDays = int(in.integer("historyDays"));
    config.arrivalsPerHour = in.number("arrivalsPerHour");
    config.colleagueActionsPerHour = in.number("colleagueActionsPerHour");
    config.presenceChangesPerHour = in.number("presenceChangesPerHour");
    config.customerReplyChance = in.number("customerReplyChance");
    config.csatChance = in.number("csatChance");
    config.selfAssignShare = in.number("selfAssignShare");
    config.tickMillis = int(in.integer("tickMillis"));
    config.maxCatchUpMillis = in.integer("maxCatchUpMillis");
    if (in.ok()) {
        const QString invalid = config.validationError();
        if (!invalid.isEmpty())
            in.fail(invalid);
    }
    return in.ok();
}

} // namespace kontor
