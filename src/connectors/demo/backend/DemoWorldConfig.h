#pragma once

#include "core/Time.h"

#include <QJsonObject>
#include <QString>

namespace kontor {

// Everything that decides what a demo world looks like and how it lives. The same configuration (seed
// included) gives the same world, record for record.
struct DemoWorldConfig
{
    quint64 seed = 20250304;
    // The moment the world begins: its history ends here and the simulation starts here.
    UtcMillis epoch = 0;

    // The scale knob: the history generated before the epoch. Records of the history are generated when they
    // are read, never all held at once, so a history of a million messages costs a few megabytes.
    int historyConversations = 400;
    qint64 historyMessages = 4000;
    int historyDays = 30;

    // The simulation after the epoch.
    double arrivalsPerHour = 24;          // new conversations
    double colleagueActionsPerHour = 120; // colleagues picking up, replying, noting, resolving
    double presenceChangesPerHour = 8;
    double customerReplyChance = 0.65; // that a customer answers an agent's message
    double csatChance = 0.4;           // that a customer answers the survey after resolution
    double selfAssignShare = 0.2;      // of new conversations routed straight to the signed-in agent
    int tickMillis = 1000;
    // How much missed time advance() simulates at most; a world left alone for a week resumes quietly.
    qint64 maxCatchUpMillis = 2 * 3600 * 1000;
    // Before skipping missed time, the world always lives this stretch after its clock: a client may have
    // seen it before a crash lost the world's last minutes, and it grows back tick for tick.
    qint64 resumeMarginMillis() const { return maxCatchUpMillis / 4; }

    // A history of `messages` messages (about ten per conversation) over a span that grows with it.
    static DemoWorldConfig forScale(qint64 messages, quint64 seed, UtcMillis epoch);

    // Empty when the configuration can make a world, else what is wrong with it.
    QString validationError() const;
    // The nearest configuration that can make a world: sizes and rates brought into range (a world is always
    // made from this).
    DemoWorldConfig sanitised() const;

    QJsonObject toJson() const;
    // Fills config from json; false (with error set) when a field is missing or has the wrong type.
    static bool fromJson(const QJsonObject &json, DemoWorldConfig &config, QString &error);

    bool operator==(const DemoWorldConfig &) const = default;
};

} // namespace kontor
