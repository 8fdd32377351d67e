// The workspace's look: Kontor's style draws what Fusion draws, its menu bar overflow icon included (asked of
// Fusion only when drawn), Kontor's SVG icons look as Qt's own SVG icons would, and the empty states show
// their icon, title and hint.
#include "ui/Theme.h"
#include "ui/WorkspaceStyle.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/EmptyState.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;
using kontor::ui::EmptyState;
using kontor::ui::WorkspaceStyle;

namespace {
QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

int inkIn(const QImage &image, const QColor &background)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixelColor(x, y) != background ? 1 : 0;
    }
    return ink;
}
} // namespace

class TestLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardIconsAreFusions_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("tool bar overflow") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("a dialog's OK") << int(QStyle::SP_DialogOkButton);
        QTest::newRow("a warning") << int(QStyle::SP_MessageBoxWarning);
    }

    void standardIconsAreFusions()
    {
        QFETCH(int, which);
        WorkspaceStyle ours;
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const auto pixmap = QStyle::StandardPixmap(which);
        const QIcon icon = ours.standardIcon(pixmap);
        QVERIFY(!icon.isNull());
        QCOMPARE(imageOf(icon), imageOf(fusion->standardIcon(pixmap)));
    }

    // The welcome's choices are command link buttons: their arrow has to be seen on a light and a dark
    // window.
    void commandLinkArrowIsSeenInBothLooks_data()
    {
        QTest::addColumn<Qt::ColorScheme>("scheme");
        QTest::newRow("light") << Qt::ColorScheme::Light;
        QTest::newRow("dark") << Qt::ColorScheme::Dark;
    }
    void commandLinkArrowIsSeenInBothLooks()
    {
        QFETCH(Qt::ColorScheme, scheme);
        const QPalette before = QApplication::palette();
        kontor::ui::setPreferredColorScheme(scheme); // applies the scheme's palette
        const QColor window = QApplication::palette().color(QPalette::Window);
        QCOMPARE(window.lightness() < 128, scheme == Qt::ColorScheme::Dark);
        WorkspaceStyle ours;
        const QImage arrow = ours.standardIcon(QStyle::SP_CommandLink)
                                 .pixmap(QSize(24, 24), 1.0)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        int strong = 0;
        for (int y = 0; y < arrow.height(); ++y) {
            for (int x = 0; x < arrow.width(); ++x) {
                const QColor ink = arrow.pixelColor(x, y);
                if (ink.alpha() > 200 && std::abs(ink.lightness() - window.lightness()) > 100)
                    ++strong;
            }
        }
        QVERIFY2(strong > 10, qPrintable(u"only %1 pixels stand out"_s.arg(strong)));
        kontor::ui::setPreferredColorScheme(Qt::ColorScheme::Unknown);
        QApplication::setPalette(before);
    }

    void crowdedMenuBarShowsItsOverflowButton()
    {
        QApplication::setStyle(new WorkspaceStyle);
        QMainWindow window;
        for (int i = 0; i < 12; ++i)
            window.menuBar()->addMenu(u"&Menu number %1"_s.arg(i))->addAction(u"Item"_s);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *overflow = nullptr;
        for (QToolButton *button : window.menuBar()->findChildren<QToolButton *>()) {
            if (button->isVisible())
                overflow = button;
        }
        QVERIFY(overflow);
        const QImage shot = overflow->grab().toImage();
        QVERIFY(inkIn(shot, shot.pixelColor(0, 0)) > 0);
    }

    void svgIconsLookAsQtDrawsThem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<int>("mode");
        QTest::newRow("channel, list size")
            << u":/icons/channel-email.svg"_s << 20 << 1.0 << int(QIcon::Normal);
        QTest::newRow("view, navigation size")
            << u":/icons/view-mine.svg"_s << 18 << 1.0 << int(QIcon::Normal);
        QTest::newRow("high density") << u":/icons/channel-whatsapp.svg"_s << 20 << 2.0 << int(QIcon::Normal);
        QTest::newRow("disabled") << u":/icons/channel-sms.svg"_s << 16 << 1.0 << int(QIcon::Disabled);
        QTest::newRow("selected") << u":/icons/view-all.svg"_s << 48 << 1.0 << int(QIcon::Selected);
    }

    void svgIconsLookAsQtDrawsThem()
    {
        QFETCH(QString, path);
        QFETCH(int, size);
        QFETCH(qreal, scale);
        QFETCH(int, mode);
        const QIcon ours = kontor::ui::svgIcon(path);
        const QIcon qts(path);
        QVERIFY(!ours.isNull());
        const QPixmap drawn = ours.pixmap(QSize(size, size), scale, QIcon::Mode(mode));
        const QPixmap expected = qts.pixmap(QSize(size, size), scale, QIcon::Mode(mode));
        QCOMPARE(drawn.devicePixelRatio(), expected.devicePixelRatio());
        QCOMPARE(drawn.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 expected.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied));
        // Painted into a rectangle as Qt's own would be.
        QImage canvas(size * 2, size * 2, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::white);
        QImage reference = canvas;
        {
            QPainter painter(&canvas);
            ours.paint(&painter, QRect(3, 4, size, size), Qt::AlignCenter, QIcon::Mode(mode));
        }
        {
            QPainter painter(&reference);
            qts.paint(&painter, QRect(3, 4, size, size), Qt::AlignCenter, QIcon::Mode(mode));
        }
        QCOMPARE(canvas, reference);
    }

    void emptyStateShowsIconTitleAndHint()
    {
        EmptyState empty(u":/icons/view-inbox.svg"_s, u"Nothing waiting"_s, u"Conversations appear here."_s);
        empty.resize(320, 400);
        QCOMPARE(empty.title(), u"Nothing waiting"_s);
        QCOMPARE(empty.accessibleName(), u"Nothing waiting"_s);
        QCOMPARE(empty.accessibleDescription(), u"Conversations appear here."_s);
        const QImage before = empty.grab().toImage();
        QVERIFY(inkIn(before, before.pixelColor(0, 0)) > 200); // an icon and two lines of text
        empty.setTitle(u"Nothing in “Mine”"_s);
        QCOMPARE(empty.accessibleName(), u"Nothing in “Mine”"_s);
        QVERIFY(empty.grab().toImage() != before);
        // Narrow panes wrap the text instead of growing wider.
        QVERIFY(empty.minimumSizeHint().width() < 200);
    }
};

QTEST_MAIN(TestLook)
#include "tst_ui_look.moc"
