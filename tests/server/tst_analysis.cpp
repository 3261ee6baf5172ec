// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of incoming work: language, sentiment, topic rules, reach and the priority they
// give, alone and on a hub taking messages in, and the admin's topic rules over the API.
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "routing/Analyzer.h"
#include "service/InboundService.h"
#include "storage/AuditRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;
using Hub::Analyzer;
using Hub::TopicRules;

namespace {

TopicRules rules()
{
    QString error;
    const auto parsed = TopicRules::fromJson(
        QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("billing")},
                       {QStringLiteral("keywords"),
                           QJsonArray{QStringLiteral("invoice"), QStringLiteral("Rechnung"),
                               QStringLiteral("charged"), QStringLiteral("direct debit")}}},
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("technical_support")},
                {QStringLiteral("keywords"),
                    QJsonArray{QStringLiteral("outage"), QStringLiteral("Störung"),
                        QStringLiteral("router"), QStringLiteral("internet")}}}},
        &error);
    return parsed.value_or(TopicRules());
}

Hub::AnalysisResult analyze(const QString &text, ChannelKind channel = ChannelKind::Email,
    const QJsonObject &metadata = {}, const QString &customerLanguage = {})
{
    static const Analyzer analyzer;
    Hub::AnalysisInput input;
    input.text = text;
    input.channel = channel;
    input.channelMetadata = metadata;
    input.customerLanguage = customerLanguage;
    return analyzer.analyze(input, rules());
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("Why is my bill so high this month? I have not "
                                              "changed anything.")
                            << QString() << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("Mein Internet ist seit gestern wieder weg, "
                                              "warum passiert das ständig?")
                            << QString() << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("Pourquoi je paie encore pour une option que "
                                              "j'ai résiliée depuis des mois ?")
                            << QString() << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("Otra vez sin internet en casa, ya es la tercera "
                                              "vez esta semana y nadie me llama")
                            << QString() << QStringLiteral("es");
        // Too little to tell: the customer's own language.
        QTest::newRow("short") << QStringLiteral("Merci !") << QStringLiteral("fr-CA")
                               << QStringLiteral("fr");
        QTest::newRow("nothing to go on") << QStringLiteral("👍") << QString() << QString();
    }
    void readsTheLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, fallback);
        QFETCH(QString, language);
        QCOMPARE(analyze(text, ChannelKind::Email, {}, fallback).analysis.language, language);
    }

    void readsTheSentiment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentiment");
        QTest::newRow("en negative") << QStringLiteral("This is the worst service, absolutely "
                                                       "useless. Third outage this week!")
                                     << QStringLiteral("negative");
        QTest::newRow("en positive") << QStringLiteral("Thanks so much, that fixed it, great help!")
                                     << QStringLiteral("positive");
        QTest::newRow("en neutral") << QStringLiteral("Can you tell me when my contract ends?")
                                    << QStringLiteral("neutral");
        QTest::newRow("en negated") << QStringLiteral("The new router is not good at all")
                                    << QStringLiteral("negative");
        QTest::newRow("de negative") << QStringLiteral("Das ist eine Frechheit, schon wieder eine "
                                                       "Störung, ich bin echt sauer")
                                     << QStringLiteral("negative");
        QTest::newRow("de positive") << QStringLiteral("Vielen Dank, jetzt funktioniert alles "
                                                       "super!")
                                     << QStringLiteral("positive");
        QTest::newRow("de negated") << QStringLiteral("Das war gar nicht schlecht, danke")
                                    << QStringLiteral("positive");
        QTest::newRow("fr negative") << QStringLiteral("C'est inadmissible, je suis très déçu de "
                                                       "votre service")
                                     << QStringLiteral("negative");
        QTest::newRow("fr positive") << QStringLiteral("Merci beaucoup, le conseiller était très "
                                                       "aimable et efficace")
                                     << QStringLiteral("positive");
        QTest::newRow("es negative") << QStringLiteral("Es una vergüenza, otra avería y nadie me "
                                                       "ayuda, estoy harto")
                                     << QStringLiteral("negative");
        QTest::newRow("es positive") << QStringLiteral("Muchas gracias, ya funciona perfecto")
                                     << QStringLiteral("positive");
        QTest::newRow("emoji") << QStringLiteral("my internet 😡😡") << QStringLiteral("negative");
    }
    void readsTheSentiment()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentiment);
        const Analysis a = analyze(text).analysis;
        QCOMPARE(toWire(a.sentiment), sentiment);
        QVERIFY((a.sentimentScore < 0) == (sentiment == QLatin1String("negative")));
    }

    void findsTheTopicByTheAdminsRules()
    {
        // Accents and case do not matter; whole words only; the rule with most matches wins.
        Analysis a = analyze(QStringLiteral("STÖRUNG beim Router, Internet weg")).analysis;
        QCOMPARE(a.topic, QStringLiteral("technical_support"));
        QCOMPARE(a.topicKeywords,
            (QStringList{QStringLiteral("Störung"), QStringLiteral("router"),
                QStringLiteral("internet")}));
        a = analyze(QStringLiteral("Why was I charged twice by direct debit?")).analysis;
        QCOMPARE(a.topic, QStringLiteral("billing"));
        QCOMPARE(a.topicKeywords.size(), 2);
        // "invoices" is not the word "invoice", and nothing else matches.
        QCOMPARE(analyze(QStringLiteral("Where are my invoices?")).analysis.topic, QString());
        QCOMPARE(analyze(QStringLiteral("Hello")).analysis.topic, QString());
    }

    void topicRulesMatchWordsAndPhrasesAsTheAdminWroteThem()
    {
        const TopicRules rules({
            {QStringLiteral("first"), {QStringLiteral("Wi-Fi"), QStringLiteral("box")}},
            {QStringLiteral("second"),
                {QStringLiteral("cancel my"), QStringLiteral("box"), QStringLiteral("ÉCHEC")}},
        });
        const auto match
            = [&](const QString &text) { return rules.match(TopicRules::foldText(text)); };
        // A keyword of several words is found as a phrase ("Wi-Fi" folds to two words), not
        // from its words scattered through the text.
        auto m = match(QStringLiteral("The wi fi box"));
        QCOMPARE(m.topic, QStringLiteral("first"));
        QCOMPARE(m.keywords, (QStringList{QStringLiteral("Wi-Fi"), QStringLiteral("box")}));
        m = match(QStringLiteral("fi wi, box"));
        QCOMPARE(m.keywords, QStringList{QStringLiteral("box")});
        // A word shared by rules counts for each; on a tie the earlier rule wins; keywords come
        // back in the rule's order, whatever the text's.
        QCOMPARE(match(QStringLiteral("box")).topic, QStringLiteral("first"));
        m = match(QStringLiteral("échec! box, please cancel my box"));
        QCOMPARE(m.topic, QStringLiteral("second"));
        QCOMPARE(m.keywords,
            (QStringList{
                QStringLiteral("cancel my"), QStringLiteral("box"), QStringLiteral("ÉCHEC")}));
        // A keyword listed twice counts twice, as written.
        const TopicRules twice(
            {{QStringLiteral("third"), {QStringLiteral("box"), QStringLiteral("box")}},
                {QStringLiteral("other"), {QStringLiteral("box"), QStringLiteral("lid")}}});
        QCOMPARE(twice.match(TopicRules::foldText(QStringLiteral("box"))).keywords.size(), 2);
        // Words only match whole: "boxes" and "cancelled my" are not keywords.
        QCOMPARE(match(QStringLiteral("boxes cancelled my")).topic, QString());
        QCOMPARE(TopicRules().match(TopicRules::foldText(QStringLiteral("box"))).topic, QString());
        // The words may be given with the text (as the analysis has them).
        const QString folded = TopicRules::foldText(QStringLiteral("the wi fi box"));
        m = rules.match(folded, folded.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QCOMPARE(m.topic, QStringLiteral("first"));
        QCOMPARE(m.keywords, (QStringList{QStringLiteral("Wi-Fi"), QStringLiteral("box")}));
    }

    void aMessageWithoutATopicKeepsTheConversations()
    {
        static const Analyzer analyzer;
        Hub::AnalysisInput input;
        input.text = QStringLiteral("Thanks, that works now");
        input.channel = ChannelKind::WhatsApp;
        QCOMPARE(analyzer.analyze(input, rules()).analysis.topic, QString());
        // The conversation's subject names it...
        input.context = QStringLiteral("Router keeps dropping");
        Analysis a = analyzer.analyze(input, rules()).analysis;
        QCOMPARE(a.topic, QStringLiteral("technical_support"));
        QCOMPARE(a.topicKeywords, QStringList{QStringLiteral("router")});
        // ... or an earlier analysis found it; the message's own topic wins over both.
        input.context.clear();
        input.previousTopic = QStringLiteral("billing");
        QCOMPARE(analyzer.analyze(input, rules()).analysis.topic, QStringLiteral("billing"));
        input.text = QStringLiteral("And the internet is down again");
        QCOMPARE(analyzer.analyze(input, rules()).analysis.topic,
            QStringLiteral("technical_support"));
    }

    void priorityFollowsVisibilitySentimentAndReach()
    {
        const QString angry = QStringLiteral("Third outage this week, not happy with this");
        const auto bigPublic = analyze(angry, ChannelKind::XPost,
            {{QStringLiteral("followers_count"), 250000}});
        QCOMPARE(bigPublic.priority, Priority::Urgent);
        QCOMPARE(bigPublic.analysis.reach, std::optional<qint64>(250000));
        QVERIFY(bigPublic.analysis.reasons.contains(QStringLiteral("public")));
        QVERIFY(bigPublic.analysis.reasons.contains(QStringLiteral("reach_100k")));

        const auto smallPublic = analyze(angry, ChannelKind::FacebookComment);
        QCOMPARE(smallPublic.priority, Priority::High);
        QVERIFY(!smallPublic.analysis.reach);

        const auto neutralPrivate
            = analyze(QStringLiteral("When does my contract end?"), ChannelKind::WhatsApp);
        QCOMPARE(neutralPrivate.priority, Priority::Normal);
        QVERIFY(neutralPrivate.analysis.reasons.isEmpty());
        QVERIFY(int(bigPublic.priority) > int(smallPublic.priority));
        QVERIFY(int(smallPublic.priority) > int(neutralPrivate.priority));

        // Thanks in private can wait; reach in private does not count.
        QCOMPARE(analyze(QStringLiteral("Thanks, all sorted now!"), ChannelKind::XDm,
                     {{QStringLiteral("followers_count"), 900000}})
                     .priority,
            Priority::Low);
    }

    void topicRulesAreChecked_data()
    {
        QTest::addColumn<QJsonValue>("rules");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an array") << QJsonValue(QStringLiteral("billing")) << "array";
        QTest::newRow("bad topic") << QJsonValue(QJsonArray{QJsonObject{
            {QStringLiteral("topic"), QStringLiteral("Billing!")},
            {QStringLiteral("keywords"), QJsonArray{QStringLiteral("bill")}}}})
                                   << "rules[0].topic";
        QTest::newRow("twice") << QJsonValue(QJsonArray{
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("a")},
                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("x")}}},
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("a")},
                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("y")}}}})
                               << "appears twice";
        QTest::newRow("no keywords") << QJsonValue(QJsonArray{
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("a")},
                {QStringLiteral("keywords"), QJsonArray{}}}})
                                     << "rules[0].keywords";
        QTest::newRow("punctuation only") << QJsonValue(QJsonArray{
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("a")},
                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("?!")}}}})
                                          << "rules[0].keywords";
        QTest::newRow("unknown field") << QJsonValue(QJsonArray{
            QJsonObject{{QStringLiteral("topic"), QStringLiteral("a")},
                {QStringLiteral("keywords"), QJsonArray{QStringLiteral("x")}},
                {QStringLiteral("queue"), QStringLiteral("b")}}})
                                       << "unknown field queue";
    }
    void topicRulesAreChecked()
    {
        QFETCH(QJsonValue, rules);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!TopicRules::fromJson(rules, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aHubAnalysesWhatComesInAndAdminsSetTheRules()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const QString supervisor = api.login(QStringLiteral("supervisor"), TestHub::password());
        const QString agent = api.login(QStringLiteral("agent1"), TestHub::password());
        const QJsonObject body{{QStringLiteral("rules"), rules().toJson()},
            {QStringLiteral("client_id"), newClientId()}};
        // Supervisors read the rules; only admins change them.
        QCOMPARE(api.get(QStringLiteral("/api/v1/topic-rules"), agent).status, 403);
        QCOMPARE(api.request("PUT", QStringLiteral("/api/v1/topic-rules"), body, supervisor).status,
            403);
        QJsonObject bad = body;
        bad.insert(QStringLiteral("rules"), QStringLiteral("billing"));
        bad.insert(QStringLiteral("client_id"), newClientId());
        const ApiReply refused
            = api.request("PUT", QStringLiteral("/api/v1/topic-rules"), bad, admin);
        QCOMPARE(refused.status, 400);
        QVERIFY(api.get(QStringLiteral("/api/v1/topic-rules"), supervisor)
                    .json.value(QLatin1String("rules"))
                    .toArray()
                    .isEmpty());
        const ApiReply stored
            = api.request("PUT", QStringLiteral("/api/v1/topic-rules"), body, admin);
        QCOMPARE(stored.status, 200);
        const ApiReply read = api.get(QStringLiteral("/api/v1/topic-rules"), supervisor);
        QCOMPARE(read.json.value(QLatin1String("rules")).toArray(), rules().toJson());
        QVERIFY(!read.json.value(QLatin1String("updated_at")).toString().isEmpty());
        const auto audit = hub.hub().storage().audit().list(0, 10);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QString(AuditAction::TopicRulesUpdated));

        // A public, angry post from a large account: analysed as it is stored.
        Hub::InboundMessage post;
        post.channel = ChannelKind::XPost;
        post.sender = Identity{0, IdentityKind::X, QStringLiteral("2244994945")};
        post.senderName = QStringLiteral("Dana Example");
        post.threadId = QStringLiteral("1296887316556980230");
        post.providerMessageId = QStringLiteral("1296887316556980230");
        post.body = QStringLiteral("@northwindtel third internet outage this week. Useless, "
                                   "absolutely the worst.");
        post.channelMetadata.insert(QStringLiteral("followers_count"), 48200);
        const Hub::InboundResult taken = hub.hub().inbound().receive(post);
        // Public (+2), very negative (+3), 48,200 followers (+2): urgent.
        QCOMPARE(taken.conversation.priority, Priority::Urgent);
        QVERIFY(taken.conversation.analysis->reasons.contains(QStringLiteral("very_negative")));
        QVERIFY(taken.conversation.analysis);
        QCOMPARE(taken.conversation.analysis->sentiment, Sentiment::Negative);
        QCOMPARE(taken.conversation.analysis->topic, QStringLiteral("technical_support"));
        QCOMPARE(taken.conversation.analysis->messageId, taken.message.id);
        QVERIFY(taken.conversation.analysis->reasons.contains(QStringLiteral("reach_10k")));
        // Stored with the conversation, and in what the desktop reads.
        const ApiReply seen = api.get(
            QStringLiteral("/api/v1/conversations/%1").arg(taken.conversation.id), agent);
        QCOMPARE(seen.status, 200);
        const QJsonObject analysis = seen.json.value(QLatin1String("analysis")).toObject();
        QCOMPARE(analysis.value(QLatin1String("sentiment")).toString(), QStringLiteral("negative"));
        QCOMPARE(analysis.value(QLatin1String("reach")).toInteger(), 48200);
        QCOMPARE(seen.json.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
        const auto parsed = Conversation::fromJson(seen.json);
        QVERIFY(parsed && parsed->analysis == taken.conversation.analysis);

        // The customer writes again, calmer: the waiting conversation is read anew.
        post.providerMessageId = QStringLiteral("1296887316556980231");
        post.body = QStringLiteral("@northwindtel thanks, it works again, great");
        const Hub::InboundResult calmer = hub.hub().inbound().receive(post);
        QCOMPARE(calmer.conversation.id, taken.conversation.id);
        QCOMPARE(calmer.conversation.analysis->sentiment, Sentiment::Positive);
        QVERIFY(calmer.conversation.analysis->reasons.contains(QStringLiteral("positive")));
        // Still public with a large reach (+2 +2 -1): high, no longer urgent.
        QCOMPARE(calmer.conversation.priority, Priority::High);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
