// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The daily reports per agent and per queue: the figures of a day built by hand with known
// times (conversations assigned, answered and resolved, calls answered, missed and ended), the
// same through the API today, CSV, and bad days.
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

namespace {

//! The day the figures are built on, in the hub's local time zone.
const QDate Day(2026, 3, 10);

QDateTime at(int dayOffset, int hour, int minute, int second = 0)
{
    return QDateTime(Day.addDays(dayOffset), QTime(hour, minute, second));
}

QJsonObject rowOf(const QJsonObject &report, const QString &key, const QJsonValue &id)
{
    for (const QJsonValue &row : report.value(QLatin1String("rows")).toArray()) {
        if (row[key] == id)
            return row.toObject();
    }
    return {};
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_supervisor;
    Id m_customer = 0;

    Hub::Storage &storage() { return m_hub->hub().storage(); }

    Conversation conversation(ChannelKind channel, const QDateTime &created,
        std::optional<Id> assignee, std::optional<Id> queue = std::nullopt)
    {
        Conversation c;
        c.queueId = queue;
        c.customerId = m_customer;
        c.channel = channel;
        c.assigneeId = assignee;
        c.createdAt = created;
        c.updatedAt = created;
        return storage().conversations().insert(c);
    }

    void message(
        const Conversation &c, MessageKind kind, std::optional<Id> author, const QDateTime &time)
    {
        Message m;
        m.conversationId = c.id;
        m.customerId = c.customerId;
        m.channel = c.channel;
        m.kind = kind;
        m.authorUserId = author;
        m.body = QStringLiteral("text");
        m.createdAt = time;
        storage().messages().insert(m);
    }

    void change(Conversation &c, const QDateTime &time, std::optional<Id> assignee,
        ConversationStatus status)
    {
        c.assigneeId = assignee;
        c.status = status;
        c.updatedAt = time;
        storage().conversations().update(c);
    }

    void call(std::optional<Id> agent, const QDateTime &offered, const QDateTime &answered,
        const QDateTime &ended, int seconds, std::optional<Id> conversation = std::nullopt,
        int wrapUpSeconds = 0)
    {
        CallRecord k;
        k.conversationId = conversation;
        k.customerId = m_customer;
        k.agentId = agent;
        k.offeredAt = offered;
        k.answeredAt = answered;
        k.endedAt = ended;
        k.durationSeconds = seconds;
        k.wrapUpSeconds = wrapUpSeconds;
        storage().calls().insert(k);
    }

    //! A queue an admin defines, with first-response targets.
    Id queue(const QString &name, const QJsonObject &targets)
    {
        const QString admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        const ApiReply r = m_api->post(QStringLiteral("/api/v1/queues"),
            {{QStringLiteral("client_id"), newClientId()}, {QStringLiteral("name"), name},
                {QStringLiteral("sla_seconds"), targets}},
            admin);
        return r.status == 201 ? r.json.value(QLatin1String("id")).toInteger() : 0;
    }

    QJsonObject report(const QString &kind, const QString &day)
    {
        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/reports/%1?day=%2").arg(kind, day), m_supervisor);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json;
    }

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        Customer customer;
        customer.name = QStringLiteral("Jana");
        customer.createdAt = at(-30, 9, 0);
        customer.updatedAt = customer.createdAt;
        m_customer = storage().customers().insert(customer).id;
    }

    void cleanup()
    {
        m_api.reset();
        m_hub.reset();
    }

