// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    qint64 count(const QString &sql)
    {
        return m_hub->hub().storage().database().scalar(sql).toLongLong();
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery &q = m_hub->hub().storage().database().exec(sql);
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    std::unique_ptr<TestHub> m_hub;

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.demo = true;
        options.users = false;
        m_hub = std::make_unique<TestHub>(options);
    }

    void seedsTheTeam()
    {
        ApiClient api(m_hub->url());
        const QMap<QString, QString> roles{{QStringLiteral("admin"), QStringLiteral("admin")},
            {QStringLiteral("supervisor"), QStringLiteral("supervisor")},
            {QStringLiteral("agent1"), QStringLiteral("agent")},
            {QStringLiteral("agent2"), QStringLiteral("agent")},
            {QStringLiteral("agent3"), QStringLiteral("agent")},
            {QStringLiteral("agent4"), QStringLiteral("agent")},
            {QStringLiteral("agent5"), QStringLiteral("agent")}};
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            const ApiReply r = api.post(QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("username"), it.key()},
                    {QStringLiteral("password"), Hub::DemoSeeder::demoPassword()}});
            QCOMPARE(r.status, 200);
            const QJsonObject user = r.json.value(QLatin1String("user")).toObject();
            QCOMPARE(user.value(QLatin1String("role")).toString(), it.value());
            if (it.value() == QLatin1String("agent")) {
                QVERIFY(!user.value(QLatin1String("skills")).toArray().isEmpty());
                QVERIFY(!user.value(QLatin1String("languages")).toArray().isEmpty());
                QVERIFY(user.value(QLatin1String("capacity"))
                            .toObject()
                            .value(QLatin1String("email"))
                            .toInt()
                    > 0);
            }
        }
    }

    void seedsARealisticContactCentre()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")),
            Hub::DemoSeeder::CustomerCount);
        // Every channel kind, public and private, has conversations.
        const QStringList channels
            = column(QStringLiteral("SELECT DISTINCT channel FROM conversations"));
        for (const QString &channel : Domain::allWireNames<Domain::ChannelKind>())
            QVERIFY2(channels.contains(channel), qPrintable(channel));
        const QStringList languages
            = column(QStringLiteral("SELECT DISTINCT language FROM customers"));
        for (const char *language : {"en", "de", "fr", "es"})
            QVERIFY2(languages.contains(QLatin1String(language)), language);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE duration_seconds > 0 AND "
                                     "disposition <> '' AND wrap_up_notes <> ''"))
            > 10);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM messages WHERE channel = 'email' AND kind = 'inbound'"))
            > 10);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE kind = 'note'")) > 10);
        QVERIFY(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM conversations WHERE status = 'open' AND assignee_id IS NULL"))
            > 5);
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN users u ON u.id = "
                                 "c.assignee_id WHERE u.username = 'agent1' AND c.status = 'open'"))
            > 3);
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'resolved'"))
            > 50);
        // Histories span channels: many customers have more than one conversation.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM conversations "
                                     "GROUP BY customer_id HAVING COUNT(DISTINCT channel) > 1)"))
            > 50);
        // No placeholder survives into what agents read.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body LIKE "
                                      "'%{first_name}%' OR body LIKE '%{agent_name}%'")),
            0);
        // Demo replies are history, not work for the channel connectors.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deliveries")), 0);
        // Every record came with its event.
        QVERIFY(m_hub->hub().storage().events().head()
            > count(QStringLiteral("SELECT COUNT(*) FROM messages")));
    }

    void seedsTheBrandsReplyPolicy()
    {
        ApiClient api(m_hub->url());
        const QString agent = api.login(QStringLiteral("agent1"), Hub::DemoSeeder::demoPassword());
        const ApiReply policy = api.get(QStringLiteral("/api/v1/policy"), agent);
        QCOMPARE(policy.status, 200);
        QCOMPARE(policy.json.value(QLatin1String("rules")).toArray().size(), 2);
        QVERIFY(!policy.json.value(QLatin1String("updated_at")).isNull());
        // The brand's own address is fine in public, a refund promise is not.
        const auto check = [&](const QString &text) {
            return api
                .post(QStringLiteral("/api/v1/replies/check"),
                    {{QStringLiteral("channel"), QStringLiteral("x_post")},
                        {QStringLiteral("text"), text}},
                    agent)
                .json.value(QLatin1String("verdict"))
                .toString();
        };
        QCOMPARE(
            check(QStringLiteral("Write to support@northwind.example or call +44 20 7946 0000")),
            QStringLiteral("allow"));
        QCOMPARE(
            check(QStringLiteral("You will get a full refund, promise!")), QStringLiteral("block"));
        QCOMPARE(check(QStringLiteral("Have you tried Contoso Mobile?")), QStringLiteral("warn"));
        // Set by the admin, like any change, so it is in the audit log.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'reply_policy.updated'")),
            1);
    }

    void seedsTopicRulesAndReadsTheWaitingCustomers()
    {
        ApiClient api(m_hub->url());
        const QString supervisor
            = api.login(QStringLiteral("supervisor"), Hub::DemoSeeder::demoPassword());
        const ApiReply rules = api.get(QStringLiteral("/api/v1/topic-rules"), supervisor);
        QCOMPARE(rules.status, 200);
        QStringList topics;
        for (const QJsonValue &rule : rules.json.value(QLatin1String("rules")).toArray())
            topics << rule[QLatin1String("topic")].toString();
        QCOMPARE(topics,
            (QStringList{QStringLiteral("collections"), QStringLiteral("billing"),
                QStringLiteral("technical_support"), QStringLiteral("delivery"),
                QStringLiteral("sales"), QStringLiteral("account")}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'topic_rules.updated'")),
            1);
        // Every open conversation has been read: its analysis, and a priority from it.
        const qint64 open = count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE "
                                                 "status = 'open' AND last_message_id > 0"));
        QVERIFY(open > 20);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'open' "
                                      "AND last_message_id > 0 AND analysis <> ''")),
            open);
        // The demo's threads are real complaints and questions: most find a topic, and the
        // angry ones are not all neutral.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE analysis LIKE "
                                     "'%\"topic\":\"\"%'"))
            < open / 2);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE analysis LIKE "
                                     "'%\"sentiment\":\"negative\"%'"))
            > 0);
    }

    void seedsQueuesAndPutsTheWaitingWorkInThem()
    {
        ApiClient api(m_hub->url());
        const QString supervisor
            = api.login(QStringLiteral("supervisor"), Hub::DemoSeeder::demoPassword());
        const ApiReply queues = api.get(QStringLiteral("/api/v1/queues"), supervisor);
        QCOMPARE(queues.status, 200);
        QStringList names;
        for (const QJsonValue &q : queues.items()) {
            names << q[QLatin1String("name")].toString();
            QVERIFY(!q[QLatin1String("sla_seconds")].toObject().isEmpty());
        }
        QCOMPARE(names,
            (QStringList{QStringLiteral("Collections"), QStringLiteral("Billing"),
                QStringLiteral("Sales"), QStringLiteral("Technical support"),
                QStringLiteral("Social media"), QStringLiteral("General")}));
        // The general queue takes anything, so every analysed conversation is in some queue,
        // and the topic queues hold some of them.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE analysis <> '' "
                                      "AND queue_id IS NULL")),
            0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT queue_id) FROM conversations")) >= 3);
    }

    void tagsConversationsForTheInsights()
    {
        ApiClient api(m_hub->url());
        const QString supervisor
            = api.login(QStringLiteral("supervisor"), Hub::DemoSeeder::demoPassword());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto wire = [](const QDateTime &t) {
            return QString::fromLatin1(QUrl::toPercentEncoding(t.toString(Qt::ISODateWithMs)));
        };
        const ApiReply r = api.get(QStringLiteral("/api/v1/insights?from=%1&to=%2")
                                       .arg(wire(now.addDays(-90)), wire(now.addSecs(1))),
            supervisor);
        QCOMPARE(r.status, 200);
        // Several insight tags, on several channels, each tagged by the agent who worked it.
        const QJsonObject totals = r.json.value(QLatin1String("totals")).toObject();
        int tagsUsed = 0;
        for (const QJsonValue &n : totals)
            tagsUsed += n.toInt() > 0;
        QVERIFY(tagsUsed >= 4);
        QSet<QString> channels;
        for (const QJsonValue &row : r.json.value(QLatin1String("counts")).toArray())
            channels.insert(row[QLatin1String("channel")].toString());
        QVERIFY(channels.size() >= 5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversation_tags WHERE user_id IS "
                                      "NULL")),
            0);
        // The tags recorded are the conversations' own.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversation_tags")),
            count(QStringLiteral("SELECT COUNT(*) FROM conversations c, json_each(c.tags)")));
    }

    void seedsOnlyOnce()
    {
        const qint64 customers = count(QStringLiteral("SELECT COUNT(*) FROM customers"));
        const qint64 head = m_hub->hub().storage().events().head();
        m_hub->restart();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
        QCOMPARE(m_hub->hub().storage().events().head(), head);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
