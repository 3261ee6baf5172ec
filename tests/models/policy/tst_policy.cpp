// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Channel length rules (X's weighted count checked against twitter-text's v3 conformance cases,
// SMS segments), placeholder expansion and canned responses read from JSON.
#include "policy/CannedResponses.h"
#include "policy/ChannelLimits.h"
#include "policy/Placeholders.h"
#include "policy/SmsSegments.h"
#include "policy/XTextLength.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Policy;
using Domain::ChannelKind;

namespace {

QString rep(const QString &text, int times)
{
    return text.repeated(times);
}

// Chinese poems from twitter-text's conformance suite: 160 CJK characters.
const QString Poem = QStringLiteral(u"故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际"
                                    u"流。朱雀桥边野草花，乌衣巷口夕阳斜。"
                                    u"旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日"
                                    u"还。两岸猿声啼不住，轻舟已过万重山。"
                                    u"泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到"
                                    u"明。独在异乡为异客，每逢佳节倍思亲。"
                                    u"遥知兄弟登高处，遍插茱萸少一人。");
const QString Kana = QStringLiteral(u"あいうえおかきくけこ");
const QString Family
    = QStringLiteral(u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");

} // namespace

class PolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xWeightedLength_data();
    void xWeightedLength();
    void xUrls();
    void smsSegments_data();
    void smsSegments();
    void channelLimits();
    void placeholders();
    void cannedParse();
    void cannedErrors();
    void cannedById();
    void cannedShippedDefaults();
    void cannedLoadWithUserFile();
};

void PolicyTest::xWeightedLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    // WeightedTweetsWithDiscountedEmojiCounterTest of twitter-text's conformance/validate.yml.
    QTest::newRow("regular tweet with url") << QStringLiteral("Hi http://test.co") << 26;
    QTest::newRow("just url") << QStringLiteral("http://test.co") << 23;
    QTest::newRow("long tweet") << QStringLiteral("285 chars-")
            + rep(QStringLiteral("xxxxxxxxxx-"), 25)
                                << 285;
    QTest::newRow("url in the middle") << QStringLiteral("285 chars- http://www.twitter.com/jack ")
            + rep(QStringLiteral("xxxxxxxxxx-"), 24)
                                       << 299;
    QTest::newRow("url at the end")
        << rep(QStringLiteral("xxxxxxxxxx-"), 24) + QStringLiteral(" http://www.twitter.com/jack ")
        << 289;
    QTest::newRow("10 urls") << rep(QStringLiteral("https://www.twitter.com/aloha "), 10) << 240;
    QTest::newRow("160 CJK") << Poem << 320;
    QTest::newRow("160 emoji") << rep(QStringLiteral(u"\U0001F637"), 160) << 320;
    QTest::newRow("latin and CJK") << QStringLiteral("the") + Poem << 323;
    QTest::newRow("normalised character") << QStringLiteral("282 chars-")
            + rep(QStringLiteral("xxxxxxxxxx-"), 24) + QStringLiteral(u"xxxxxA\u0301x")
                                          << 281;
    QTest::newRow("NFC decomposes") << QStringLiteral(u"A\uFB2C") << 4;
    QTest::newRow("mixed with ZWJ family") << QStringLiteral(u"H\U0001F431\u263A") + Family << 7;
    QTest::newRow("emoji") << QStringLiteral(u"\U0001F637\U0001F47E\U0001F621\U0001F525\U0001F4A9")
                           << 10;
    QTest::newRow("skin tone and ZWJ")
        << QStringLiteral(u"\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4") << 4;
    QTest::newRow("general punctuation") << QStringLiteral(
        u"This is a tweet with general punctuation characters: "
        u"\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        u"\u200B \u2010 \u2011 \u2012 \u2013 \u2014 \u2015 \u2016  \u2017 \u2018 "
        u"\u2019 \u201A \u201B \u201C \u201D \u201E \u201F \u2032 \u2033 \u2034 "
        u"\u2035 \u2036 \u2037") << 110;
    QTest::newRow("64 character domain label")
        << rep(QStringLiteral("randomurl"), 7) + QStringLiteral("s.com") << 68;
    QTest::newRow("IDN label too long")
        << rep(Kana, 12) + QStringLiteral(" http://") + rep(Kana, 5) + QStringLiteral(u"あいう.com")
        << 358;
    QTest::newRow("IDN label short enough")
        << rep(Kana, 12) + QStringLiteral(" http://") + rep(Kana, 5) + QStringLiteral(u"あい.com")
        << 264;
    QTest::newRow("140 family emoji") << rep(Family, 140) << 280;
    QTest::newRow("unicode 10 emoji")
        << QStringLiteral(u"Unicode 10.0 emoji: \U0001F92A; \U0001F9D5; \U0001F9D5\U0001F3FE; "
                          u"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F")
        << 34;
    QTest::newRow("unicode 9 emoji")
        << QStringLiteral(u"Unicode 9.0 emoji: \U0001F920; \U0001F483; \U0001F483\U0001F3FE") << 29;
    // UnicodeDirectionalMarkerCounterTest.
    QTest::newRow("invalid characters") << QStringLiteral(u"ABC\u202A\uFFFFABC\uFFFE") << 12;
    QTest::newRow("directional marks around url") << QStringLiteral(
        u"\u2066\u202Ahttp://foobar.\u067E\u0627\u06A9\u0633\u062A\u0627\u0646/"
        u"\u202C\u2069") << 31;
    // lengths of the older suite that still hold under v3.
    QTest::newRow("plain") << QStringLiteral("This is a test.") << 15;
    QTest::newRow("url without scheme") << QStringLiteral("test.com") << 23;
    QTest::newRow("several urls") << QStringLiteral(
        "Test https://test.com test https://test.com test.com test")
                                  << 86;
    // Our own: flags, keycaps, a bare ccTLD domain, trailing punctuation.
    QTest::newRow("flag") << QStringLiteral(u"\U0001F1E9\U0001F1EA") << 2;
    QTest::newRow("keycap") << QStringLiteral(u"1\uFE0F\u20E3") << 2;
    QTest::newRow("bare ccTLD domain is not a url") << QStringLiteral("example.de") << 10;
    QTest::newRow("ccTLD domain with path") << QStringLiteral("example.de/x") << 23;
    QTest::newRow("sentence full stop") << QStringLiteral("See https://example.com/status.") << 28;
    QTest::newRow("empty") << QString() << 0;
}