    void theFiguresOfAHandBuiltDay()
    {
        const Id a1 = m_hub->user(QStringLiteral("agent1")).id;
        const Id a2 = m_hub->user(QStringLiteral("agent2")).id;
        const Id billing = queue(QStringLiteral("Billing"),
            {{QStringLiteral("email"), 600}, {QStringLiteral("whatsapp"), 600}});
        const Id phone = queue(QStringLiteral("Phone"), {{QStringLiteral("voice"), 60}});
        QVERIFY(billing && phone);

        // agent1: an email assigned as it came in at 9:00, answered 9:05 (within the Billing
        // queue's 10 minutes), resolved 9:30.
        Conversation email = conversation(ChannelKind::Email, at(0, 9, 0), a1, billing);
        message(email, MessageKind::Inbound, std::nullopt, at(0, 9, 0));
        message(email, MessageKind::Reply, a1, at(0, 9, 5));
        message(email, MessageKind::Reply, a1, at(0, 9, 10)); // not a first response
        change(email, at(0, 9, 30), a1, ConversationStatus::Resolved);
        // A WhatsApp waiting from 10:00, assigned 10:10, answered 10:20 (too late), resolved 11:10.
        Conversation chat
            = conversation(ChannelKind::WhatsApp, at(0, 10, 0), std::nullopt, billing);
        message(chat, MessageKind::Inbound, std::nullopt, at(0, 10, 0));
        change(chat, at(0, 10, 10), a1, ConversationStatus::Open);
        message(chat, MessageKind::Note, a1, at(0, 10, 15));
        message(chat, MessageKind::Reply, a1, at(0, 10, 20));
        change(chat, at(0, 11, 10), a1, ConversationStatus::Resolved);
        // Reopened the next day and resolved again: that day's work, not this one's.
        change(chat, at(1, 8, 0), a1, ConversationStatus::Open);
        change(chat, at(1, 8, 30), a1, ConversationStatus::Resolved);

        // agent2: an SMS from the evening before, answered at 0:30, still open.
        Conversation sms = conversation(ChannelKind::Sms, at(-1, 23, 0), a2);
        message(sms, MessageKind::Inbound, std::nullopt, at(-1, 23, 0));
        message(sms, MessageKind::Reply, a2, at(0, 0, 30));
        // A conversation agent2 started: no customer message before, no first response.
        Conversation outbound = conversation(ChannelKind::Email, at(0, 12, 0), a2);
        message(outbound, MessageKind::Reply, a2, at(0, 12, 0));
        // A call in the Phone queue answered after 30 s (within its minute), 10 minutes of talk
        // and 2 of after-call work; a missed call; one from the day before.
        const Conversation voice = conversation(ChannelKind::Voice, at(0, 14, 0), a2, phone);
        call(a2, at(0, 14, 0), at(0, 14, 0, 30), at(0, 14, 10, 30), 600, voice.id, 120);
        call(a2, at(0, 15, 0), QDateTime(), at(0, 15, 1), 0);
        call(a2, at(-1, 14, 0), at(-1, 14, 0, 10), at(-1, 14, 5, 10), 300);
        // Resolved while nobody had it: handled, but by no agent, and its time is unknown.
        Conversation orphan = conversation(ChannelKind::Email, at(0, 16, 0), std::nullopt);
        change(orphan, at(0, 16, 30), std::nullopt, ConversationStatus::Resolved);

        const QJsonObject agents = report(QStringLiteral("agents"), QStringLiteral("2026-03-10"));
        QCOMPARE(agents.value(QLatin1String("day")).toString(), QStringLiteral("2026-03-10"));
        const QJsonObject one = rowOf(agents, QStringLiteral("user_id"), a1);
        QCOMPARE(one.value(QLatin1String("name")).toString(), QStringLiteral("Agent1"));
        QCOMPARE(one.value(QLatin1String("handled")).toInt(), 2);
        QCOMPARE(one.value(QLatin1String("handle_seconds_avg")).toInt(), (1800 + 3600) / 2);
        QCOMPARE(one.value(QLatin1String("answered")).toInt(), 2);
        QCOMPARE(one.value(QLatin1String("first_response_seconds_avg")).toInt(), (300 + 1200) / 2);
        QCOMPARE(one.value(QLatin1String("answered_in_sla")).toInt(), 1);
        QCOMPARE(one.value(QLatin1String("sla_attainment")).toDouble(), 0.5);
        const QJsonObject two = rowOf(agents, QStringLiteral("user_id"), a2);
        QCOMPARE(two.value(QLatin1String("handled")).toInt(), 1);
        QCOMPARE(two.value(QLatin1String("handle_seconds_avg")).toInt(), 720);
        QCOMPARE(two.value(QLatin1String("answered")).toInt(), 2);
        QCOMPARE(two.value(QLatin1String("first_response_seconds_avg")).toInt(), (5400 + 30) / 2);
        // The SMS is in no queue, so no target: the attainment is of the call alone.
        QCOMPARE(two.value(QLatin1String("answered_in_sla")).toInt(), 1);
        QCOMPARE(two.value(QLatin1String("sla_attainment")).toDouble(), 1.0);
        // Supervisors and admins did nothing that day: no rows. Agents always have one.
        QCOMPARE(agents.value(QLatin1String("rows")).toArray().size(), 2);

        const QJsonObject queues = report(QStringLiteral("queues"), QStringLiteral("2026-03-10"));
        QCOMPARE(queues.value(QLatin1String("rows")).toArray().size(), 3);
        // In no queue: the conversation resolved while unassigned (no handle time) and the SMS.
        const QJsonObject none = rowOf(queues, QStringLiteral("queue_id"), QJsonValue());
        QCOMPARE(none.value(QLatin1String("name")).toString(), QString());
        QCOMPARE(none.value(QLatin1String("handled")).toInt(), 1);
        QVERIFY(none.value(QLatin1String("handle_seconds_avg")).isNull());
        QCOMPARE(none.value(QLatin1String("answered")).toInt(), 1);
        QCOMPARE(none.value(QLatin1String("first_response_seconds_avg")).toInt(), 5400);
        QVERIFY(none.value(QLatin1String("sla_attainment")).isNull());
        const QJsonObject inBilling = rowOf(queues, QStringLiteral("queue_id"), billing);
        QCOMPARE(inBilling.value(QLatin1String("name")).toString(), QStringLiteral("Billing"));
        QCOMPARE(inBilling.value(QLatin1String("handled")).toInt(), 2);
        QCOMPARE(inBilling.value(QLatin1String("handle_seconds_avg")).toInt(), 2700);
        QCOMPARE(inBilling.value(QLatin1String("answered")).toInt(), 2);
        QCOMPARE(inBilling.value(QLatin1String("first_response_seconds_avg")).toInt(), 750);
        QCOMPARE(inBilling.value(QLatin1String("answered_in_sla")).toInt(), 1);
        QCOMPARE(inBilling.value(QLatin1String("sla_attainment")).toDouble(), 0.5);
        const QJsonObject inPhone = rowOf(queues, QStringLiteral("queue_id"), phone);
        QCOMPARE(inPhone.value(QLatin1String("handled")).toInt(), 1);
        QCOMPARE(inPhone.value(QLatin1String("handle_seconds_avg")).toInt(), 720);
        QCOMPARE(inPhone.value(QLatin1String("first_response_seconds_avg")).toInt(), 30);
        QCOMPARE(inPhone.value(QLatin1String("sla_attainment")).toDouble(), 1.0);

        // The next day: the reopened conversation's second resolution, 30 minutes of work.
        const QJsonObject next = report(QStringLiteral("agents"), QStringLiteral("2026-03-11"));
        QCOMPARE(
            rowOf(next, QStringLiteral("user_id"), a1).value(QLatin1String("handled")).toInt(), 1);
        QCOMPARE(rowOf(next, QStringLiteral("user_id"), a1)
                     .value(QLatin1String("handle_seconds_avg"))
                     .toInt(),
            1800);
        // A day without work: rows of zeros, averages null.
        const QJsonObject quiet = report(QStringLiteral("agents"), QStringLiteral("2026-03-01"));
        const QJsonObject idle = rowOf(quiet, QStringLiteral("user_id"), a1);
        QCOMPARE(idle.value(QLatin1String("handled")).toInt(), 0);
        QVERIFY(idle.value(QLatin1String("handle_seconds_avg")).isNull());
        QVERIFY(idle.value(QLatin1String("first_response_seconds_avg")).isNull());

        // CSV: the same columns as the rows, nulls empty.
        const ApiReply csv = m_api->get(
            QStringLiteral("/api/v1/reports/agents?day=2026-03-10&format=csv"), m_supervisor);
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(csv.body.startsWith("user_id,name,handled,handle_seconds_avg,"
                                    "first_response_seconds_avg,answered,answered_in_sla,"
                                    "sla_attainment\r\n"));
        QVERIFY2(csv.body.contains(
                     QStringLiteral("\r\n%1,Agent1,2,2700,750,2,1,0.5\r\n").arg(a1).toUtf8()),
            csv.body);
        const ApiReply queueCsv = m_api->get(
            QStringLiteral("/api/v1/reports/queues?day=2026-03-10&format=csv"), m_supervisor);
        QVERIFY2(queueCsv.body.startsWith("queue_id,name,handled,"), queueCsv.body);
        QVERIFY2(queueCsv.body.contains(
                     QStringLiteral("\r\n,,1,,5400,1,0,\r\n%1,Billing,2,2700,750,2,1,0.5\r\n")
                         .arg(billing)
                         .toUtf8()),
            queueCsv.body);
    }

