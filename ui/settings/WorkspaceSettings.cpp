#include "ui/settings/WorkspaceSettings.h"

#include "ui/Theme.h"
#include "ui/inbox/ConversationDelegate.h"

#include <QSettings>

namespace kontor::ui {

namespace {
const QString kColorScheme = QStringLiteral("appearance/colorScheme");
const QString kDensity = QStringLiteral("appearance/density");
const QString kLanguage = QStringLiteral("interface/language");
const QString kSpellChecking = QStringLiteral("composer/spellChecking");
const QString kAvailability = QStringLiteral("availability/status");
const QString kAutoAwayMinutes = QStringLiteral("availability/autoAwayMinutes");

QString signatureKey(qint64 inboxId)
{
    return QStringLiteral("composer/signatures/%1").arg(inboxId);
}
} // namespace

WorkspaceSettings::ColorScheme WorkspaceSettings::colorScheme()
{
    const QString value = QSettings().value(kColorScheme).toString();
    if (value == u"light")
        return ColorScheme::Light;
    if (value == u"dark")
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void WorkspaceSettings::setColorScheme(ColorScheme scheme)
{
    QSettings settings;
    switch (scheme) {
    case ColorScheme::Light:
        settings.setValue(kColorScheme, QStringLiteral("light"));
        return;
    case ColorScheme::Dark:
        settings.setValue(kColorScheme, QStringLiteral("dark"));
        return;
    case ColorScheme::System:
        break;
    }
    settings.remove(kColorScheme);
}

WorkspaceSettings::Density WorkspaceSettings::density()
{
    return QSettings().value(kDensity).toString() == u"compact" ? Density::Compact : Density::Comfortable;
}

void WorkspaceSettings::setDensity(Density density)
{
    QSettings settings;
    if (density == Density::Compact)
        settings.setValue(kDensity, QStringLiteral("compact"));
    else
        settings.remove(kDensity);
}

QString WorkspaceSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void WorkspaceSettings::setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, code);
}

Presence WorkspaceSettings::availability()
{
    const std::optional<Presence> presence = presenceFromKey(QSettings().value(kAvailability).toString());
    return presence && *presence != Presence::Offline ? *presence : Presence::Online;
}

void WorkspaceSettings::setAvailability(Presence presence)
{
    QSettings().setValue(kAvailability, presenceKey(presence));
}

int WorkspaceSettings::autoAwayMinutes()
{
    return std::max(0, QSettings().value(kAutoAwayMinutes, 10).toInt());
}

void WorkspaceSettings::setAutoAwayMinutes(int minutes)
{
    QSettings().setValue(kAutoAwayMinutes, std::max(0, minutes));
}

bool WorkspaceSettings::spellChecking()
{
    return QSettings().value(kSpellChecking, true).toBool();
}

void WorkspaceSettings::setSpellChecking(bool on)
{
    QSettings().setValue(kSpellChecking, on);
}

QString WorkspaceSettings::signature(qint64 inboxId)
{
    return QSettings().value(signatureKey(inboxId)).toString();
}

void WorkspaceSettings::setSignature(qint64 inboxId, const QString &text)
{
    QSettings settings;
    if (text.trimmed().isEmpty())
        settings.remove(signatureKey(inboxId));
    else
        settings.setValue(signatureKey(inboxId), text);
}

void WorkspaceSettings::applyAppearance()
{
    switch (colorScheme()) {
    case ColorScheme::Light:
        setPreferredColorScheme(Qt::ColorScheme::Light);
        break;
    case ColorScheme::Dark:
        setPreferredColorScheme(Qt::ColorScheme::Dark);
        break;
    case ColorScheme::System:
        setPreferredColorScheme(Qt::ColorScheme::Unknown);
        break;
    }
    ConversationDelegate::setCompact(density() == Density::Compact);
}

} // namespace kontor::ui
