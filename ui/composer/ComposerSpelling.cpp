#include "ui/composer/ComposerSpelling.h"

#include <QPlainTextEdit>
#include <Sonnet/Highlighter>
#include <Sonnet/Speller>

namespace kontor::ui {

ComposerSpelling::ComposerSpelling(QPlainTextEdit *editor)
    : QObject(editor)
    , highlighter_(new Sonnet::Highlighter(editor))
    , installed_(Sonnet::Speller().availableLanguages())
{
    // The language is chosen from the customer, never guessed again from the few words of a reply; and a
    // reply full of names or order numbers keeps its underlines rather than switching checking off.
    highlighter_->setAutoDetectLanguageDisabled(true);
    highlighter_->setAutomatic(false);
    setLanguageFor(QLocale());
}

ComposerSpelling::~ComposerSpelling() = default;

QString ComposerSpelling::dictionaryFor(const QLocale &locale, const QStringList &installed)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    const QString name = locale.name(); // "de_DE"
    if (installed.contains(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (installed.contains(language))
        return language;
    for (const QString &dictionary : installed) {
        if (dictionary.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0) == language)
            return dictionary;
    }
    return {};
}

void ComposerSpelling::setLanguageFor(const QLocale &locale)
{
    QString dictionary = dictionaryFor(locale, installed_);
    if (dictionary.isEmpty())
        dictionary = dictionaryFor(QLocale(), installed_);
    if (dictionary.isEmpty())
        dictionary = dictionaryFor(QLocale(QLocale::English, QLocale::UnitedStates), installed_);
    if (dictionary == dictionary_)
        return;
    dictionary_ = dictionary;
    apply();
}

void ComposerSpelling::setActive(bool active)
{
    if (active == active_)
        return;
    active_ = active;
    apply();
}

void ComposerSpelling::apply()
{
    const bool on = active_ && !dictionary_.isEmpty();
    if (on)
        highlighter_->setCurrentLanguage(dictionary_);
    highlighter_->setActive(on);
}

} // namespace kontor::ui
