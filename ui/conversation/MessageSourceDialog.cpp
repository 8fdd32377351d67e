#include "ui/conversation/MessageSourceDialog.h"

#include "render/RenderLimits.h"
#include "ui/common/SyntaxHighlighting.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kontor::ui {

MessageSourceDialog::MessageSourceDialog(const QString &title, const QString &source, const QString &syntax,
                                         QWidget *parent)
    : QDialog(parent)
    , editor_(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageSource"));
    setWindowTitle(title);
    editor_->setReadOnly(true);
    editor_->setAccessibleName(tr("Message source"));
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setPlainText(source);
    // Highlighting runs over the whole text at once: a source larger than any message shown in full is left
    // plain, so that opening it stays quick.
    const KSyntaxHighlighting::Definition definition = syntaxDefinitionFor(syntax);
    if (definition.isValid() && source.size() <= render::limits::kMaxHighlightedSourceChars) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor_->document());
        highlighter->setTheme(syntaxTheme(palette()));
        highlighter->setDefinition(definition);
        highlighter->rehighlight();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editor_);
    layout->addWidget(buttons);
    resize(820, 600);
}

QString MessageSourceDialog::sourceText() const
{
    return editor_->toPlainText();
}

} // namespace kontor::ui
