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
using State = Domain::CallRecord::State;

//! Call control through the API: answer, decline, hold, resume, transfer and end, with the
//! roles, the states each action needs, idempotent retries and the events they record.
class TestCallControl : public QObject
{
    Q_OBJECT

private:
    //! A call ringing for `agent` (or waiting in the queue), as the telephony connector records it.
    Domain::CallRecord offer(std::optional<qint64> agent)
    {
        Domain::CallRecord call;
        call.direction = Domain::CallDirection::Inbound;
        call.fromNumber = QStringLiteral("+4477009%1").arg(++m_calls, 5, 10, QLatin1Char('0'));
        call.toNumber = QStringLiteral("+442079460000");
        call.agentId = agent;
        call.offeredAt = QDateTime::currentDateTimeUtc();
        call.providerCallId = QStringLiteral("CA-control-%1").arg(m_calls);
        return m_hub->hub().inbound().recordCall(call,
            {0, Domain::IdentityKind::Phone, call.fromNumber},
            QStringLiteral("Caller %1").arg(m_calls));
    }
    ApiReply act(qint64 call, const QString &action, const QString &token,
        const QJsonObject &fields = {}, const QString &clientId = newClientId())
    {
        QJsonObject body = fields;
        if (!clientId.isNull())
            body.insert(QStringLiteral("client_id"), clientId);
        return m_api->post(
            QStringLiteral("/api/v1/calls/%1/%2").arg(call).arg(action), body, token);
    }
    ApiReply transfer(qint64 call, qint64 to, const QString &token)
    {
        return act(call, QStringLiteral("transfer"), token, {{QStringLiteral("to_user_id"), to}});
    }
    Domain::CallRecord stored(qint64 id) { return *m_hub->hub().storage().calls().byId(id); }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    //! The events since seq but the supervisor board's rows (tst_supervisor covers those).
    QList<Hub::StoredEvent> eventsSince(qint64 seq)
    {
        QList<Hub::StoredEvent> out;
        for (const Hub::StoredEvent &e : m_hub->hub().storage().events().since(seq, 100)) {
            if (!e.event.type.startsWith(QLatin1String("board.")))
                out.append(e);
        }
        return out;
    }
    //! Checks the one call.updated event recorded since seq: it carries the stored call, and
    //! reaches exactly the agents named (supervisors always).
    void checkEvent(qint64 seq, qint64 callId, const QList<qint64> &agents)
    {
        const auto events = eventsSince(seq);
        // A declined call rings on: routing's own events may follow the first.
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.at(0).event.type, QString(Domain::EventType::CallUpdated));
        QCOMPARE(events.at(0).event.data, stored(callId).toJson());
        for (qint64 agent : {m_agent1Id, m_agent2Id, m_agent3Id}) {
            QCOMPARE(
                events.at(0).audience.admits(agent, Domain::Role::Agent), agents.contains(agent));
        }
        QVERIFY(events.at(0).audience.admits(m_supervisorId, Domain::Role::Supervisor));
    }
    static Domain::CallRecord parse(const ApiReply &reply)
    {
        return Domain::CallRecord::fromJson(reply.json).value_or(Domain::CallRecord{});
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_agent2;
    QString m_agent3;
    QString m_supervisor;
    qint64 m_agent1Id = 0;
    qint64 m_agent2Id = 0;
    qint64 m_agent3Id = 0;
    qint64 m_supervisorId = 0;
    qint64 m_inactiveId = 0;
    int m_calls = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        const QString admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        for (const char *name : {"agent3", "gone"}) {
            const ApiReply created = m_api->post(QStringLiteral("/api/v1/users"),
                {{QStringLiteral("client_id"), newClientId()},
                    {QStringLiteral("username"), QLatin1String(name)},
                    {QStringLiteral("name"), QLatin1String(name)},
                    {QStringLiteral("password"), TestHub::password()},
                    {QStringLiteral("role"), QStringLiteral("agent")}},
                admin);
            QCOMPARE(created.status, 201);
        }
        m_inactiveId = m_hub->user(QStringLiteral("gone")).id;
        QCOMPARE(m_api
                     ->request("PATCH", QStringLiteral("/api/v1/users/%1").arg(m_inactiveId),
                         {{QStringLiteral("client_id"), newClientId()},
                             {QStringLiteral("active"), false}},
                         admin)
                     .status,
            200);
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_agent3 = m_api->login(QStringLiteral("agent3"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_agent3.isEmpty()
            && !m_supervisor.isEmpty());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        m_agent2Id = m_hub->user(QStringLiteral("agent2")).id;
        m_agent3Id = m_hub->user(QStringLiteral("agent3")).id;
        m_supervisorId = m_hub->user(QStringLiteral("supervisor")).id;
    }

    void aCallFromOfferToEnd()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        QCOMPARE(call.state(), State::Offered);

        qint64 seq = head();
        ApiReply r = act(call.id, QStringLiteral("answer"), m_agent1);
        QCOMPARE(r.status, 200);
        Domain::CallRecord answered = parse(r);
        QCOMPARE(answered.state(), State::Answered);
        QVERIFY(answered.answeredAt.isValid());
        QCOMPARE(answered.agentId, std::optional<Domain::Id>(m_agent1Id));
        QCOMPARE(r.json, stored(call.id).toJson());
        checkEvent(seq, call.id, {m_agent1Id});

        seq = head();
        r = act(call.id, QStringLiteral("hold"), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).state(), State::OnHold);
        QCOMPARE(r.json.value(QLatin1String("on_hold")).toBool(), true);
        QVERIFY(parse(r).holdStartedAt.isValid());
        checkEvent(seq, call.id, {m_agent1Id});

        seq = head();
        r = act(call.id, QStringLiteral("resume"), m_agent1);
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).state(), State::Answered);
        QCOMPARE(r.json.value(QLatin1String("on_hold")).toBool(), false);
        QVERIFY(r.json.value(QLatin1String("hold_started_at")).isNull());
        QVERIFY(r.json.value(QLatin1String("held_seconds")).toInt() >= 0);
        checkEvent(seq, call.id, {m_agent1Id});

        seq = head();
        r = act(call.id, QStringLiteral("end"), m_agent1);
        QCOMPARE(r.status, 200);
        const Domain::CallRecord ended = parse(r);
        QCOMPARE(ended.state(), State::Ended);
        QVERIFY(!ended.missed());
        QVERIFY(ended.endedAt >= ended.answeredAt);
        QCOMPARE(ended.durationSeconds, int(ended.answeredAt.secsTo(ended.endedAt)));
        checkEvent(seq, call.id, {m_agent1Id});

        // The wrap-up completes the record.
        r = act(call.id, QStringLiteral("wrapup"), m_agent1,
            {{QStringLiteral("disposition"), QStringLiteral("resolved")},
                {QStringLiteral("notes"), QStringLiteral("Sorted")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(stored(call.id).disposition, QStringLiteral("resolved"));
    }

    void endingOnHoldCountsTheHold()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        QCOMPARE(act(call.id, QStringLiteral("answer"), m_agent1).status, 200);
        QCOMPARE(act(call.id, QStringLiteral("hold"), m_agent1).status, 200);
        const ApiReply r = act(call.id, QStringLiteral("end"), m_agent1);
        QCOMPARE(r.status, 200);
        const Domain::CallRecord ended = parse(r);
        QCOMPARE(ended.state(), State::Ended);
        QVERIFY(!ended.onHold);
        QVERIFY(!ended.holdStartedAt.isValid());
    }

    void declineReturnsTheCallToTheQueue()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        const qint64 seq = head();
        const ApiReply r = act(call.id, QStringLiteral("decline"), m_agent1);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("agent_id")).isNull());
        QCOMPARE(parse(r).state(), State::Offered);
        // The agent who declined still hears of it, so their pop-up closes.
        checkEvent(seq, call.id, {m_agent1Id});
        // Now nobody's: the agent may not answer it any more.
        const ApiReply again = act(call.id, QStringLiteral("answer"), m_agent1);
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), QStringLiteral("forbidden"));
    }

    void endingAnOfferedCallMakesItMissed()
    {
        const Domain::CallRecord call = offer(m_agent2Id);
        const ApiReply r = act(call.id, QStringLiteral("end"), m_agent2);
        QCOMPARE(r.status, 200);
        const Domain::CallRecord ended = parse(r);
        QVERIFY(ended.missed());
        QVERIFY(r.json.value(QLatin1String("answered_at")).isNull());
        QCOMPARE(ended.durationSeconds, 0);
    }

    void transferReachesBothAgents()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        QCOMPARE(act(call.id, QStringLiteral("answer"), m_agent1).status, 200);
        QCOMPARE(act(call.id, QStringLiteral("hold"), m_agent1).status, 200);
        const qint64 seq = head();
        ApiReply r = transfer(call.id, m_agent2Id, m_agent1);
        QCOMPARE(r.status, 200);
        Domain::CallRecord moved = parse(r);
        QCOMPARE(moved.agentId, std::optional<Domain::Id>(m_agent2Id));
        QCOMPARE(moved.state(), State::Offered);
        QVERIFY(!moved.onHold);
        checkEvent(seq, call.id, {m_agent1Id, m_agent2Id});

        // Both agents' catch-up carries it; a third agent's does not.
        const auto carried = [&](const QString &token) {
            const ApiReply events
                = m_api->get(QStringLiteral("/api/v1/events?since=%1&limit=100").arg(seq), token);
            for (const QJsonValue &e : events.json.value(QLatin1String("events")).toArray()) {
                if (e[QLatin1String("type")].toString() == QLatin1String("call.updated")
                    && e[QLatin1String("data")][QLatin1String("id")].toInteger() == call.id)
                    return true;
            }
            return false;
        };
        QVERIFY(carried(m_agent1));
        QVERIFY(carried(m_agent2));
        QVERIFY(!carried(m_agent3));

        // The first agent lost control; the new one answers and ends it.
        QCOMPARE(act(call.id, QStringLiteral("end"), m_agent1).status, 403);
        QCOMPARE(act(call.id, QStringLiteral("answer"), m_agent2).status, 200);
        r = act(call.id, QStringLiteral("end"), m_agent2);
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).state(), State::Ended);
    }

    void rejectsBadTransfers_data()
    {
        QTest::addColumn<QJsonValue>("to");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 400 << "invalid_field";
        QTest::newRow("null") << QJsonValue() << 400 << "invalid_field";
        QTest::newRow("text") << QJsonValue(QStringLiteral("agent2")) << 400 << "invalid_field";
        QTest::newRow("zero") << QJsonValue(0) << 400 << "invalid_field";
        QTest::newRow("fraction") << QJsonValue(2.5) << 400 << "invalid_field";
        QTest::newRow("unknown user") << QJsonValue(999999) << 404 << "not_found";
        QTest::newRow("deactivated") << QJsonValue(-1) << 400 << "invalid_field";
        QTest::newRow("to self") << QJsonValue(-2) << 400 << "invalid_field";
    }
    void rejectsBadTransfers()
    {
        QFETCH(QJsonValue, to);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (to == QJsonValue(-1))
            to = m_inactiveId;
        else if (to == QJsonValue(-2))
            to = m_agent1Id;
        const Domain::CallRecord call = offer(m_agent1Id);
        QCOMPARE(act(call.id, QStringLiteral("answer"), m_agent1).status, 200);
        const Domain::CallRecord before = stored(call.id);
        const qint64 seq = head();
        QJsonObject body;
        if (!to.isUndefined())
            body.insert(QStringLiteral("to_user_id"), to);
        const ApiReply r = act(call.id, QStringLiteral("transfer"), m_agent1, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        if (status == 400)
            QCOMPARE(r.errorField(), QStringLiteral("to_user_id"));
        QVERIFY(stored(call.id) == before);
        QCOMPARE(head(), seq);
    }

    void refusesWrongStates_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("action");
        // setup: the actions that bring a fresh offered call into the state under test.
        QTest::newRow("answer answered") << "answer"
                                         << "answer";
        QTest::newRow("answer ended") << "answer end"
                                      << "answer";
        QTest::newRow("decline answered") << "answer"
                                          << "decline";
        QTest::newRow("hold offered") << ""
                                      << "hold";
        QTest::newRow("hold held") << "answer hold"
                                   << "hold";
        QTest::newRow("resume answered") << "answer"
                                         << "resume";
        QTest::newRow("resume ended") << "answer hold end"
                                      << "resume";
        QTest::newRow("transfer offered") << ""
                                          << "transfer";
        QTest::newRow("transfer ended") << "answer end"
                                        << "transfer";
        QTest::newRow("end ended") << "answer end"
                                   << "end";
        QTest::newRow("end missed") << "end"
                                    << "end";
    }
    void refusesWrongStates()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        const Domain::CallRecord call = offer(m_agent1Id);
        for (const QString &step : setup.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QCOMPARE(act(call.id, step, m_agent1).status, 200);
        const Domain::CallRecord before = stored(call.id);
        const qint64 seq = head();
        const ApiReply r = action == QLatin1String("transfer")
            ? transfer(call.id, m_agent2Id, m_agent1)
            : act(call.id, action, m_agent1);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("call_state"));
        const QString message
            = r.json.value(QLatin1String("error"))[QLatin1String("message")].toString();
        QVERIFY2(
            message.startsWith(QStringLiteral("call %1 is ").arg(call.id)), qPrintable(message));
        QVERIFY(stored(call.id) == before);
        QCOMPARE(head(), seq);
    }

    void answeringAnEndedCallSaysWhy()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        QCOMPARE(act(call.id, QStringLiteral("end"), m_agent1).status, 200);
        const ApiReply r = act(call.id, QStringLiteral("answer"), m_agent1);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json.value(QLatin1String("error"))[QLatin1String("message")].toString(),
            QStringLiteral("call %1 is ended: only an offered call can be answered").arg(call.id));
    }

    void rolesDecideWhoControlsACall()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        qint64 seq = head();
        // Another agent can neither answer nor decline nor end someone else's call.
        for (const char *action : {"answer", "decline", "end"}) {
            const ApiReply r = act(call.id, QLatin1String(action), m_agent2);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
        // Only the agent the call rings for answers it, supervisors included.
        QCOMPARE(act(call.id, QStringLiteral("answer"), m_supervisor).status, 403);
        QCOMPARE(head(), seq);
        QVERIFY(stored(call.id) == call);

        QCOMPARE(act(call.id, QStringLiteral("answer"), m_agent1).status, 200);
        for (const char *action : {"hold", "end"})
            QCOMPARE(act(call.id, QLatin1String(action), m_agent2).status, 403);
        QCOMPARE(transfer(call.id, m_agent2Id, m_agent2).status, 403);

        // A supervisor may do everything else.
        seq = head();
        QCOMPARE(act(call.id, QStringLiteral("hold"), m_supervisor).status, 200);
        QCOMPARE(act(call.id, QStringLiteral("resume"), m_supervisor).status, 200);
        QCOMPARE(transfer(call.id, m_agent3Id, m_supervisor).status, 200);
        QCOMPARE(act(call.id, QStringLiteral("decline"), m_supervisor).status, 200);
        QCOMPARE(act(call.id, QStringLiteral("end"), m_supervisor).status, 200);
        int calls = 0;
        for (const auto &e : eventsSince(seq))
            calls += e.event.type == QLatin1String(Domain::EventType::CallUpdated) ? 1 : 0;
        // Five of them from the actions; the decline may be followed by routing offering the
        // call on before it is ended.
        QVERIFY(calls >= 5);
        QCOMPARE(stored(call.id).state(), State::Ended);
        QVERIFY(!stored(call.id).agentId);

        // A queued call (no agent) is a supervisor's to end.
        const Domain::CallRecord queued = offer(std::nullopt);
        QCOMPARE(act(queued.id, QStringLiteral("end"), m_agent1).status, 403);
        QCOMPARE(act(queued.id, QStringLiteral("answer"), m_agent1).status, 403);
        QCOMPARE(act(queued.id, QStringLiteral("end"), m_supervisor).status, 200);
    }

    void unknownCalls()
    {
        const qint64 seq = head();
        for (const char *action : {"answer", "decline", "hold", "resume", "end"}) {
            const ApiReply r = act(999999, QLatin1String(action), m_supervisor);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        }
        QCOMPARE(transfer(999999, m_agent2Id, m_supervisor).status, 404);
        QCOMPARE(head(), seq);
    }

    void malformedBodies()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        const qint64 seq = head();
        ApiReply r = m_api->raw("POST", QStringLiteral("/api/v1/calls/%1/answer").arg(call.id),
            "{\"client_id\": ", "application/json", m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
        r = m_api->raw("POST", QStringLiteral("/api/v1/calls/%1/answer").arg(call.id), "[1]",
            "application/json", m_agent1);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
        // Every write needs a client id.
        r = act(call.id, QStringLiteral("answer"), m_agent1, {}, QString());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("client_id"));
        QCOMPARE(head(), seq);
        QVERIFY(stored(call.id) == call);
    }

    void aRetryIsAnsweredFromTheFirstWrite()
    {
        const Domain::CallRecord call = offer(m_agent1Id);
        const QString clientId = QStringLiteral("desktop-1:answer-%1").arg(call.id);
        const ApiReply first = act(call.id, QStringLiteral("answer"), m_agent1, {}, clientId);
        QCOMPARE(first.status, 200);
        const qint64 seq = head();
        // Lost answers are retried with the same id: the hub answers 200 again, not 409.
        const ApiReply again = act(call.id, QStringLiteral("answer"), m_agent1, {}, clientId);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        QCOMPARE(head(), seq);
        // The same id for another action is a mistake.
        const ApiReply reused = act(call.id, QStringLiteral("end"), m_agent1, {}, clientId);
        QCOMPARE(reused.status, 422);
        QCOMPARE(head(), seq);
    }

    void olderRecordsParseWithoutHoldMembers()
    {
        QJsonObject json = offer(m_agent1Id).toJson();
        json.remove(QStringLiteral("on_hold"));
        json.remove(QStringLiteral("hold_started_at"));
        json.remove(QStringLiteral("held_seconds"));
        const auto parsed = Domain::CallRecord::fromJson(json);
        QVERIFY(parsed);
        QVERIFY(!parsed->onHold);
        QCOMPARE(parsed->heldSeconds, 0);
    }
};

QTEST_GUILESS_MAIN(TestCallControl)
#include "tst_call_control.moc"