void PolicyTest::xWeightedLength()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(XTextLength::weightedLength(text), expected);
}

void PolicyTest::xUrls()
{
    using R = XTextLength::UrlRange;
    QCOMPARE(XTextLength::urls(QStringLiteral("Try https://example.com/a?b=1, then call.")),
        QList<R>({{4, 25}}));
    QCOMPARE(XTextLength::urls(QStringLiteral("(see https://en.wikipedia.org/wiki/Foo_(bar))")),
        QList<R>({{5, 39}}));
    QVERIFY(XTextLength::urls(QStringLiteral("mail me at ana@example.com")).isEmpty());
    QVERIFY(XTextLength::urls(QStringLiteral("ftp://www.example.com/")).isEmpty());
    QVERIFY(XTextLength::urls(QStringLiteral("http://www.-domain4352.com/")).isEmpty());
    QVERIFY(
        XTextLength::urls(QStringLiteral("http://domain-dash_2314352345_dfasd.foo-cow_4352.com"))
            .isEmpty());
    QCOMPARE(XTextLength::urls(QStringLiteral("http://test_underscore.twitter.com")).size(), 1);
    QCOMPARE(XTextLength::urls(QStringLiteral("http://192.168.0.1/index.html?src=asdf")).size(), 1);
    QVERIFY(XTextLength::urls(QStringLiteral("http://256.1.2.3/")).isEmpty());
    QCOMPARE(XTextLength::urls(QStringLiteral("foo.co.jp t.co")).size(), 2);
}

void PolicyTest::smsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");
    QTest::addColumn<bool>("unicode");

    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("hello") << QStringLiteral("Hello") << 1 << false;
    QTest::newRow("160 GSM") << QString(160, QLatin1Char('a')) << 1 << false;
    QTest::newRow("161 GSM") << QString(161, QLatin1Char('a')) << 2 << false;
    QTest::newRow("306 GSM") << QString(306, QLatin1Char('a')) << 2 << false;
    QTest::newRow("307 GSM") << QString(307, QLatin1Char('a')) << 3 << false;
    QTest::newRow("GSM accents") << QStringLiteral(u"Grüße à Ñoño, ¿qué?") << 1 << false;
    QTest::newRow("80 euro signs") << QString(80, QChar(0x20AC)) << 1 << false;
    QTest::newRow("81 euro signs") << QString(81, QChar(0x20AC)) << 2 << false;
    QTest::newRow("70 UCS-2") << QString(70, QChar(0x0142)) << 1 << true;
    QTest::newRow("71 UCS-2") << QString(71, QChar(0x0142)) << 2 << true;
    QTest::newRow("134 UCS-2") << QString(134, QChar(0x0142)) << 2 << true;
    QTest::newRow("135 UCS-2") << QString(135, QChar(0x0142)) << 3 << true;
    QTest::newRow("one emoji makes it UCS-2")
        << QString(100, QLatin1Char('a')) + QStringLiteral(u"\U0001F600") << 2 << true;
}

