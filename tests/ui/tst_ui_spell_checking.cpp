// Spell checking in the composer: a reply is checked in the customer's language (Anna writes from Germany,
// Lars from Denmark), a note in the agent's own; a misspelt word is underlined and a correct one is not; the
// composer's toggle turns checking off for this message, and the setting decides how every message starts.
#include "WorkspaceTestSupport.h"
#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"
#include "sync/NetworkPolicy.h"
#include "ui/ConversationCommands.h"
#include "ui/composer/Composer.h"
#include "ui/composer/ComposerEditor.h"
#include "ui/composer/ComposerSpelling.h"
#include "ui/settings/WorkspaceSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
// Whether the word at its first occurrence in the text carries the spell-check underline.
bool underlined(ComposerEditor *editor, const QString &word)
{
    const QTextDocument *document = editor->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int at = block.text().indexOf(word);
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && range.start <= at &&
                range.start + range.length >= at + word.size())
                return true;
        }
        return false;
    }
    return false;
}
} // namespace

class TestSpellChecking : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    NetworkPolicy network_;
    WorkspaceContext context_;
    std::unique_ptr<ConversationCommands> commands_;
    std::unique_ptr<models::CannedResponseModel> canned_;
    std::unique_ptr<models::AgentListModel> agents_;
    std::unique_ptr<Composer> composer_;
    int run_ = 0;

    void makeComposer()
    {
        composer_ = std::make_unique<Composer>(context_, *commands_, canned_.get(), agents_.get());
        composer_->resize(700, 260);
        composer_->show();
    }
    void open(const QString &remote)
    {
        composer_->setConversation(
            *store_->reader().inbox().conversation(fixture::conversationId(*store_, remote)));
    }
    // Typed like an agent would, ending in a space so the last word is finished.
    void type(const QString &text)
    {
        composer_->editor()->clear();
        QTest::keyClicks(composer_->editor(), text + u" "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        QSettings().clear();
        store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), nowUtcMillis());
        context_ = {store_.get(), nullptr, &network_, nullptr};
        commands_ = std::make_unique<ConversationCommands>(context_);
        canned_ = std::make_unique<models::CannedResponseModel>(*store_);
        agents_ = std::make_unique<models::AgentListModel>(*store_);
    }
    void cleanup()
    {
        composer_.reset();
        agents_.reset();
        canned_.reset();
        commands_.reset();
        store_.reset();
    }

    void dictionaryChoice_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("expected");
        const QStringList debian{u"da_DK"_s, u"de_BE"_s, u"de_DE"_s, u"de_LU"_s, u"en_US"_s};
        QTest::newRow("same territory") << u"de_DE"_s << debian << u"de_DE"_s;
        QTest::newRow("Austria: another German") << u"de_AT"_s << debian << u"de_BE"_s;
        QTest::newRow("Danish") << u"da_DK"_s << debian << u"da_DK"_s;
        QTest::newRow("plain language first") << u"da_DK"_s << QStringList{u"da_FO"_s, u"da"_s} << u"da"_s;
        QTest::newRow("British English on an American dictionary") << u"en_GB"_s << debian << u"en_US"_s;
        QTest::newRow("no Swedish installed") << u"sv_SE"_s << debian << QString();
        QTest::newRow("nothing installed") << u"de_DE"_s << QStringList{} << QString();
        QTest::newRow("C locale") << u"C"_s << debian << QString();
    }
    void dictionaryChoice()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, installed);
        QFETCH(QString, expected);
        QCOMPARE(ComposerSpelling::dictionaryFor(QLocale(locale), installed), expected);
    }

    void replyIsCheckedInTheCustomersLanguage_data()
    {
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<QString>("dictionary");
        QTest::addColumn<QString>("correct");
        QTest::addColumn<QString>("misspelt");
        QTest::newRow("Anna, German") << u"featured"_s << u"de_DE"_s << u"Lieferung"_s << u"Lieferunng"_s;
        QTest::newRow("Lars, Danish") << u"lars-sms"_s << u"da_DK"_s << u"pakke"_s << u"pakkke"_s;
    }
    void replyIsCheckedInTheCustomersLanguage()
    {
        QFETCH(QString, conversation);
        QFETCH(QString, dictionary);
        QFETCH(QString, correct);
        QFETCH(QString, misspelt);
        makeComposer();
        open(conversation);
        QCOMPARE(composer_->spelling()->dictionary(), dictionary);
        QVERIFY(composer_->spellingToggle()->isChecked());
        type(correct + u" "_s + misspelt);
        QTRY_VERIFY(underlined(composer_->editor(), misspelt));
        QVERIFY(!underlined(composer_->editor(), correct));
    }

    void englishWordsAreWrongForAGermanCustomer()
    {
        makeComposer();
        open(u"featured"_s);
        type(u"Lieferung delivery"_s);
        QTRY_VERIFY(underlined(composer_->editor(), u"delivery"_s));
        QVERIFY(!underlined(composer_->editor(), u"Lieferung"_s));
    }

    void noteIsCheckedInTheAgentsLanguage()
    {
        makeComposer();
        open(u"featured"_s);
        composer_->startNote();
        QCOMPARE(composer_->spelling()->dictionary(), u"en_US"_s);
        type(u"delivery delivry"_s);
        QTRY_VERIFY(underlined(composer_->editor(), u"delivry"_s));
        QVERIFY(!underlined(composer_->editor(), u"delivery"_s));
        composer_->startReply();
        QCOMPARE(composer_->spelling()->dictionary(), u"de_DE"_s);
    }

    void toggleTurnsItOffForThisMessage()
    {
        makeComposer();
        open(u"featured"_s);
        type(u"Lieferunng"_s);
        QTRY_VERIFY(underlined(composer_->editor(), u"Lieferunng"_s));
        composer_->spellingToggle()->click();
        QVERIFY(!composer_->spelling()->isActive());
        QTRY_VERIFY(!underlined(composer_->editor(), u"Lieferunng"_s));
        type(u"Lieferunng again"_s);
        QTest::qWait(50);
        QVERIFY(!underlined(composer_->editor(), u"Lieferunng"_s));
        // The next message (here: another conversation) starts as the settings say.
        open(u"lars-sms"_s);
        QVERIFY(composer_->spellingToggle()->isChecked());
        QVERIFY(composer_->spelling()->isActive());
    }

    void settingStartsMessagesUnchecked()
    {
        WorkspaceSettings::setSpellChecking(false);
        makeComposer();
        open(u"featured"_s);
        QVERIFY(!composer_->spellingToggle()->isChecked());
        type(u"Lieferunng"_s);
        QTest::qWait(50);
        QVERIFY(!underlined(composer_->editor(), u"Lieferunng"_s));
        composer_->spellingToggle()->click(); // this one message is checked after all
        QTRY_VERIFY(underlined(composer_->editor(), u"Lieferunng"_s));
    }
};

QTEST_MAIN(TestSpellChecking)
#include "tst_ui_spell_checking.moc"
