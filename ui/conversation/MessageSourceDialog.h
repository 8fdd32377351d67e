#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace kontor::ui {

// The raw source of a message (an email's HTML, a JSON or XML payload, Markdown as written), highlighted,
// read-only, for the agent who needs to see exactly what arrived.
class MessageSourceDialog : public QDialog
{
    Q_OBJECT
public:
    MessageSourceDialog(const QString &title, const QString &source, const QString &syntax,
                        QWidget *parent = nullptr);

    QString sourceText() const;

private:
    QPlainTextEdit *editor_;
};

} // namespace kontor::ui