    void todayThroughTheApi()
    {
        ApiClient &api = *m_api;
        const QString agent1 = api.login(QStringLiteral("agent1"), TestHub::password());
        Conversation c
            = conversation(ChannelKind::Email, QDateTime::currentDateTime(), std::nullopt);
        message(c, MessageKind::Inbound, std::nullopt, QDateTime::currentDateTime());
        // Replying claims it; resolving it makes it handled by agent1 today.
        QCOMPARE(api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(c.id),
                        {{QStringLiteral("client_id"), newClientId()},
                            {QStringLiteral("kind"), QStringLiteral("reply")},
                            {QStringLiteral("body"), QStringLiteral("On it")},
                            {QStringLiteral("after"), QJsonValue()}},
                        agent1)
                     .status,
            409); // the customer's message was not seen
        const qint64 seen
            = api.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(c.id), agent1)
                  .items()
                  .last()[QLatin1String("id")]
                  .toInteger();
        QCOMPARE(api.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(c.id),
                        {{QStringLiteral("client_id"), newClientId()},
                            {QStringLiteral("kind"), QStringLiteral("reply")},
                            {QStringLiteral("body"), QStringLiteral("On it")},
                            {QStringLiteral("after"), seen}},
                        agent1)
                     .status,
            201);
        QCOMPARE(api.post(QStringLiteral("/api/v1/conversations/%1/status").arg(c.id),
                        {{QStringLiteral("client_id"), newClientId()},
                            {QStringLiteral("status"), QStringLiteral("resolved")}},
                        agent1)
                     .status,
            200);
        // No day: today in the hub's time zone.
        const ApiReply r = api.get(QStringLiteral("/api/v1/reports/agents"), m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("day")).toString(),
            QDate::currentDate().toString(Qt::ISODate));
        const QJsonObject row
            = rowOf(r.json, QStringLiteral("user_id"), m_hub->user(QStringLiteral("agent1")).id);
        QCOMPARE(row.value(QLatin1String("handled")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("answered")).toInt(), 1);
        QVERIFY(row.value(QLatin1String("handle_seconds_avg")).toInteger() >= 0);
    }

    void badDaysAreRefused_data()
    {
        QTest::addColumn<QString>("day");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30");
        QTest::newRow("short") << QStringLiteral("2026-3-1");
        QTest::newRow("word") << QStringLiteral("yesterday");
        QTest::newRow("time") << QStringLiteral("2026-03-10T00:00:00Z");
    }

    void badDaysAreRefused()
    {
        QFETCH(QString, day);
        for (const QString &kind : {QStringLiteral("agents"), QStringLiteral("queues")}) {
            const ApiReply r
                = m_api->get(QStringLiteral("/api/v1/reports/%1?day=%2")
                                 .arg(kind, QString::fromLatin1(QUrl::toPercentEncoding(day))),
                    m_supervisor);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
            QCOMPARE(r.errorField(), QStringLiteral("day"));
        }
        const ApiReply format
            = m_api->get(QStringLiteral("/api/v1/reports/queues?format=pdf"), m_supervisor);
        QCOMPARE(format.status, 400);
        QCOMPARE(format.errorField(), QStringLiteral("format"));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