void PolicyTest::smsSegments()
{
    QFETCH(QString, text);
    QFETCH(int, segments);
    QFETCH(bool, unicode);
    const SmsSegments counted = SmsSegments::count(text);
    QCOMPARE(counted.segments, segments);
    QCOMPARE(counted.unicode, unicode);
}

void PolicyTest::channelLimits()
{
    const LengthCheck cjk = checkLength(ChannelKind::XPost, Poem.left(140));
    QCOMPARE(cjk.used, 280);
    QCOMPARE(cjk.limit, 280);
    QVERIFY(!cjk.over);
    QVERIFY(checkLength(ChannelKind::XPost, Poem.left(141)).over);
    QCOMPARE(checkLength(ChannelKind::XPost, Poem.left(141)).smsSegments, 0);

    // The others count code points, so an emoji is one character.
    QCOMPARE(checkLength(ChannelKind::WhatsApp, QStringLiteral(u"Hi \U0001F600")).used, 4);
    QVERIFY(!checkLength(ChannelKind::WhatsApp, QString(4096, QLatin1Char('a'))).over);
    QVERIFY(checkLength(ChannelKind::WhatsApp, QString(4097, QLatin1Char('a'))).over);
    QCOMPARE(ChannelLimits::maximum(ChannelKind::XDm), 10000);
    QCOMPARE(ChannelLimits::maximum(ChannelKind::Messenger), 2000);
    QCOMPARE(ChannelLimits::maximum(ChannelKind::InstagramDm), 1000);
    QCOMPARE(ChannelLimits::maximum(ChannelKind::FacebookComment), 8000);
    QCOMPARE(ChannelLimits::maximum(ChannelKind::InstagramComment), 2200);

    const LengthCheck sms = checkLength(ChannelKind::Sms, QString(161, QLatin1Char('a')));
    QCOMPARE(sms.limit, 1600);
    QCOMPARE(sms.smsSegments, 2);
    QVERIFY(!sms.smsUnicode);
    QVERIFY(checkLength(ChannelKind::Sms, QString(1601, QLatin1Char('a'))).over);

    const LengthCheck email = checkLength(ChannelKind::Email, QString(100000, QLatin1Char('a')));
    QCOMPARE(email.limit, 0);
    QVERIFY(!email.over);

    QVERIFY(!ChannelLimits::acceptsText(ChannelKind::Voice));
    QVERIFY(checkLength(ChannelKind::Voice, QStringLiteral("x")).over);
    QVERIFY(!checkLength(ChannelKind::Voice, QString()).over);
    for (const ChannelKind channel : Domain::allChannelKinds()) {
        if (channel != ChannelKind::Voice)
            QVERIFY(ChannelLimits::acceptsText(channel));
    }
}

void PolicyTest::placeholders()
{
    Domain::Customer customer;
    customer.name = QStringLiteral("Ana María López");
    Domain::User agent;
    agent.name = QStringLiteral("Sam Okafor");

    auto expansion = Placeholders::expand(
        QStringLiteral("Hi {customer.first_name}, this is {agent.first_name} ({agent.name}) for "
                       "{customer.name}. Order {order.id}; {not a placeholder}"),
        customer, agent);
    QCOMPARE(expansion.text,
        QStringLiteral("Hi Ana, this is Sam (Sam Okafor) for Ana María López. Order {order.id}; "
                       "{not a placeholder}"));
    QCOMPARE(expansion.unknown, QStringList{QStringLiteral("{order.id}")});
    QVERIFY(expansion.unresolved.isEmpty());

    expansion = Placeholders::expand(
        QStringLiteral("Hi {customer.first_name}, {customer.first_name}!"), {}, agent);
    QCOMPARE(expansion.text, QStringLiteral("Hi {customer.first_name}, {customer.first_name}!"));
    QCOMPARE(expansion.unresolved, QStringList{QStringLiteral("{customer.first_name}")});
    QCOMPARE(Placeholders::known().size(), 4);
}

