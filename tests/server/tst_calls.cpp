// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "service/InboundService.h"
#include "storage/CallRepository.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! Call records through the API: listing, reading, and the agent's wrap-up.
class TestCalls : public QObject
{
    Q_OBJECT

private:
    Domain::CallRecord recordCall(const QString &number, std::optional<qint64> agent,
        Domain::CallDirection direction = Domain::CallDirection::Inbound)
    {
        const QDateTime offered = QDateTime::currentDateTimeUtc().addSecs(-600);
        Domain::CallRecord call;
        call.direction = direction;
        call.fromNumber
            = direction == Domain::CallDirection::Inbound ? number : QStringLiteral("+4930000000");
        call.toNumber
            = direction == Domain::CallDirection::Inbound ? QStringLiteral("+4930000000") : number;
        call.agentId = agent;
        call.offeredAt = offered;
        if (agent) {
            call.answeredAt = offered.addSecs(4);
            call.endedAt = offered.addSecs(184);
            call.durationSeconds = 180;
        } else {
            call.endedAt = offered.addSecs(30);
        }
        call.providerCallId = QStringLiteral("CA-%1-%2").arg(number).arg(++m_calls);
        call.recordingUrl = QStringLiteral("https://recordings.example.net/%1.wav").arg(m_calls);
        return m_hub->hub().inbound().recordCall(call, {0, Domain::IdentityKind::Phone, number},
            QStringLiteral("Caller %1").arg(number));
    }
    ApiReply wrapUp(qint64 call, const QJsonObject &fields, const QString &token,
        const QString &clientId = newClientId())
    {
        QJsonObject body = fields;
        if (!clientId.isNull())
            body.insert(QStringLiteral("client_id"), clientId);
        return m_api->post(QStringLiteral("/api/v1/calls/%1/wrapup").arg(call), body, token);
    }
    static QJsonObject disposition(const QString &code, const QString &notes = {})
    {
        QJsonObject body{{QStringLiteral("disposition"), code}};
        if (!notes.isNull())
            body.insert(QStringLiteral("notes"), notes);
        return body;
    }
    Domain::CallRecord stored(qint64 id) { return *m_hub->hub().storage().calls().byId(id); }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    QList<qint64> ids(const ApiReply &reply)
    {
        QList<qint64> out;
        for (const QJsonValue &v : reply.items())
            out.append(v[QLatin1String("id")].toInteger());
        return out;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_agent2;
    QString m_supervisor;
    qint64 m_agent1Id = 0;
    qint64 m_agent2Id = 0;
    int m_calls = 0;
    // Ann called twice (agent1, agent2); Ben once and was called back (both agent1); Cleo's call
    // was missed.
    Domain::CallRecord m_ann1;
    Domain::CallRecord m_ann2;
    Domain::CallRecord m_ben1;
    Domain::CallRecord m_ben2;
    Domain::CallRecord m_cleo;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_supervisor.isEmpty());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        m_agent2Id = m_hub->user(QStringLiteral("agent2")).id;
        m_ann1 = recordCall(QStringLiteral("+441111"), m_agent1Id);
        m_ann2 = recordCall(QStringLiteral("+441111"), m_agent2Id);
        m_ben1 = recordCall(QStringLiteral("+442222"), m_agent1Id);
        m_ben2 = recordCall(QStringLiteral("+442222"), m_agent1Id, Domain::CallDirection::Outbound);
        m_cleo = recordCall(QStringLiteral("+443333"), std::nullopt);
        QCOMPARE(m_ann1.customerId, m_ann2.customerId);
        QCOMPARE(m_ben1.customerId, m_ben2.customerId);
        QVERIFY(m_ann1.customerId != m_ben1.customerId);
    }

    void listsCalls()
    {
        ApiReply r = m_api->get(QStringLiteral("/api/v1/calls"), m_agent2);
        QCOMPARE(r.status, 200);
        const QList<qint64> all = ids(r);
        for (const auto &call : {m_ann1, m_ann2, m_ben1, m_ben2, m_cleo})
            QVERIFY(all.contains(call.id));
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i) > all.at(i - 1));
        QVERIFY(r.json.value(QLatin1String("next_after")).isNull());
        const QJsonObject ben2 = r.items().at(all.indexOf(m_ben2.id)).toObject();
        QCOMPARE(ben2.value(QLatin1String("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(ben2.value(QLatin1String("to_number")).toString(), QStringLiteral("+442222"));
        QCOMPARE(ben2.value(QLatin1String("agent_id")).toInteger(), m_agent1Id);
        QCOMPARE(ben2.value(QLatin1String("customer_id")).toInteger(), m_ben1.customerId);
        QVERIFY(ben2.value(QLatin1String("conversation_id")).toInteger() > 0);
        QCOMPARE(ben2.value(QLatin1String("duration_seconds")).toInt(), 180);
        QVERIFY(r.items().at(all.indexOf(m_cleo.id))[QLatin1String("agent_id")].isNull());
    }

    void filtersCalls()
    {
        ApiReply r
            = m_api->get(QStringLiteral("/api/v1/calls?agent_id=%1").arg(m_agent1Id), m_agent2);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.items())
            QCOMPARE(v[QLatin1String("agent_id")].toInteger(), m_agent1Id);
        QList<qint64> found = ids(r);
        QVERIFY(
            found.contains(m_ann1.id) && found.contains(m_ben1.id) && found.contains(m_ben2.id));
        QVERIFY(!found.contains(m_ann2.id) && !found.contains(m_cleo.id));

        r = m_api->get(
            QStringLiteral("/api/v1/calls?customer_id=%1").arg(m_ann1.customerId), m_agent2);
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r), (QList<qint64>{m_ann1.id, m_ann2.id}));

        r = m_api->get(QStringLiteral("/api/v1/calls?customer_id=%1&agent_id=%2")
                           .arg(m_ann1.customerId)
                           .arg(m_agent2Id),
            m_agent1);
        QCOMPARE(ids(r), QList<qint64>{m_ann2.id});
        r = m_api->get(QStringLiteral("/api/v1/calls?customer_id=%1&agent_id=%2")
                           .arg(m_cleo.customerId)
                           .arg(m_agent1Id),
            m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r), QList<qint64>());
        QVERIFY(r.json.value(QLatin1String("next_after")).isNull());
        r = m_api->get(QStringLiteral("/api/v1/calls?agent_id=999999"), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r), QList<qint64>());
    }

    void pagesThroughCalls()
    {
        const QString base = QStringLiteral("/api/v1/calls?agent_id=%1&limit=2").arg(m_agent1Id);
        ApiReply r = m_api->get(base, m_agent1);
        QCOMPARE(ids(r), (QList<qint64>{m_ann1.id, m_ben1.id}));
        QCOMPARE(r.json.value(QLatin1String("next_after")).toInteger(), m_ben1.id);
        r = m_api->get(base + QStringLiteral("&after=%1").arg(m_ben1.id), m_agent1);
        QCOMPARE(ids(r), QList<qint64>{m_ben2.id});
        QVERIFY(r.json.value(QLatin1String("next_after")).isNull());

        // Without filters, walk everything one at a time.
        QList<qint64> walked;
        qint64 after = 0;
        for (int i = 0; i < 100; ++i) {
            r = m_api->get(QStringLiteral("/api/v1/calls?limit=1&after=%1").arg(after), m_agent1);
            QCOMPARE(r.status, 200);
            QVERIFY(r.items().size() <= 1);
            walked += ids(r);
            if (r.json.value(QLatin1String("next_after")).isNull())
                break;
            after = r.json.value(QLatin1String("next_after")).toInteger();
            QCOMPARE(after, walked.last());
        }
        QCOMPARE(walked, ids(m_api->get(QStringLiteral("/api/v1/calls?limit=500"), m_agent1)));
    }

    void listRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("agent zero") << "agent_id=0"
                                    << "agent_id";
        QTest::newRow("agent text") << "agent_id=me"
                                    << "agent_id";
        QTest::newRow("customer negative") << "customer_id=-3"
                                           << "customer_id";
        QTest::newRow("customer text") << "customer_id=abc"
                                       << "customer_id";
        QTest::newRow("after negative") << "after=-1"
                                        << "after";
        QTest::newRow("limit zero") << "limit=0"
                                    << "limit";
        QTest::newRow("limit huge") << "limit=501"
                                    << "limit";
    }
    void listRejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/calls?") + query, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(r.errorField(), field);
    }

    void getsOneCall()
    {
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/calls/%1").arg(m_ann1.id), m_agent2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, m_ann1.toJson());
        const ApiReply missing = m_api->get(QStringLiteral("/api/v1/calls/999999"), m_agent2);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/calls/0"), m_agent2).status, 404);
    }

    void agentWrapsUpOwnCall()
    {
        const Domain::CallRecord call = recordCall(QStringLiteral("+445555"), m_agent1Id);
        const qint64 before = head();
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        const ApiReply r = wrapUp(call.id,
            disposition(QStringLiteral("resolved"), QStringLiteral("Router reset, line back up.")),
            m_agent1);
        const QDateTime answered = QDateTime::currentDateTimeUtc();
        QCOMPARE(r.status, 200);
        // The after-call work: from the call's end to this first wrap-up.
        const int wrapUpSeconds = r.json.value(QLatin1String("wrap_up_seconds")).toInt();
        QVERIFY2(wrapUpSeconds >= call.endedAt.secsTo(asked) - 1
                && wrapUpSeconds <= call.endedAt.secsTo(answered) + 1,
            qPrintable(QString::number(wrapUpSeconds)));
        QVERIFY(wrapUpSeconds >= 400); // the call ended 416 s before
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), call.id);
        QCOMPARE(r.json.value(QLatin1String("disposition")).toString(), QStringLiteral("resolved"));
        QCOMPARE(r.json.value(QLatin1String("wrap_up_notes")).toString(),
            QStringLiteral("Router reset, line back up."));
        // Nothing else about the call changes.
        Domain::CallRecord expected = call;
        expected.disposition = QStringLiteral("resolved");
        expected.wrapUpNotes = QStringLiteral("Router reset, line back up.");
        expected.wrapUpSeconds = wrapUpSeconds;
        QCOMPARE(r.json, expected.toJson());
        QVERIFY(stored(call.id) == expected);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/calls/%1").arg(call.id), m_agent2).json,
            expected.toJson());

        // The call's update, then the agent's board row (the after-call work is handle time).
        const QList<Hub::StoredEvent> events = m_hub->hub().storage().events().since(before, 100);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).event.type, QString(Domain::EventType::CallUpdated));
        QCOMPARE(events.at(0).event.data, expected.toJson());
        QCOMPARE(events.at(1).event.type, QString(Domain::EventType::BoardAgent));
        QCOMPARE(events.at(1).event.data.value(QLatin1String("user_id")).toInteger(), m_agent1Id);

        // A second wrap-up overwrites the disposition; notes left out are kept, empty notes clear
        // them.
        const ApiReply again = wrapUp(call.id, disposition(QStringLiteral("callback")), m_agent1);
        QCOMPARE(again.status, 200);
        QCOMPARE(
            again.json.value(QLatin1String("disposition")).toString(), QStringLiteral("callback"));
        QCOMPARE(again.json.value(QLatin1String("wrap_up_notes")).toString(),
            QStringLiteral("Router reset, line back up."));
        QCOMPARE(stored(call.id).disposition, QStringLiteral("callback"));
        QCOMPARE(stored(call.id).wrapUpNotes, QStringLiteral("Router reset, line back up."));
        // The after-call work ended with the first wrap-up.
        QCOMPARE(stored(call.id).wrapUpSeconds, wrapUpSeconds);
        const ApiReply cleared = wrapUp(call.id,
            {{QStringLiteral("disposition"), QStringLiteral("callback")},
                {QStringLiteral("notes"), QString()}},
            m_agent1);
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json.value(QLatin1String("wrap_up_notes")).toString(), QString());
        QCOMPARE(stored(call.id).wrapUpNotes, QString());
    }

    void onlyTheCallsAgentOrASupervisorWrapsUp()
    {
        const Domain::CallRecord call = recordCall(QStringLiteral("+446666"), m_agent1Id);
        const qint64 before = head();
        ApiReply r = wrapUp(
            call.id, disposition(QStringLiteral("resolved"), QStringLiteral("mine now")), m_agent2);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(stored(call.id) == call);
        QCOMPARE(head(), before);

        // A missed call belongs to no agent: only supervisors wrap it up.
        const Domain::CallRecord missed = recordCall(QStringLiteral("+447777"), std::nullopt);
        const qint64 beforeMissed = head();
        r = wrapUp(missed.id, disposition(QStringLiteral("no_answer")), m_agent1);
        QCOMPARE(r.status, 403);
        QVERIFY(stored(missed.id) == missed);
        QCOMPARE(head(), beforeMissed);

        r = wrapUp(call.id,
            disposition(QStringLiteral("escalated"), QStringLiteral("Supervisor took over")),
            m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.value(QLatin1String("disposition")).toString(), QStringLiteral("escalated"));
        QCOMPARE(stored(call.id).wrapUpNotes, QStringLiteral("Supervisor took over"));
        // The call stays the agent's.
        QCOMPARE(r.json.value(QLatin1String("agent_id")).toInteger(), m_agent1Id);
        r = wrapUp(missed.id, disposition(QStringLiteral("no_answer")), m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(stored(missed.id).disposition, QStringLiteral("no_answer"));
    }

    void rejectsBadWrapUps_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString d = QStringLiteral("disposition");
        const QString n = QStringLiteral("notes");
        QTest::newRow("uppercase") << QJsonObject{{d, QStringLiteral("Resolved")}} << "disposition";
        QTest::newRow("all caps") << QJsonObject{{d, QStringLiteral("RESOLVED")}} << "disposition";
        QTest::newRow("space") << QJsonObject{{d, QStringLiteral("call back")}} << "disposition";
        QTest::newRow("leading space")
            << QJsonObject{{d, QStringLiteral(" resolved")}} << "disposition";
        QTest::newRow("hyphen") << QJsonObject{{d, QStringLiteral("call-back")}} << "disposition";
        QTest::newRow("accent") << QJsonObject{{d, QStringLiteral("résolu")}} << "disposition";
        QTest::newRow("empty") << QJsonObject{{d, QString()}} << "disposition";
        QTest::newRow("blank") << QJsonObject{{d, QStringLiteral("   ")}} << "disposition";
        QTest::newRow("41 chars") << QJsonObject{{d, QString(41, QLatin1Char('a'))}}
                                  << "disposition";
        QTest::newRow("missing") << QJsonObject{{n, QStringLiteral("notes only")}} << "disposition";
        QTest::newRow("null") << QJsonObject{{d, QJsonValue()}} << "disposition";
        QTest::newRow("number") << QJsonObject{{d, 7}} << "disposition";
        QTest::newRow("notes 10001")
            << QJsonObject{{d, QStringLiteral("resolved")}, {n, QString(10001, QLatin1Char('n'))}}
            << "notes";
        QTest::newRow("notes number")
            << QJsonObject{{d, QStringLiteral("resolved")}, {n, 12}} << "notes";
        QTest::newRow("notes array")
            << QJsonObject{{d, QStringLiteral("resolved")}, {n, QJsonArray{QStringLiteral("x")}}}
            << "notes";
    }
    void rejectsBadWrapUps()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Domain::CallRecord before = stored(m_ben1.id);
        const qint64 seq = head();
        const ApiReply r = wrapUp(m_ben1.id, body, m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QVERIFY(stored(m_ben1.id) == before);
        QCOMPARE(head(), seq);
    }

    void acceptsLimits()
    {
        const QString code = QStringLiteral("a_0") + QString(37, QLatin1Char('z'));
        QCOMPARE(code.size(), 40);
        const QString notes(10000, QLatin1Char('n'));
        const ApiReply r = wrapUp(m_ben2.id, disposition(code, notes), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(stored(m_ben2.id).disposition, code);
        QCOMPARE(stored(m_ben2.id).wrapUpNotes, notes);
        QCOMPARE(wrapUp(m_ben2.id, disposition(QStringLiteral("x")), m_agent1).status, 200);
    }

    void wrapUpOfAnUnknownCall()
    {
        const qint64 seq = head();
        const ApiReply r = wrapUp(999999, disposition(QStringLiteral("resolved")), m_supervisor);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(head(), seq);
    }

    void wrapUpNeedsAClientId_data()
    {
        QTest::addColumn<QJsonValue>("clientId");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("number") << QJsonValue(5);
        QTest::newRow("slash") << QJsonValue(QStringLiteral("a/b"));
    }
    void wrapUpNeedsAClientId()
    {
        QFETCH(QJsonValue, clientId);
        QJsonObject body = disposition(QStringLiteral("resolved"), QStringLiteral("no id"));
        if (!clientId.isUndefined())
            body.insert(QStringLiteral("client_id"), clientId);
        const Domain::CallRecord before = stored(m_ann1.id);
        const qint64 seq = head();
        const ApiReply r = wrapUp(m_ann1.id, body, m_agent1, QString());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), QStringLiteral("client_id"));
        QVERIFY(stored(m_ann1.id) == before);
        QCOMPARE(head(), seq);
    }

    void wrapUpIsStoredOnce()
    {
        const Domain::CallRecord call = recordCall(QStringLiteral("+448888"), m_agent2Id);
        const QString clientId = QStringLiteral("desktop-2:wrapup-1");
        const ApiReply first
            = wrapUp(call.id, disposition(QStringLiteral("sale"), QStringLiteral("Upgraded plan")),
                m_agent2, clientId);
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("Idempotent-Replay").isEmpty());
        const qint64 seq = head();

        const ApiReply second
            = wrapUp(call.id, disposition(QStringLiteral("sale"), QStringLiteral("Upgraded plan")),
                m_agent2, clientId);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(second.json, first.json);
        QCOMPARE(head(), seq);

        // A retry is answered from the first write, whatever its body now says.
        const ApiReply changed
            = wrapUp(call.id, disposition(QStringLiteral("lost")), m_agent2, clientId);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(changed.json, first.json);
        QCOMPARE(stored(call.id).disposition, QStringLiteral("sale"));
        QCOMPARE(head(), seq);

        // The same id on another call is a mistake, not a replay.
        const ApiReply reused
            = wrapUp(m_ann2.id, disposition(QStringLiteral("sale")), m_agent2, clientId);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("client_id_reused"));
        QCOMPARE(head(), seq);
    }
};

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
