#include "ui/settings/LanguagePage.h"

#include "ui/Translations.h"
#include "ui/settings/WorkspaceSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace kontor::ui {

LanguagePage::LanguagePage(QWidget *parent)
    : SettingsPage(parent)
    , language_(new QComboBox(this))
{
    language_->setObjectName(QStringLiteral("languageChoice"));
    language_->addItem(tr("The system's language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language by its own name: whoever cannot read the current one still finds theirs.
    for (const QString &code : translatedLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        language_->addItem(name, code);
    }
    auto *note = new QLabel(tr("Kontor speaks the chosen language from its next start on."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Language:"), language_);
    layout->addRow(note);
    load();
}

void LanguagePage::load()
{
    const int index = language_->findData(WorkspaceSettings::language());
    language_->setCurrentIndex(index < 0 ? 0 : index);
}

void LanguagePage::save()
{
    WorkspaceSettings::setLanguage(language_->currentData().toString());
}

} // namespace kontor::ui