void PolicyTest::cannedParse()
{
    const QByteArray json = R"({"responses": [
        {"title": "Greeting", "body": "Hello {customer.first_name}"},
        {"title": "Short", "body": "On it!", "channels": ["sms", "x_post"]}
    ]})";
    QString error;
    CannedResponses responses;
    responses.append(CannedResponses::parse(json, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(responses.all().size(), 2);
    QCOMPARE(
        responses.all().at(1).channels, QList<ChannelKind>({ChannelKind::Sms, ChannelKind::XPost}));
    QCOMPARE(responses.matching(ChannelKind::Email).size(), 1);
    QCOMPARE(responses.matching(ChannelKind::Sms).size(), 2);
    QCOMPARE(responses.matching(ChannelKind::Sms, QStringLiteral("on it")).size(), 1);
    QCOMPARE(responses.matching(ChannelKind::Sms, QStringLiteral("GREET")).size(), 1);
}

void PolicyTest::cannedErrors()
{
    QString error;
    QVERIFY(CannedResponses::parse("{", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(CannedResponses::parse(R"({"responses": [{"title": "x"}]})", &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("body")));
    QVERIFY(CannedResponses::parse(
        R"({"responses": [{"title": "x", "body": "y", "channels": ["fax"]}]})", &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("fax")));
    QVERIFY(
        CannedResponses::readFile(QStringLiteral("/nonexistent/canned.json"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void PolicyTest::cannedById()
{
    CannedResponses responses;
    responses.append(CannedResponses::parse(R"({"responses": [
        {"id": "move_to_private", "title": "Moved", "body": "We wrote to you privately."},
        {"title": "Greeting", "body": "Hello"}
    ]})"));
    QCOMPARE(responses.all().first().id, QStringLiteral("move_to_private"));
    QCOMPARE(responses.byId(CannedResponses::MoveToPrivate)->body,
        QStringLiteral("We wrote to you privately."));
    QVERIFY(!responses.byId(QStringLiteral("greeting")));
    // A later file (the team's own) wins over the shipped one.
    responses.append(CannedResponses::parse(R"({"responses": [
        {"id": "move_to_private", "title": "Moved", "body": "Check your messages, {customer.first_name}."}
    ]})"));
    QCOMPARE(responses.byId(CannedResponses::MoveToPrivate)->body,
        QStringLiteral("Check your messages, {customer.first_name}."));
}

void PolicyTest::cannedShippedDefaults()
{
    QString error;
    const auto responses
        = CannedResponses::readFile(QStringLiteral(SWITCHBOARD_CANNED_DEFAULTS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(responses.size() >= 5);
    Domain::Customer customer;
    customer.name = QStringLiteral("Ana López");
    Domain::User agent;
    agent.name = QStringLiteral("Sam Okafor");
    for (const CannedResponse &response : responses) {
        // Every shipped response expands fully and fits every channel it claims to suit.
        const auto expansion = Placeholders::expand(response.body, customer, agent);
        QVERIFY2(expansion.unknown.isEmpty() && expansion.unresolved.isEmpty(),
            qPrintable(response.title));
        for (const ChannelKind channel : Domain::allChannelKinds()) {
            if (response.suits(channel) && ChannelLimits::acceptsText(channel))
                QVERIFY2(!checkLength(channel, expansion.text).over, qPrintable(response.title));
        }
    }
}

void PolicyTest::cannedLoadWithUserFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString userPath = dir.filePath(QStringLiteral("mine.json"));
    QStringList errors;
    CannedResponses responses
        = CannedResponses::load(QStringLiteral(SWITCHBOARD_CANNED_DEFAULTS), userPath, &errors);
    QVERIFY(errors.isEmpty());
    const auto shipped = responses.all().size();

    QFile file(userPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"responses": [{"title": "Mine", "body": "My own words"}]})");
    file.close();
    responses
        = CannedResponses::load(QStringLiteral(SWITCHBOARD_CANNED_DEFAULTS), userPath, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(responses.all().size(), shipped + 1);
    QCOMPARE(responses.all().last().title, QStringLiteral("Mine"));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not json");
    file.close();
    responses
        = CannedResponses::load(QStringLiteral(SWITCHBOARD_CANNED_DEFAULTS), userPath, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(responses.all().size(), shipped);
}

QTEST_GUILESS_MAIN(PolicyTest)
#include "tst_policy.moc"
