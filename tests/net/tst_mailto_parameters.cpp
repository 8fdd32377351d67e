// Which links from a message open: http and https as they are, mailto with its address and only subject, body
// and cc; everything else not at all.
#include "net/LinkPolicy.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using kontor::net::openableLink;

class TestMailtoParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlySubjectBodyAndCc_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("address only")
            << u"mailto:help@example.com"_s << u"help@example.com"_s << QStringList();
        QTest::newRow("subject and body")
            << u"mailto:help@example.com?subject=Order%2042&body=Hello%20there"_s << u"help@example.com"_s
            << QStringList{u"subject"_s, u"body"_s};
        QTest::newRow("cc kept") << u"mailto:a@example.com?cc=b@example.com"_s << u"a@example.com"_s
                                 << QStringList{u"cc"_s};
        QTest::newRow("attach dropped") << u"mailto:a@example.com?subject=Hi&attach=/home/agent/.ssh/id_rsa"_s
                                        << u"a@example.com"_s << QStringList{u"subject"_s};
        QTest::newRow("attachment dropped")
            << u"mailto:a@example.com?attachment=file:///etc/passwd"_s << u"a@example.com"_s << QStringList();
        QTest::newRow("bcc dropped") << u"mailto:a@example.com?bcc=spy@example.net&body=x"_s
                                     << u"a@example.com"_s << QStringList{u"body"_s};
        QTest::newRow("upper-case key for attach dropped")
            << u"mailto:a@example.com?ATTACH=/etc/passwd"_s << u"a@example.com"_s << QStringList();
        QTest::newRow("upper-case subject kept")
            << u"mailto:a@example.com?SUBJECT=Hi"_s << u"a@example.com"_s << QStringList{u"subject"_s};
        QTest::newRow("to, in-reply-to and unknown dropped")
            << u"mailto:a@example.com?to=other@example.net&in-reply-to=%3Cx%40y%3E&x-anything=1"_s
            << u"a@example.com"_s << QStringList();
        QTest::newRow("two addresses kept") << u"mailto:a@example.com,b@example.com?attach=x"_s
                                            << u"a@example.com,b@example.com"_s << QStringList();
    }

    void keepsOnlySubjectBodyAndCc()
    {
        QFETCH(QString, link);
        QFETCH(QString, address);
        QFETCH(QStringList, keys);
        const QUrl opened = openableLink(QUrl(link));
        QVERIFY(opened.isValid());
        QCOMPARE(opened.scheme(), u"mailto"_s);
        QCOMPARE(opened.path(), address);
        QStringList found;
        for (const auto &item : QUrlQuery(opened).queryItems())
            found.append(item.first);
        QCOMPARE(found, keys);
        QVERIFY(!opened.toString().contains(u"attach"_s, Qt::CaseInsensitive));
        QVERIFY(!opened.toString().contains(u"bcc"_s, Qt::CaseInsensitive));
    }

    void keepsTheValuesOfWhatItKeeps()
    {
        const QUrl opened = openableLink(QUrl(
            u"mailto:help@example.com?subject=Order%2042%20%26%20more&body=Line%201%0ALine%202&cc=c@example.com"_s));
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), u"Order 42 & more"_s);
        QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), u"Line 1\nLine 2"_s);
        QCOMPARE(query.queryItemValue(u"cc"_s, QUrl::FullyDecoded), u"c@example.com"_s);
    }

    void opensOnlyWebAndMailLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("opens");
        QTest::newRow("https") << u"https://example.com/path?q=1"_s << true;
        QTest::newRow("http") << u"http://example.com/"_s << true;
        QTest::newRow("mailto") << u"mailto:a@example.com"_s << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
        QTest::newRow("custom handler") << u"ms-settings:privacy"_s << false;
        QTest::newRow("smb") << u"smb://fileserver/share"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/file"_s << false;
        QTest::newRow("http without host") << u"http:///etc/passwd"_s << false;
        QTest::newRow("relative") << u"/etc/passwd"_s << false;
    }

    void opensOnlyWebAndMailLinks()
    {
        QFETCH(QString, link);
        QFETCH(bool, opens);
        QCOMPARE(!openableLink(QUrl(link)).isEmpty(), opens);
    }

    void leavesWebLinksAsTheyAre()
    {
        const QUrl link(u"https://shop.example.com/orders/42?utm=mail#top"_s);
        QCOMPARE(openableLink(link), link);
    }
};

QTEST_GUILESS_MAIN(TestMailtoParameters)
#include "tst_mailto_parameters.moc"
