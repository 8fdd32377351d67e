#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QPlainTextEdit;

namespace Sonnet {
class Highlighter;
}

namespace kontor::ui {

// Spell checking of the composer's text while the agent types (Sonnet's highlighter underlines misspelt
// words), in the dictionary of the language the agent answers in: the customer's when it is known, else the
// workspace's own.
class ComposerSpelling : public QObject
{
    Q_OBJECT
public:
    explicit ComposerSpelling(QPlainTextEdit *editor);
    ~ComposerSpelling() override;

    // Checks with the installed dictionary that fits the locale best; nothing fits: the workspace's language.
    void setLanguageFor(const QLocale &locale);
    // The dictionary in use ("de_DE"); empty when none is installed.
    QString dictionary() const { return dictionary_; }
    void setActive(bool active);
    bool isActive() const { return active_; }

    // The dictionary for a locale among those installed: the same language and territory, else the same
    // language (the plain one, "da", before regional ones); empty when none has the language.
    static QString dictionaryFor(const QLocale &locale, const QStringList &installed);

private:
    void apply();

    Sonnet::Highlighter *highlighter_;
    QStringList installed_;
    QString dictionary_;
    bool active_ = true;
};

} // namespace kontor::ui
