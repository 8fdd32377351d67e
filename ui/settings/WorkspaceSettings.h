#pragma once

#include "core/Agent.h"

#include <QString>

namespace kontor::ui {

// The agent's own choices of the settings window, kept in the user's settings beside the rest (QSettings).
// Each reader asks here, so a key is spelled in one place only.
class WorkspaceSettings
{
public:
    enum class ColorScheme
    {
        System,
        Light,
        Dark,
    };
    enum class Density
    {
        Comfortable,
        Compact,
    };

    static ColorScheme colorScheme();
    static void setColorScheme(ColorScheme scheme);
    static Density density();
    static void setDensity(Density density);
    // A language code ("de", "da", "en"); empty follows the system. Takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &code);
    // Whether the composer checks spelling while the agent types.
    static bool spellChecking();
    static void setSpellChecking(bool on);
    // The signature added below replies sent through an inbox (the store's inbox id); empty for none.
    static QString signature(qint64 inboxId);
    static void setSignature(qint64 inboxId, const QString &text);

    // The agent's own availability as they last chose it (Online, Busy or Away); Online at first.
    static Presence availability();
    static void setAvailability(Presence presence);
    // Minutes without input after which the agent shows as away; 0 never.
    static int autoAwayMinutes();
    static void setAutoAwayMinutes(int minutes);

    // Applies the colour scheme and the density to the running application.
    static void applyAppearance();
};

} // namespace kontor::ui
