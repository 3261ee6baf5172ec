// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor board and supervisor actions: the board's snapshot and its deltas (to
// supervisors only, and only when a row changed), monitor, whisper, take over, reassign and
// set another agent's state with their audit entries, and every supervisor or admin route
// refused to agents.
#include "ApiClient.h"
#include "StreamClient.h"
#include "TestHub.h"
#include "api/Router.h"
#include "core/Hub.h"
#include "domain/WireTime.h"
#include "service/InboundService.h"
#include "storage/AuditRepository.h"
#include "storage/CallRepository.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

class TestSupervisor : public QObject
{
    Q_OBJECT

private:
    Hub::InboundResult customerWritesMessage(const QString &email)
    {
        Hub::InboundMessage m;
        m.channel = ChannelKind::Email;
        m.sender = {0, IdentityKind::Email, email};
        m.senderName = QStringLiteral("Ann Example");
        m.threadId = email;
        m.subject = QStringLiteral("Invoice twice");
        m.body = QStringLiteral("I was charged twice.");
        return m_hub->hub().inbound().receive(m);
    }
    Id customerWrites(const QString &email) { return customerWritesMessage(email).conversation.id; }
    ApiReply action(const QString &what, Id conversation, const QString &token,
        QJsonObject body = {}, const QString &clientId = newClientId())
    {
        body.insert(QStringLiteral("client_id"), clientId);
        return m_api->post(
            QStringLiteral("/api/v1/conversations/%1/%2").arg(conversation).arg(what), body, token);
    }
    ApiReply assign(Id conversation, QJsonValue assignee, const QString &token)
    {
        return action(QStringLiteral("assign"), conversation, token,
            {{QStringLiteral("assignee_id"), assignee}});
    }
    ApiReply setPresence(
        const QString &path, const QString &state, const QString &token, const QString &reason = {})
    {
        return m_api->request("PUT", path,
            {{QStringLiteral("state"), state}, {QStringLiteral("reason"), reason},
                {QStringLiteral("client_id"), newClientId()}},
            token);
    }
    //! Events of a type that the token's user reads through GET /api/v1/events after since.
    QList<QJsonObject> eventsSince(qint64 since, const QString &type, const QString &token)
    {
        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/events?since=%1&limit=5000").arg(since), token);
        [&] { QCOMPARE(r.status, 200); }();
        QList<QJsonObject> out;
        for (const QJsonValue &e : r.json.value(QLatin1String("events")).toArray()) {
            if (e[QLatin1String("type")].toString() == type)
                out.append(e.toObject());
        }
        return out;
    }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    //! The newest audit entry of an action.
    std::optional<AuditEntry> lastAudit(QLatin1String action)
    {
        const auto entries = m_hub->hub().storage().audit().list(0, 1000, QString(action));
        return entries.isEmpty() ? std::nullopt : std::optional<AuditEntry>(entries.last());
    }
    qsizetype auditCount(QLatin1String action)
    {
        return m_hub->hub().storage().audit().list(0, 1000, QString(action)).size();
    }
    static int emailWork(const QJsonObject &row)
    {
        return row.value(QLatin1String("conversations"))
            .toObject()
            .value(QLatin1String("email"))
            .toInt(-1);
    }
    //! The newest row in events whose key (user_id, queue_id) is id.
    static QJsonObject rowOf(
        const QList<QJsonObject> &events, Id id, QLatin1String key = QLatin1String("user_id"))
    {
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            const QJsonObject data = events[i].value(QLatin1String("data")).toObject();
            if (data.value(key).toInteger() == id)
                return data;
        }
        return {};
    }
    QJsonObject queueRowSince(qint64 since, Id queueId)
    {
        return rowOf(eventsSince(since, QStringLiteral("board.queue"), m_supervisor), queueId,
            QLatin1String("queue_id"));
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_agent2;
    QString m_supervisor;
    Id m_agent1Id = 0;
    Id m_agent2Id = 0;
    Id m_supervisorId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // Each queue's row recorded with the change that touched it, so each step below sees its
        // own; queueRowsUnderLoadAreGathered checks the hub's default.
        TestHub::Options options;
        options.configure = [](Hub::HubConfig &config) {
            config.boardQueueRefreshMilliseconds = 0;
        };
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_supervisor.isEmpty());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        m_agent2Id = m_hub->user(QStringLiteral("agent2")).id;
        m_supervisorId = m_hub->user(QStringLiteral("supervisor")).id;
    }

    void theBoardIsForSupervisorsOnly()
    {
        const ApiReply refused = m_api->get(QStringLiteral("/api/v1/board"), m_agent1);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));

        const ApiReply board = m_api->get(QStringLiteral("/api/v1/board"), m_supervisor);
        QCOMPARE(board.status, 200);
        QCOMPARE(board.json.value(QLatin1String("head")).toInteger(), head());
        QCOMPARE(board.json.value(QLatin1String("day")).toString(),
            QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(board.json.value(QLatin1String("queues")).isArray());
        QJsonObject agent1;
        for (const QJsonValue &row : board.json.value(QLatin1String("agents")).toArray()) {
            if (row[QLatin1String("user_id")].toInteger() == m_agent1Id)
                agent1 = row.toObject();
        }
        QCOMPARE(agent1.value(QLatin1String("name")).toString(),
            m_hub->user(QStringLiteral("agent1")).name);
        QCOMPARE(agent1.value(QLatin1String("state")).toString(), QStringLiteral("offline"));
        const QJsonObject conversations = agent1.value(QLatin1String("conversations")).toObject();
        QCOMPARE(conversations.keys().size(), allChannelKinds().size());
        QCOMPARE(conversations.value(QLatin1String("email")).toInt(), 0);
        QCOMPARE(agent1.value(QLatin1String("on_call")).toBool(), false);
        QCOMPARE(agent1.value(QLatin1String("handled_today")).toInt(), 0);
        QCOMPARE(agent1.value(QLatin1String("occupancy")).toDouble(), 0.0);
    }

    void presenceChangesReachSupervisorsAsDeltasOnly()
    {
        StreamClient supervisor(m_hub->url(), m_supervisor, head());
        StreamClient agent(m_hub->url(), m_agent2, head());
        QVERIFY(supervisor.waitForLive());
        QVERIFY(agent.waitForLive());
        const qint64 since = head();

        QCOMPARE(setPresence(QStringLiteral("/api/v1/me/presence"), QStringLiteral("busy"),
                     m_agent1, QStringLiteral("training call"))
                     .status,
            200);
        QTRY_VERIFY(!supervisor.eventsOfType(QStringLiteral("board.agent")).isEmpty());
        const QJsonObject row
            = rowOf(supervisor.eventsOfType(QStringLiteral("board.agent")), m_agent1Id);
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("busy"));
        QCOMPARE(row.value(QLatin1String("reason")).toString(), QStringLiteral("training call"));
        QVERIFY(!row.value(QLatin1String("state_since")).toString().isEmpty());

        // The same state and reason again: presence.changed is recorded, the row is unchanged.
        QCOMPARE(setPresence(QStringLiteral("/api/v1/me/presence"), QStringLiteral("busy"),
                     m_agent1, QStringLiteral("training call"))
                     .status,
            200);
        QTRY_COMPARE(
            eventsSince(since, QStringLiteral("presence.changed"), m_supervisor).size(), 2);
        QCOMPARE(eventsSince(since, QStringLiteral("board.agent"), m_supervisor).size(), 1);

        // The agent saw the presence changes on their stream but no board row, there or in the
        // catch-up read.
        QTRY_COMPARE(agent.eventsOfType(QStringLiteral("presence.changed")).size(), 2);
        QVERIFY(agent.eventsOfType(QStringLiteral("board.agent")).isEmpty());
        QVERIFY(eventsSince(since, QStringLiteral("board.agent"), m_agent2).isEmpty());
        QVERIFY(eventsSince(0, QStringLiteral("board.agent"), m_agent1).isEmpty());
        // An agent changing their own state is no supervisor action.
        QCOMPARE(auditCount(AuditAction::SupervisorSetState), 0);
    }

    void aSupervisorSettingAnAgentsStateIsAudited()
    {
        const ApiReply r = setPresence(QStringLiteral("/api/v1/users/%1/presence").arg(m_agent1Id),
            QStringLiteral("break"), m_supervisor, QStringLiteral("overdue break"));
        QCOMPARE(r.status, 200);
        const auto entry = lastAudit(AuditAction::SupervisorSetState);
        QVERIFY(entry);
        QCOMPARE(entry->userId, m_supervisorId);
        QCOMPARE(entry->reason, QStringLiteral("overdue break"));
        QCOMPARE(entry->details.value(QLatin1String("user_id")).toInteger(), m_agent1Id);
        QCOMPARE(entry->details.value(QLatin1String("from")).toString(), QStringLiteral("busy"));
        QCOMPARE(entry->details.value(QLatin1String("to")).toString(), QStringLiteral("break"));

        // Another agent's state is not an agent's to change: refused, and nothing recorded.
        const qsizetype entries = auditCount(AuditAction::SupervisorSetState);
        QCOMPARE(setPresence(QStringLiteral("/api/v1/users/%1/presence").arg(m_agent1Id),
                     QStringLiteral("available"), m_agent2)
                     .status,
            403);
        QCOMPARE(auditCount(AuditAction::SupervisorSetState), entries);
    }

    void assignmentsMoveWorkBetweenRowsAndReassignIsAudited()
    {
        const Id conversation = customerWrites(QStringLiteral("rows@example.net"));
        const qint64 since = head();
        QCOMPARE(assign(conversation, m_agent1Id, m_supervisor).status, 200);
        // Handing out waiting work is no reassignment.
        QCOMPARE(auditCount(AuditAction::SupervisorReassign), 0);
        auto rows = eventsSince(since, QStringLiteral("board.agent"), m_supervisor);
        QCOMPARE(emailWork(rowOf(rows, m_agent1Id)), 1);
        QVERIFY(rowOf(rows, m_agent2Id).isEmpty()); // untouched rows are not sent

        const qint64 before = head();
        QCOMPARE(assign(conversation, m_agent2Id, m_supervisor).status, 200);
        rows = eventsSince(before, QStringLiteral("board.agent"), m_supervisor);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(emailWork(rowOf(rows, m_agent1Id)), 0);
        const QJsonObject agent2 = rowOf(rows, m_agent2Id);
        QCOMPARE(emailWork(agent2), 1);
        const auto entry = lastAudit(AuditAction::SupervisorReassign);
        QVERIFY(entry);
        QCOMPARE(entry->conversationId, std::optional<Id>(conversation));
        QCOMPARE(entry->details.value(QLatin1String("from")).toInteger(), m_agent1Id);
        QCOMPARE(entry->details.value(QLatin1String("to")).toInteger(), m_agent2Id);

        // Resolving counts as handled today; the row says so.
        const qint64 resolvedSince = head();
        QCOMPARE(action(QStringLiteral("status"), conversation, m_agent2,
                     {{QStringLiteral("status"), QStringLiteral("resolved")}})
                     .status,
            200);
        const QJsonObject resolved = rowOf(
            eventsSince(resolvedSince, QStringLiteral("board.agent"), m_supervisor), m_agent2Id);
        QCOMPARE(resolved.value(QLatin1String("handled_today")).toInt(), 1);
        QCOMPARE(emailWork(resolved), 0);
        QVERIFY(resolved.value(QLatin1String("handle_seconds_avg")).toInteger() >= 0);
    }

    void takeOverAssignsToTheSupervisor()
    {
        const Id conversation = customerWrites(QStringLiteral("takeover@example.net"));
        QCOMPARE(assign(conversation, m_agent1Id, m_supervisor).status, 200);
        QCOMPARE(action(QStringLiteral("take-over"), conversation, m_agent1).status, 403);

        const ApiReply r = action(QStringLiteral("take-over"), conversation, m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("assignee_id")).toInteger(), m_supervisorId);
        const auto entry = lastAudit(AuditAction::SupervisorTakeOver);
        QVERIFY(entry);
        QCOMPARE(entry->conversationId, std::optional<Id>(conversation));
        QCOMPARE(entry->details.value(QLatin1String("from")).toInteger(), m_agent1Id);
        // Taking over is not also recorded as a reassignment.
        QCOMPARE(auditCount(AuditAction::SupervisorReassign), 1);

        QCOMPARE(action(QStringLiteral("take-over"), 999999, m_supervisor).status, 404);
    }

    void monitorReadsAndRecordsNothingElse()
    {
        const Id conversation = customerWrites(QStringLiteral("monitor@example.net"));
        QCOMPARE(action(QStringLiteral("monitor"), conversation, m_agent1).status, 403);
        const qint64 since = head();
        const QString clientId = newClientId();
        const ApiReply r
            = action(QStringLiteral("monitor"), conversation, m_supervisor, {}, clientId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), conversation);
        const auto entry = lastAudit(AuditAction::SupervisorMonitor);
        QVERIFY(entry);
        QCOMPARE(entry->conversationId, std::optional<Id>(conversation));
        // Only the audit entry: the conversation did not change.
        QVERIFY(eventsSince(since, QStringLiteral("conversation.updated"), m_supervisor).isEmpty());
        // A retry is answered from the first time, not audited twice.
        const qsizetype entries = auditCount(AuditAction::SupervisorMonitor);
        const ApiReply again
            = action(QStringLiteral("monitor"), conversation, m_supervisor, {}, clientId);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(auditCount(AuditAction::SupervisorMonitor), entries);
        QCOMPARE(action(QStringLiteral("monitor"), 999999, m_supervisor).status, 404);
    }

    void aWhisperReachesOnlyTheAssigneeAndSupervisors()
    {
        const Id conversation = customerWrites(QStringLiteral("whisper@example.net"));
        const QJsonObject body{{QStringLiteral("body"), QStringLiteral("Offer the refund.")}};
        const ApiReply unassigned
            = action(QStringLiteral("whisper"), conversation, m_supervisor, body);
        QCOMPARE(unassigned.status, 409);
        QCOMPARE(unassigned.errorCode(), QStringLiteral("no_assignee"));
        QCOMPARE(auditCount(AuditAction::SupervisorWhisper), 0);
        QCOMPARE(action(QStringLiteral("whisper"), conversation, m_supervisor,
                     {{QStringLiteral("body"), QStringLiteral("  ")}})
                     .errorCode(),
            QStringLiteral("invalid_field"));

        QCOMPARE(assign(conversation, m_agent1Id, m_supervisor).status, 200);
        QCOMPARE(action(QStringLiteral("whisper"), conversation, m_agent1, body).status, 403);
        StreamClient agent2Stream(m_hub->url(), m_agent2, head());
        QVERIFY(agent2Stream.waitForLive());
        const qint64 since = head();
        const ApiReply r = action(QStringLiteral("whisper"), conversation, m_supervisor, body);
        QCOMPARE(r.status, 201);
        const Id whisperId = r.json.value(QLatin1String("id")).toInteger();
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(r.json.value(QLatin1String("whisper_to")).toInteger(), m_agent1Id);

        const auto ids = [&](const QString &token) {
            QList<Id> out;
            const ApiReply list = m_api->get(
                QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), token);
            for (const QJsonValue &m : list.items())
                out.append(m[QLatin1String("id")].toInteger());
            return out;
        };
        QVERIFY(ids(m_agent1).contains(whisperId));
        QVERIFY(ids(m_supervisor).contains(whisperId));
        QVERIFY(!ids(m_agent2).contains(whisperId));
        QCOMPARE(ids(m_agent2).size(), ids(m_agent1).size() - 1);

        const Id customer = r.json.value(QLatin1String("customer_id")).toInteger();
        const auto timeline = [&](const QString &token) {
            return QString::fromUtf8(
                m_api->get(QStringLiteral("/api/v1/customers/%1/timeline").arg(customer), token)
                    .body);
        };
        QVERIFY(timeline(m_agent1).contains(QStringLiteral("Offer the refund.")));
        QVERIFY(!timeline(m_agent2).contains(QStringLiteral("Offer the refund.")));
        QVERIFY(
            !m_api->get(
                      QStringLiteral("/api/v1/customers/timelines?ids=%1").arg(customer), m_agent2)
                 .body.contains("Offer the refund."));

        const auto whispers = [&](const QString &token) {
            return eventsSince(since, QStringLiteral("message.created"), token).size();
        };
        QCOMPARE(whispers(m_agent1), 1);
        QCOMPARE(whispers(m_supervisor), 1);
        QCOMPARE(whispers(m_agent2), 0);
        // The stream is filtered the same way: once agent2 has heard of a later change, the
        // whisper before it has not reached them.
        QCOMPARE(
            setPresence(QStringLiteral("/api/v1/me/presence"), QStringLiteral("lunch"), m_agent2)
                .status,
            200);
        QTRY_VERIFY(!agent2Stream.eventsOfType(QStringLiteral("presence.changed")).isEmpty());
        QVERIFY(agent2Stream.eventsOfType(QStringLiteral("message.created")).isEmpty());

        const auto entry = lastAudit(AuditAction::SupervisorWhisper);
        QVERIFY(entry);
        QCOMPARE(entry->messageId, std::optional<Id>(whisperId));
        QCOMPARE(entry->details.value(QLatin1String("to")).toInteger(), m_agent1Id);
        QVERIFY(!QJsonDocument(entry->toJson()).toJson().contains("refund"));
    }

    void queueRowsFollowWaitingAndAnsweredWork()
    {
        const QString admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        qint64 since = head();
        const ApiReply created = m_api->post(QStringLiteral("/api/v1/queues"),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("name"), QStringLiteral("Email DE")},
                {QStringLiteral("position"), 0},
                {QStringLiteral("channels"), QJsonArray{QStringLiteral("email")}},
                {QStringLiteral("sla_seconds"), QJsonObject{{QStringLiteral("email"), 3600}}}},
            admin);
        QCOMPARE(created.status, 201);
        const Id queueId = created.json.value(QLatin1String("id")).toInteger();
        QJsonObject row = queueRowSince(since, queueId);
        QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("Email DE"));
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 0);
        QVERIFY(row.value(QLatin1String("longest_waiting_since")).isNull());
        QVERIFY(row.value(QLatin1String("sla_attainment_today")).isNull());
        QCOMPARE(row.value(QLatin1String("sla_seconds"))
                     .toObject()
                     .value(QLatin1String("email"))
                     .toInt(),
            3600);

        since = head();
        const Hub::InboundResult in = customerWritesMessage(QStringLiteral("queue@example.net"));
        QCOMPARE(in.conversation.queueId, std::optional<Id>(queueId));
        row = queueRowSince(since, queueId);
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("longest_waiting_channel")).toString(),
            QStringLiteral("email"));
        const QDateTime waitingSince
            = WireTime::parse(row.value(QLatin1String("longest_waiting_since")).toString())
                  .value_or(QDateTime());
        QCOMPARE(waitingSince, in.message.createdAt);
        QCOMPARE(WireTime::parse(row.value(QLatin1String("sla_due_at")).toString())
                     .value_or(QDateTime()),
            waitingSince.addSecs(3600));
        // Work in no queue is untouched: no row for it.
        QVERIFY(rowOf(eventsSince(since, QStringLiteral("board.queue"), m_supervisor), 0,
            QLatin1String("queue_id"))
                    .isEmpty());

        QCOMPARE(assign(in.conversation.id, m_agent1Id, m_supervisor).status, 200);
        since = head();
        const ApiReply reply = m_api->post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
            {{QStringLiteral("kind"), QStringLiteral("reply")},
                {QStringLiteral("body"), QStringLiteral("The second charge is refunded.")},
                {QStringLiteral("after"), in.message.id},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent1);
        QCOMPARE(reply.status, 201);
        row = queueRowSince(since, queueId);
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 0);
        QCOMPARE(row.value(QLatin1String("answered_today")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("answered_in_sla_today")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("sla_attainment_today")).toDouble(), 1.0);
        QCOMPARE(row.value(QLatin1String("abandoned_calls_today")).toInt(), 0);

        // A note changes neither the queue's row nor the agent's: nothing is recorded for them.
        since = head();
        QCOMPARE(action(QStringLiteral("messages"), in.conversation.id, m_agent1,
                     {{QStringLiteral("kind"), QStringLiteral("note")},
                         {QStringLiteral("body"), QStringLiteral("Refund done.")}})
                     .status,
            201);
        QVERIFY(head() > since);
        QVERIFY(eventsSince(since, QStringLiteral("board.queue"), m_supervisor).isEmpty());
        QVERIFY(eventsSince(since, QStringLiteral("board.agent"), m_supervisor).isEmpty());

        // The snapshot agrees, with the row for work in no queue last; agents get no rows.
        const ApiReply board = m_api->get(QStringLiteral("/api/v1/board"), m_supervisor);
        const QJsonArray queues = board.json.value(QLatin1String("queues")).toArray();
        QCOMPARE(queues.size(), 2);
        QCOMPARE(queues.first().toObject(), row);
        QVERIFY(queues.last()[QLatin1String("queue_id")].isNull());
        QCOMPARE(queues.last()[QLatin1String("name")].toString(), QString());
        QVERIFY(queues.last()[QLatin1String("waiting")].toInt() > 0); // earlier tests' work
        QVERIFY(eventsSince(0, QStringLiteral("board.queue"), m_agent1).isEmpty());
    }

    void aQueuedConversationWaitsSinceItsFirstMessageAfterTheLastReply()
    {
        // The board keeps each waiting conversation's wait between recomputations; every
        // change of the conversation must move it.
        const auto waitingSinceOf = [](const QJsonObject &row) {
            return WireTime::parse(row.value(QLatin1String("longest_waiting_since")).toString())
                .value_or(QDateTime());
        };
        qint64 since = head();
        const Hub::InboundResult first = customerWritesMessage(QStringLiteral("wait@example.net"));
        QVERIFY(first.conversation.queueId);
        const Id queueId = *first.conversation.queueId;
        QJsonObject row = queueRowSince(since, queueId);
        // The queue of the test before, whose work is no longer waiting: this is its only one.
        QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("Email DE"));
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(waitingSinceOf(row), first.message.createdAt);

        QCOMPARE(assign(first.conversation.id, m_agent1Id, m_supervisor).status, 200);
        QCOMPARE(action(QStringLiteral("messages"), first.conversation.id, m_agent1,
                     {{QStringLiteral("kind"), QStringLiteral("reply")},
                         {QStringLiteral("body"), QStringLiteral("Looking into it.")},
                         {QStringLiteral("after"), first.message.id}})
                     .status,
            201);
        // Back in the queue with no customer message after the reply: it waits since it began.
        since = head();
        QCOMPARE(assign(first.conversation.id, QJsonValue::Null, m_supervisor).status, 200);
        row = queueRowSince(since, queueId);
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(waitingSinceOf(row), first.conversation.createdAt);

        // The customer writes again: it now waits since that message.
        QTest::qWait(5);
        since = head();
        const Hub::InboundResult again = customerWritesMessage(QStringLiteral("wait@example.net"));
        QCOMPARE(again.conversation.id, first.conversation.id);
        QVERIFY(again.message.createdAt > first.conversation.createdAt);
        row = queueRowSince(since, queueId);
        QCOMPARE(row.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(waitingSinceOf(row), again.message.createdAt);
    }

    void callsShowOnTheBoard()
    {
        const auto call = [this](std::optional<Id> agent, const QString &number) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            CallRecord c;
            c.fromNumber = number;
            c.toNumber = QStringLiteral("+4930000000");
            c.agentId = agent;
            c.offeredAt = now.addSecs(-20);
            if (agent)
                c.answeredAt = now.addSecs(-10);
            else
                c.endedAt = now.addSecs(-5);
            c.providerCallId = QStringLiteral("CA-board-%1").arg(number);
            return m_hub->hub().inbound().recordCall(
                c, {0, IdentityKind::Phone, number}, QStringLiteral("Caller %1").arg(number));
        };
        const auto noQueue = [this](qint64 since) {
            for (const QJsonObject &e :
                eventsSince(since, QStringLiteral("board.queue"), m_supervisor)) {
                if (e.value(QLatin1String("data"))[QLatin1String("queue_id")].isNull())
                    return e.value(QLatin1String("data")).toObject();
            }
            return QJsonObject();
        };
        const int handledBefore = [this] {
            for (const QJsonValue &row : m_api->get(QStringLiteral("/api/v1/board"), m_supervisor)
                                             .json[QLatin1String("agents")]
                                             .toArray()) {
                if (row[QLatin1String("user_id")].toInteger() == m_agent2Id)
                    return row[QLatin1String("handled_today")].toInt();
            }
            return -1;
        }();

        qint64 since = head();
        const CallRecord live = call(m_agent2Id, QStringLiteral("+449001"));
        QJsonObject agent2
            = rowOf(eventsSince(since, QStringLiteral("board.agent"), m_supervisor), m_agent2Id);
        QCOMPARE(agent2.value(QLatin1String("on_call")).toBool(), true);
        QCOMPARE(agent2.value(QLatin1String("occupancy")).toDouble() > 0, true);
        const QJsonObject answered = noQueue(since);
        QVERIFY(answered.value(QLatin1String("answered_today")).toInt() >= 1);
        QVERIFY(answered.value(QLatin1String("sla_attainment_today")).isNull()); // no targets

        since = head();
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/calls/%1/end").arg(live.id),
                         {{QStringLiteral("client_id"), newClientId()}}, m_agent2)
                     .status,
            200);
        agent2 = rowOf(eventsSince(since, QStringLiteral("board.agent"), m_supervisor), m_agent2Id);
        QCOMPARE(agent2.value(QLatin1String("on_call")).toBool(), false);
        QCOMPARE(agent2.value(QLatin1String("handled_today")).toInt(), handledBefore + 1);

        // The after-call work counts in the handle time once the call is wrapped up: here the
        // call ended five minutes before its wrap-up.
        const qint64 handleBefore = agent2.value(QLatin1String("handle_seconds_avg")).toInteger();
        CallRecord ended = *m_hub->hub().storage().calls().byId(live.id);
        ended.endedAt = ended.endedAt.addSecs(-300);
        ended.answeredAt = ended.answeredAt.addSecs(-300);
        m_hub->hub().storage().calls().update(ended);
        since = head();
        const ApiReply wrapped = m_api->post(QStringLiteral("/api/v1/calls/%1/wrapup").arg(live.id),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("disposition"), QStringLiteral("resolved")}},
            m_agent2);
        QCOMPARE(wrapped.status, 200);
        QVERIFY(wrapped.json.value(QLatin1String("wrap_up_seconds")).toInt() >= 300);
        agent2 = rowOf(eventsSince(since, QStringLiteral("board.agent"), m_supervisor), m_agent2Id);
        QCOMPARE(agent2.value(QLatin1String("handled_today")).toInt(), handledBefore + 1);
        QVERIFY2(agent2.value(QLatin1String("handle_seconds_avg")).toInteger() > handleBefore,
            qPrintable(QStringLiteral("%1 -> %2")
                           .arg(handleBefore)
                           .arg(agent2.value(QLatin1String("handle_seconds_avg")).toInteger())));

        since = head();
        const int abandonedBefore = answered.value(QLatin1String("abandoned_calls_today")).toInt();
        call(std::nullopt, QStringLiteral("+449002"));
        QCOMPARE(noQueue(since).value(QLatin1String("abandoned_calls_today")).toInt(),
            abandonedBefore + 1);
    }

    void everySupervisorAndAdminRouteRefusesAgents()
    {
        int checked = 0;
        for (const Hub::Router::RouteInfo &route : m_hub->hub().router().routes()) {
            if (route.access != Hub::Router::Access::Supervisor
                && route.access != Hub::Router::Access::Admin)
                continue;
            QString path = route.pattern;
            path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
            const ApiReply r = m_api->request(route.method.toLatin1(), path,
                {{QStringLiteral("client_id"), newClientId()}}, m_agent1);
            if (r.status != 403 || r.errorCode() != QLatin1String("forbidden"))
                QFAIL(qPrintable(QStringLiteral("%1 %2 answered an agent %3")
                                     .arg(route.method, route.pattern)
                                     .arg(r.status)));
            ++checked;
        }
        QVERIFY(checked >= 5); // the board, the three actions and the admin's routes at least
    }

    // Last: it replaces the hub with one that gathers a queue's changes for a while.
    void queueRowsUnderLoadAreGathered()
    {
        TestHub::Options options;
        options.configure = [](Hub::HubConfig &config) {
            config.boardQueueRefreshMilliseconds = 5000;
        };
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        const QString admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        qint64 since = head();
        const ApiReply created = m_api->post(QStringLiteral("/api/v1/queues"),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("name"), QStringLiteral("Email")}, {QStringLiteral("position"), 0},
                {QStringLiteral("channels"), QJsonArray{QStringLiteral("email")}}},
            admin);
        QCOMPARE(created.status, 201);
        const Id queueId = created.json.value(QLatin1String("id")).toInteger();
        // A queue not recomputed lately: its row comes with the change.
        QCOMPARE(queueRowSince(since, queueId).value(QLatin1String("waiting")).toInt(), 0);

        // Three customers write within the interval: no row yet, then one row for all three.
        since = head();
        for (const QString &email : {QStringLiteral("a@example.net"),
                 QStringLiteral("b@example.net"), QStringLiteral("c@example.net")}) {
            QCOMPARE(customerWritesMessage(email).conversation.queueId,
                std::optional<Id>(queueId));
        }
        QVERIFY(head() > since);
        const auto rows = [&] {
            QList<QJsonObject> out;
            for (const QJsonObject &e :
                eventsSince(since, QStringLiteral("board.queue"), m_supervisor)) {
                const QJsonObject data = e.value(QLatin1String("data")).toObject();
                if (data.value(QLatin1String("queue_id")).toInteger() == queueId)
                    out.append(data);
            }
            return out;
        };
        QVERIFY(rows().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!rows().isEmpty(), 20000);
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().first().value(QLatin1String("waiting")).toInt(), 3);
        // The snapshot agrees.
        const ApiReply board = m_api->get(QStringLiteral("/api/v1/board"), m_supervisor);
        QCOMPARE(board.json.value(QLatin1String("queues")).toArray().first().toObject(),
            rows().first());
    }
};

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
