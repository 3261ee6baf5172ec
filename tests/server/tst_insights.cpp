// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation tags and the insights they feed: who may tag, what is checked, counts per tag,
// queue and channel over a period, the CSV export (quoting, formulas defused), bad periods,
// and that agents are refused every supervisor endpoint.
#include "ApiClient.h"
#include "TestHub.h"
#include "api/Csv.h"
#include "core/Hub.h"
#include "service/InboundService.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

namespace {

QString wire(const QDateTime &t)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(t.toUTC().toString(Qt::ISODateWithMs)));
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1, m_agent2, m_supervisor;
    int m_threads = 0;

    //! A new conversation from a new customer, as a channel connector delivers it.
    Conversation incoming(ChannelKind channel, const QString &name, const QString &subject)
    {
        ++m_threads;
        Hub::InboundMessage in;
        in.channel = channel;
        const bool email = channel == ChannelKind::Email;
        in.sender = Identity{0, email ? IdentityKind::Email : IdentityKind::WhatsApp,
            email ? QStringLiteral("c%1@example.org").arg(m_threads)
                  : QStringLiteral("4477009%1").arg(10000 + m_threads)};
        in.senderName = name;
        in.threadId = QStringLiteral("thread-%1").arg(m_threads);
        in.providerMessageId = QStringLiteral("msg-%1").arg(m_threads);
        in.subject = subject;
        in.body = QStringLiteral("Hello");
        return m_hub->hub().inbound().receive(in).conversation;
    }

    ApiReply assign(Id conversation, const QString &username)
    {
        return m_api->post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("assignee_id"), m_hub->user(username).id}},
            m_supervisor);
    }

    ApiReply tag(Id conversation, const QJsonValue &tags, const QString &token)
    {
        QJsonObject body{{QStringLiteral("client_id"), newClientId()}};
        if (!tags.isUndefined())
            body.insert(QStringLiteral("tags"), tags);
        return m_api->request(
            "PUT", QStringLiteral("/api/v1/conversations/%1/tags").arg(conversation), body, token);
    }

    QJsonObject insights(const QDateTime &from, const QDateTime &to)
    {
        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/insights?from=%1&to=%2").arg(wire(from), wire(to)),
                m_supervisor);
        return r.status == 200 ? r.json : QJsonObject();
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        m_threads = 0;
    }

    void cleanup()
    {
        m_api.reset();
        m_hub.reset();
    }

    void agentsTagTheirConversationsAndEveryChangeIsAnEvent()
    {
        const Conversation c
            = incoming(ChannelKind::Email, QStringLiteral("Ana"), QStringLiteral("Hi"));
        QCOMPARE(assign(c.id, QStringLiteral("agent1")).status, 200);
        const qint64 head = m_api->get(QStringLiteral("/api/v1/events?limit=1"), m_supervisor)
                                .json.value(QLatin1String("head"))
                                .toInteger();
        const ApiReply r = tag(c.id,
            QJsonArray{
                QStringLiteral("complaint"), QStringLiteral("vip"), QStringLiteral("complaint")},
            m_agent1);
        QCOMPARE(r.status, 200);
        // A tag given twice is kept once; free-form tags stay.
        QCOMPARE(r.json.value(QLatin1String("tags")).toArray(),
            (QJsonArray{QStringLiteral("complaint"), QStringLiteral("vip")}));
        const QJsonArray events
            = m_api->get(QStringLiteral("/api/v1/events?since=%1").arg(head), m_supervisor)
                  .json.value(QLatin1String("events"))
                  .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("type")].toString(),
            QStringLiteral("conversation.updated"));
        QCOMPARE(events.first()[QLatin1String("data")][QLatin1String("tags")].toArray().size(), 2);
        // The same tags again change nothing and record nothing.
        QCOMPARE(tag(c.id, QJsonArray{QStringLiteral("complaint"), QStringLiteral("vip")}, m_agent1)
                     .status,
            200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/events?since=%1").arg(head), m_supervisor)
                     .json.value(QLatin1String("events"))
                     .toArray()
                     .size(),
            1);

        // A colleague's conversation is refused to an agent; a supervisor tags any.
        const ApiReply refused
            = tag(c.id, QJsonArray{QStringLiteral("sales_opportunity")}, m_agent2);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(tag(c.id, QJsonArray{}, m_supervisor).json.value(QLatin1String("tags")).toArray(),
            QJsonArray());
        QCOMPARE(tag(999999, QJsonArray{}, m_supervisor).status, 404);
    }

    void badTagsAreRefusedAndChangeNothing()
    {
        const Conversation c
            = incoming(ChannelKind::Email, QStringLiteral("Ana"), QStringLiteral("Hi"));
        QCOMPARE(tag(c.id, QJsonArray{QStringLiteral("complaint")}, m_supervisor).status, 200);
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QStringLiteral("t%1").arg(i));
        const QList<QJsonValue> bad{QJsonValue(QJsonValue::Undefined),
            QJsonValue(QStringLiteral("complaint")), QJsonArray{1}, QJsonArray{QString()},
            QJsonArray{QString(65, QLatin1Char('x'))}, many};
        for (const QJsonValue &tags : bad) {
            const ApiReply r = tag(c.id, tags, m_supervisor);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
            QCOMPARE(r.errorField(), QStringLiteral("tags"));
        }
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/%1").arg(c.id), m_agent1)
                     .json.value(QLatin1String("tags"))
                     .toArray(),
            QJsonArray{QStringLiteral("complaint")});
    }

    void countsPerTagQueueAndChannelOverThePeriod()
    {
        // WhatsApp work goes to the Chat queue.
        const QString admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        const ApiReply queue = m_api->post(QStringLiteral("/api/v1/queues"),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("name"), QStringLiteral("Chat")},
                {QStringLiteral("channels"), QJsonArray{QStringLiteral("whatsapp")}}},
            admin);
        QCOMPARE(queue.status, 201);
        const qint64 chat = queue.json.value(QLatin1String("id")).toInteger();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Conversation e1
            = incoming(ChannelKind::Email, QStringLiteral("A"), QStringLiteral("a"));
        const Conversation e2
            = incoming(ChannelKind::Email, QStringLiteral("B"), QStringLiteral("b"));
        const Conversation w1
            = incoming(ChannelKind::WhatsApp, QStringLiteral("C"), QStringLiteral("c"));
        QCOMPARE(w1.queueId, std::optional<Id>(chat));
        QCOMPARE(
            tag(e1.id, QJsonArray{QStringLiteral("complaint"), QStringLiteral("product_feedback")},
                m_supervisor)
                .status,
            200);
        QCOMPARE(tag(e2.id, QJsonArray{QStringLiteral("complaint"), QStringLiteral("billing")},
                     m_supervisor)
                     .status,
            200);
        QCOMPARE(
            tag(w1.id, QJsonArray{QStringLiteral("complaint"), QStringLiteral("sales_opportunity")},
                m_supervisor)
                .status,
            200);
        // A tag taken off no longer counts.
        QCOMPARE(tag(w1.id, QJsonArray{QStringLiteral("complaint")}, m_supervisor).status, 200);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        const QJsonObject all = insights(before, after);
        QCOMPARE(all.value(QLatin1String("tags")).toArray(),
            (QJsonArray{QStringLiteral("product_feedback"), QStringLiteral("testimonial_candidate"),
                QStringLiteral("competitor_mention"), QStringLiteral("sales_opportunity"),
                QStringLiteral("complaint")}));
        QSet<QString> rows;
        for (const QJsonValue &v : all.value(QLatin1String("counts")).toArray()) {
            rows.insert(QStringLiteral("%1/%2/%3/%4")
                            .arg(v[QLatin1String("tag")].toString())
                            .arg(v[QLatin1String("queue_id")].toInteger())
                            .arg(v[QLatin1String("channel")].toString())
                            .arg(v[QLatin1String("count")].toInt()));
        }
        // "billing" is free-form: not counted; zero counts are left out.
        QCOMPARE(rows,
            (QSet<QString>{QStringLiteral("complaint/0/email/2"),
                QStringLiteral("complaint/%1/whatsapp/1").arg(chat),
                QStringLiteral("product_feedback/0/email/1")}));
        const QJsonObject totals = all.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("complaint")).toInt(), 3);
        QCOMPARE(totals.value(QLatin1String("product_feedback")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1String("sales_opportunity")).toInt(), 0);
        QCOMPARE(totals.size(), 5);

        // The period is when the tag was put there: before it, nothing.
        const QJsonObject earlier = insights(before.addDays(-2), before);
        QVERIFY(earlier.value(QLatin1String("counts")).toArray().isEmpty());
        QCOMPARE(earlier.value(QLatin1String("totals"))
                     .toObject()
                     .value(QLatin1String("complaint"))
                     .toInt(),
            0);

        // The same counts as CSV.
        const ApiReply csv = m_api->get(QStringLiteral("/api/v1/insights?from=%1&to=%2&format=csv")
                                            .arg(wire(before), wire(after)),
            m_supervisor);
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(csv.body,
            QStringLiteral("tag,queue_id,channel,count\r\ncomplaint,,email,2\r\n"
                           "complaint,%1,whatsapp,1\r\nproduct_feedback,,email,1\r\n")
                .arg(chat)
                .toUtf8());
    }

    void theExportQuotesAndDefusesWhatCustomersWrote()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Conversation c = incoming(ChannelKind::Email,
            QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("Refund, \"now\"\nplease"));
        QCOMPARE(assign(c.id, QStringLiteral("agent1")).status, 200);
        QCOMPARE(tag(c.id, QJsonArray{QStringLiteral("complaint")}, m_agent1).status, 200);
        // A later change keeps who tagged first.
        QCOMPARE(
            tag(c.id, QJsonArray{QStringLiteral("complaint"), QStringLiteral("competitor_mention")},
                m_supervisor)
                .status,
            200);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/insights/export?from=%1&to=%2").arg(wire(before), wire(after)),
            m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(r.header("Content-Disposition")
                    .startsWith("attachment; filename=\"tagged-conversations-"));
        const QList<QByteArray> lines = r.body.split('\n');
        QCOMPARE(lines.first(),
            QByteArray("tag,tagged_at,tagged_by,conversation_id,customer_id,customer_name,channel,"
                       "queue_name,subject,status,assignee_name\r"));
        // Two rows (one per insight tag), the subject's line break inside quotes: 2 + 2 + end.
        QCOMPARE(lines.size(), 6);
        QVERIFY(r.body.endsWith("\r\n"));
        const QByteArray first = lines.at(1) + '\n' + lines.at(2);
        const QByteArray quotedSubject = "\"Refund, \"\"now\"\"\nplease\"";
        QVERIFY2(first.startsWith("complaint,"), first);
        QVERIFY2(first.contains(",Agent1,"), first); // who tagged it
        QVERIFY2(first.endsWith(",open,Agent1\r"), first); // its status and assignee
        QVERIFY2(first.contains(QStringLiteral(",%1,%2,\"'=HYPERLINK(\"\"http://x\"\")\",email,,")
                                    .arg(c.id)
                                    .arg(c.customerId)
                                    .toUtf8()),
            first);
        QVERIFY2(first.contains(QByteArray(quotedSubject + ",open,")), first);
        const QByteArray second = lines.at(3) + '\n' + lines.at(4);
        QVERIFY2(second.startsWith("competitor_mention,"), second);
        QVERIFY2(second.contains(",Supervisor,"), second);
    }

    void csvCells()
    {
        using Hub::Csv::cell;
        QCOMPARE(cell(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(cell(QStringLiteral("two\r\nlines")), QStringLiteral("\"two\r\nlines\""));
        QCOMPARE(cell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(cell(QStringLiteral("+44 20")), QStringLiteral("'+44 20"));
        QCOMPARE(cell(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(cell(QStringLiteral("\t=x")), QStringLiteral("'\t=x"));
        QCOMPARE(cell(QStringLiteral("=a,b")), QStringLiteral("\"'=a,b\""));
        QCOMPARE(cell(QStringLiteral("a=b")), QStringLiteral("a=b"));
        // Numbers are the hub's own figures, not text: written as they are.
        QCOMPARE(cell(-3), QStringLiteral("-3"));
        QCOMPARE(cell(0.9), QStringLiteral("0.9"));
        QCOMPARE(cell(QJsonValue()), QString());
    }

    void badPeriodsAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        const QString now = wire(QDateTime::currentDateTimeUtc());
        const QString dayAgo = wire(QDateTime::currentDateTimeUtc().addDays(-1));
        QTest::newRow("no from") << QStringLiteral("to=%1").arg(now) << QStringLiteral("from");
        QTest::newRow("no to") << QStringLiteral("from=%1").arg(dayAgo) << QStringLiteral("to");
        QTest::newRow("no offset")
            << QStringLiteral("from=2026-01-01T00:00:00&to=%1").arg(now) << QStringLiteral("from");
        QTest::newRow("not a time")
            << QStringLiteral("from=yesterday&to=%1").arg(now) << QStringLiteral("from");
        QTest::newRow("backwards")
            << QStringLiteral("from=%1&to=%2").arg(now, dayAgo) << QStringLiteral("to");
        QTest::newRow("empty") << QStringLiteral("from=%1&to=%1").arg(now) << QStringLiteral("to");
        QTest::newRow("367 days") << QStringLiteral(
            "from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z")
                                  << QStringLiteral("to");
        QTest::newRow("format") << QStringLiteral("from=%1&to=%2&format=xml").arg(dayAgo, now)
                                << QStringLiteral("format");
    }

    void badPeriodsAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        for (const QString &path :
            {QStringLiteral("/api/v1/insights"), QStringLiteral("/api/v1/insights/export")}) {
            if (field == QLatin1String("format") && path.endsWith(QLatin1String("export")))
                continue;
            const ApiReply r = m_api->get(path + QLatin1Char('?') + query, m_supervisor);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
            QCOMPARE(r.errorField(), field);
        }
        // 366 days is the longest period.
        QCOMPARE(
            m_api
                ->get(QStringLiteral(
                          "/api/v1/insights?from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:00Z"),
                    m_supervisor)
                .status,
            200);
    }

    void agentsAreRefused()
    {
        const QString period = QStringLiteral("from=%1&to=%2")
                                   .arg(wire(QDateTime::currentDateTimeUtc().addDays(-1)),
                                       wire(QDateTime::currentDateTimeUtc()));
        const QStringList paths{QStringLiteral("/api/v1/insights?") + period,
            QStringLiteral("/api/v1/insights/export?") + period,
            QStringLiteral("/api/v1/reports/agents"), QStringLiteral("/api/v1/reports/queues")};
        for (const QString &path : paths) {
            const ApiReply r = m_api->get(path, m_agent1);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            QCOMPARE(m_api->get(path, m_supervisor).status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
