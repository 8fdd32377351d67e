// What the customer panel and the composer know of a customer: profile, locale guess, earlier conversations
// on every channel and account, the channels a reply can go out on, merge suggestions, merge and unmerge.
#include "WorkspaceFixture.h"
#include "identity/CustomerMerge.h"
#include "models/CustomerAttributeGroups.h"
#include "models/CustomerConversationsModel.h"
#include "models/CustomerProfile.h"
#include "models/ReachableChannels.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;
}

class TestCustomer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

    qint64 anna()
    {
        return store_->reader()
            .inbox()
            .conversation(fixture::conversationId(*store_, u"featured"_s))
            ->customerId;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), kNow); }
    void cleanup() { store_.reset(); }

    void profileOfACustomer()
    {
        const std::optional<CustomerProfile> profile = readCustomerProfile(store_->reader(), anna());
        QVERIFY(profile);
        QCOMPARE(profile->customer.name, u"Anna Schmidt"_s);
        QStringList identities;
        for (const IdentityRow &identity : profile->customer.identities)
            identities.append(identityForDisplay(identity));
        QVERIFY(identities.contains(u"Anna.Schmidt@example.de"_s));
        QVERIFY(identities.contains(u"+49 151 12345678"_s));
        QVERIFY(identities.contains(u"@annaschmidt"_s)); // learned from the second account
        QCOMPARE(profile->locale.territory, QLocale::Germany);
        QCOMPARE(profile->locale.language, QLocale::German);
        QCOMPARE(profile->locale.timeZone.id(), QByteArray("Europe/Berlin"));
        QCOMPARE(profile->conversationCount, 4);
        // She first wrote on Telegram, to the second account, twenty days ago.
        QCOMPARE(profile->firstContactAt, std::optional<UtcMillis>(kNow - 20LL * 24 * 3600 * 1000));
        QCOMPARE(profile->csat.size(), 1);
        QCOMPARE(profile->csat.first().rating, 5);
        QCOMPARE(profile->satisfiedShare(), 1.0);
        QVERIFY(profile->summary.messagesPerChannel.value(Channel::Email) > 0);
        QCOMPARE(profile->candidates.size(), 1); // her Instagram twin shares her phone number
        QCOMPARE(profile->candidates.first().otherName, u"Kaffee Liebe"_s);
        QCOMPARE(profile->candidates.first().reason, u"names_differ"_s);
        QVERIFY(profile->candidates.first().otherIdentities.contains(u"@anna.s.brews"_s));
        // The second backend's record of her was joined by their address, and says so.
        QCOMPARE(profile->merges.size(), 1);
        QCOMPARE(profile->merges.first().reason, u"same_email"_s);
        QVERIFY(profile->merges.first().automatic);
    }

    void attributesAgreeingAccountsShowOnce()
    {
        const std::optional<CustomerProfile> profile = readCustomerProfile(store_->reader(), anna());
        QVERIFY(profile);
        QCOMPARE(profile->attributes.size(), 7); // six from the shop, the city again from the second account
        const QLocale german(QLocale::German, QLocale::Germany);
        const QList<AttributeGroup> groups = groupAttributes(profile->attributes, german);
        QCOMPARE(groups.size(), 1);
        QVERIFY(groups.first().accountName.isEmpty());
        QStringList lines;
        for (const AttributeLine &line : groups.first().lines)
            lines.append(line.label + u": "_s + line.text);
        QCOMPARE(lines,
                 (QStringList{u"Plan: Premium"_s,
                              u"First order: "_s + german.toString(QDate(2021, 3, 14), QLocale::ShortFormat),
                              u"Orders: 1.234"_s, u"City: Berlin"_s, u"VIP: Yes"_s,
                              u"Shop account: https://admin.nordlicht.example/customers/4711"_s}));
        QCOMPARE(groups.first().lines.last().link, QUrl(u"https://admin.nordlicht.example/customers/4711"_s));
    }

    void attributesDisagreeingAccountsAreGrouped()
    {
        IngestBatch second;
        second.account = {u"chatwoot"_s, QString::fromLatin1(fixture::kSecondAccount), u"Chatwoot EU"_s};
        CustomerRecord anna{u"cw-contact-77"_s, u"Anna Schmidt"_s, {}};
        anna.attributes = QList<AttributeRecord>{{u"city"_s, u"City"_s, u"Hamburg"_s, AttributeKind::Text}};
        second.customers.append(anna);
        fixture::await(store_->ingest(second));
        const std::optional<CustomerProfile> profile = readCustomerProfile(store_->reader(), this->anna());
        const QList<AttributeGroup> groups = groupAttributes(profile->attributes, QLocale::c());
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].accountName, u"Nordlicht Versand"_s);
        QCOMPARE(groups[0].lines.size(), 6);
        QCOMPARE(groups[1].accountName, u"Chatwoot EU"_s);
        QCOMPARE(groups[1].lines.size(), 1);
        QCOMPARE(groups[1].lines.first().text, u"Hamburg"_s);
    }

    void attributeValuesForTheAgent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("danish");
        const auto row = [](const char *name, AttributeKind kind, const QString &value, const QString &en,
                            const QString &da) { QTest::newRow(name) << int(kind) << value << en << da; };
        row("whole number", AttributeKind::Number, u"1234567"_s, u"1,234,567"_s, u"1.234.567"_s);
        row("decimal", AttributeKind::Number, u"4312.5"_s, u"4,312.5"_s, u"4.312,5"_s);
        row("not a number", AttributeKind::Number, u"lots"_s, u"lots"_s, u"lots"_s);
        row("date", AttributeKind::Date, u"2019-04-02"_s,
            QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(QDate(2019, 4, 2), QLocale::ShortFormat),
            QLocale(QLocale::Danish, QLocale::Denmark).toString(QDate(2019, 4, 2), QLocale::ShortFormat));
        row("not a date", AttributeKind::Date, u"soon"_s, u"soon"_s, u"soon"_s);
        row("yes", AttributeKind::Boolean, u"true"_s, u"Yes"_s, u"Yes"_s); // translated by the app, not here
        row("no", AttributeKind::Boolean, u"false"_s, u"No"_s, u"No"_s);
        row("text", AttributeKind::Text, u"Premium"_s, u"Premium"_s, u"Premium"_s);
    }

    void attributeValuesForTheAgent()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, english);
        QFETCH(QString, danish);
        CustomerAttributeRow row;
        row.kind = AttributeKind(kind);
        row.value = value;
        QCOMPARE(attributeText(row, QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        QCOMPARE(attributeText(row, QLocale(QLocale::Danish, QLocale::Denmark)), danish);
    }

    void onlyWebLinksAreLinks()
    {
        for (const QString &unsafe : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"not a url"_s}) {
            CustomerAttributeRow row{1, 1, 1, u"A"_s, u"k"_s, u"K"_s, unsafe, AttributeKind::Link};
            const QList<AttributeGroup> groups = groupAttributes({row}, QLocale::c());
            QVERIFY2(!groups.first().lines.first().link.isValid(), qPrintable(unsafe));
            QCOMPARE(groups.first().lines.first().text, unsafe);
        }
    }

    void mergeAndUnmerge()
    {
        CustomerConversationsModel conversations(*store_);
        QAbstractItemModelTester tester(&conversations,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        conversations.setCustomer(anna());
        QCOMPARE(conversations.rowCount(), 4);
        const CustomerProfile before = *readCustomerProfile(store_->reader(), anna());
        const qint64 twin = before.candidates.first().otherCustomerId;
        const qint64 mergeId = fixture::await(CustomerMerge::merge(
            *store_, anna(), twin, fixture::selfAgentId(*store_), before.candidates.first().reason));
        QVERIFY(mergeId > 0);
        QCOMPARE(conversations.rowCount(), 5); // her Instagram conversation joined
        const CustomerProfile merged = *readCustomerProfile(store_->reader(), anna());
        QCOMPARE(merged.merges.size(), 2); // this one first, then the automatic join of her other record
        QCOMPARE(merged.merges.first().mergeId, mergeId);
        QVERIFY(!merged.merges.first().automatic);
        QVERIFY(merged.candidates.isEmpty());

        fixture::await(CustomerMerge::unmerge(*store_, mergeId));
        QCOMPARE(conversations.rowCount(), 4);
        QCOMPARE(readCustomerProfile(store_->reader(), anna())->merges.size(), 1);
    }

    void earlierConversationsEverywhere()
    {
        CustomerConversationsModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(anna());
        QSet<QString> accounts;
        QSet<int> channels;
        for (int i = 0; i < model.rowCount(); ++i) {
            accounts.insert(model.index(i).data(CustomerConversationsModel::AccountNameRole).toString());
            channels.insert(model.index(i).data(CustomerConversationsModel::ChannelRole).toInt());
            if (i > 0)
                QVERIFY(model.rowAt(i - 1).lastActivityAt >= model.rowAt(i).lastActivityAt);
        }
        QCOMPARE(accounts, (QSet<QString>{u"Nordlicht Versand"_s, u"Chatwoot EU"_s}));
        QVERIFY(channels.contains(int(Channel::Telegram)));
        // A new conversation of hers appears.
        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        ConversationRecord sms;
        sms.remoteId = u"anna-sms"_s;
        sms.inboxRemoteId = u"in-sms"_s;
        sms.channel = Channel::Sms;
        sms.customerRemoteId = u"cu-anna"_s;
        sms.createdAt = sms.lastActivityAt = kNow;
        batch.conversations = {sms};
        fixture::await(store_->ingest(batch));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data(CustomerConversationsModel::ChannelRole).toInt(), int(Channel::Sms));
        model.setCustomer(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void reachableChannelsOfACustomer()
    {
        const ConversationRow featured =
            *store_->reader().inbox().conversation(fixture::conversationId(*store_, u"featured"_s));
        const QList<ChannelChoice> choices = reachableChannels(store_->reader(), featured);
        QVERIFY(!choices.isEmpty());
        QCOMPARE(choices.first().channel, Channel::Email);
        QVERIFY(choices.first().isCurrent);
        QCOMPARE(choices.first().conversationId, std::optional(featured.id));
        QCOMPARE(choices.first().address, u"Anna.Schmidt@example.de"_s);
        QHash<Channel, ChannelChoice> byChannel;
        for (const ChannelChoice &choice : choices)
            byChannel.insert(choice.channel, choice);
        // WhatsApp continues her resolved conversation there; SMS is reachable by her number but has none
        // yet.
        QCOMPARE(byChannel.value(Channel::WhatsApp).conversationId,
                 std::optional(fixture::conversationId(*store_, u"anna-wa"_s)));
        QVERIFY(byChannel.contains(Channel::Sms));
        QCOMPARE(byChannel.value(Channel::Sms).conversationId, std::nullopt);
        QCOMPARE(byChannel.value(Channel::Sms).address, u"+49 151 12345678"_s);
        QVERIFY(byChannel.contains(Channel::WebChat));
        QVERIFY(byChannel.value(Channel::Telegram).conversationId.has_value()); // on the second account
        QVERIFY(!byChannel.contains(Channel::Voice));
    }

    void localeGuesses_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QLocale::Territory>("territory");
        QTest::addColumn<QLocale::Language>("language");
        QTest::newRow("danish mobile")
            << u"+4520123456"_s << QString() << QLocale::Denmark << QLocale::Danish;
        QTest::newRow("phone wins over email")
            << u"+447700900123"_s << u"a@example.de"_s << QLocale::UnitedKingdom << QLocale::English;
        QTest::newRow("austrian email")
            << QString() << u"k.vogel@example.at"_s << QLocale::Austria << QLocale::German;
        QTest::newRow("irish mobile, not +35")
            << u"+353871234567"_s << QString() << QLocale::Ireland << QLocale::English;
        QTest::newRow("nothing to go on")
            << QString() << u"james@example.com"_s << QLocale::AnyTerritory << QLocale::AnyLanguage;
    }

    void localeGuesses()
    {
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QLocale::Territory, territory);
        QFETCH(QLocale::Language, language);
        QList<IdentityRow> identities;
        if (!email.isEmpty())
            identities.append({1, 1, IdentityKind::Email, email, std::nullopt, std::nullopt, {}});
        if (!phone.isEmpty())
            identities.append({2, 1, IdentityKind::Phone, phone, std::nullopt, std::nullopt, {}});
        const CustomerLocale locale = guessCustomerLocale(identities);
        QCOMPARE(locale.territory, territory);
        QCOMPARE(locale.language, language);
        QCOMPARE(locale.isKnown(), territory != QLocale::AnyTerritory);
    }
};

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_models_customer.moc"
