// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "api/Router.h"
#include "service/InboundService.h"
#include "storage/Database.h"
#include "storage/SqliteStorage.h"
#include "storage/Storage.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! What every endpoint shares: routing errors, body checks, the role gate, and the promise that
//! a refused request changes nothing.
class TestHttp : public QObject
{
    Q_OBJECT

private:
    //! A digest of every row of every table: equal digests mean an unchanged database.
    QByteArray databaseDigest()
    {
        Hub::Database &db = m_hub->hub().storage().database();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery &tables = db.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery &rows = db.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            hash.addData(table.toUtf8());
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
                hash.addData("\x1e");
            }
        }
        return hash.result();
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QMap<QString, QString> m_tokens;
    Hub::InboundResult m_waiting;
    Hub::InboundResult m_theirs;

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.maxBodyBytes = 4096;
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        for (const char *user : {"admin", "supervisor", "agent1", "agent2"}) {
            m_tokens.insert(
                QLatin1String(user), m_api->login(QLatin1String(user), TestHub::password()));
            QVERIFY(!m_tokens.value(QLatin1String(user)).isEmpty());
        }
        Hub::InboundMessage m;
        m.sender = {0, Domain::IdentityKind::Email, QStringLiteral("carol@example.net")};
        m.body = QStringLiteral("Where is my parcel?");
        m.threadId = QStringLiteral("waiting");
        m_waiting = m_hub->hub().inbound().receive(m);
        m.threadId = QStringLiteral("theirs");
        m_theirs = m_hub->hub().inbound().receive(m);
        QCOMPARE(
            m_api
                ->post(
                    QStringLiteral("/api/v1/conversations/%1/assign").arg(m_theirs.conversation.id),
                    {{QStringLiteral("assignee_id"), m_hub->user(QStringLiteral("agent2")).id},
                        {QStringLiteral("client_id"), newClientId()}},
                    m_tokens.value(QStringLiteral("supervisor")))
                .status,
            200);
    }

    void unknownPathsAnswerJson404()
    {
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/nothing-here"), m_tokens.value(QStringLiteral("agent1")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(m_api->get(QStringLiteral("/"), QString()).status, 404);
        QCOMPARE(m_api
                     ->get(QStringLiteral("/api/v1/customers/0"),
                         m_tokens.value(QStringLiteral("agent1")))
                     .status,
            404);
        QCOMPARE(m_api
                     ->get(QStringLiteral("/api/v1/customers/-3"),
                         m_tokens.value(QStringLiteral("agent1")))
                     .status,
            404);
        QCOMPARE(m_api
                     ->get(QStringLiteral("/api/v1/customers/99999999999999999999999"),
                         m_tokens.value(QStringLiteral("agent1")))
                     .status,
            404);
        // One spelling per record: a leading zero or a sign is not an id.
        const QString agent = m_tokens.value(QStringLiteral("agent1"));
        const QString id = QString::number(m_waiting.conversation.id);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/") + id, agent).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/0") + id, agent).status, 404);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/conversations/%2B") + id, agent).status, 404);
    }

    void wrongMethodsAnswer405WithAllow()
    {
        ApiReply r = m_api->request("DELETE", QStringLiteral("/api/v1/conversations/1"), {},
            m_tokens.value(QStringLiteral("agent1")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
        r = m_api->get(QStringLiteral("/api/v1/auth/login"), QString());
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
        r = m_api->request(
            "PUT", QStringLiteral("/api/v1/users/1"), {}, m_tokens.value(QStringLiteral("admin")));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PATCH"));
    }

    void headGetsHeadersWithoutABody()
    {
        // HEAD is not an API method, but its answer still follows HTTP: headers, no body.
        // Read at the socket, since HTTP clients hide stray bytes.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_hub->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            5000));
        QTest::qWait(300);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 405"), answer.constData());
        QVERIFY2(answer.contains("\r\nAllow: GET\r\n"), answer.constData());
        QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData());
    }

    void rolesAreEnforcedOnEveryRoute()
    {
        // The minimum role of each route, written down independently of the code.
        const QMap<QString, QString> expected{
            {QStringLiteral("POST /api/v1/auth/login"), QStringLiteral("public")},
            {QStringLiteral("POST /api/v1/auth/logout"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/me"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/users"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/users/{id}"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/users"), QStringLiteral("admin")},
            {QStringLiteral("PATCH /api/v1/users/{id}"), QStringLiteral("admin")},
            {QStringLiteral("PUT /api/v1/me/presence"), QStringLiteral("agent")},
            {QStringLiteral("PUT /api/v1/users/{id}/presence"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/customers"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/customers/{id}"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/customers/{id}/timeline"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/customers/timelines"), QStringLiteral("agent")},
            {QStringLiteral("PATCH /api/v1/customers/{id}"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/customers/{id}/merge"), QStringLiteral("supervisor")},
            {QStringLiteral("POST /api/v1/customers/{id}/split"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/conversations"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/conversations/{id}"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/conversations/{id}/messages"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/conversations/{id}/messages"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/conversations/{id}/assign"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/conversations/{id}/status"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/messages/{id}/attachments/{id}"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/calls"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/calls/{id}"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/answer"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/decline"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/hold"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/resume"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/transfer"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/end"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/calls/{id}/wrapup"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/events"), QStringLiteral("agent")},
            {QStringLiteral("POST /api/v1/replies/check"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/policy"), QStringLiteral("agent")},
            {QStringLiteral("PUT /api/v1/policy"), QStringLiteral("admin")},
            {QStringLiteral("POST /api/v1/customers/{id}/conversations"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/audit"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/topic-rules"), QStringLiteral("supervisor")},
            {QStringLiteral("PUT /api/v1/topic-rules"), QStringLiteral("admin")},
            {QStringLiteral("GET /api/v1/queues"), QStringLiteral("supervisor")},
            {QStringLiteral("POST /api/v1/queues"), QStringLiteral("admin")},
            {QStringLiteral("PUT /api/v1/queues/{id}"), QStringLiteral("admin")},
            {QStringLiteral("DELETE /api/v1/queues/{id}"), QStringLiteral("admin")},
            {QStringLiteral("PUT /api/v1/conversations/{id}/tags"), QStringLiteral("agent")},
            {QStringLiteral("GET /api/v1/insights"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/insights/export"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/reports/agents"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/reports/queues"), QStringLiteral("supervisor")},
            {QStringLiteral("GET /api/v1/board"), QStringLiteral("supervisor")},
            {QStringLiteral("POST /api/v1/conversations/{id}/monitor"), QStringLiteral("supervisor")},
            {QStringLiteral("POST /api/v1/conversations/{id}/whisper"), QStringLiteral("supervisor")},
            {QStringLiteral("POST /api/v1/conversations/{id}/take-over"),
                QStringLiteral("supervisor")},
            {QStringLiteral("GET /healthz"), QStringLiteral("public")},
            {QStringLiteral("GET /metrics"), QStringLiteral("public")},
            // Signed by the provider, not by a user's token: see tst_meta_webhook,
            // tst_x_webhook and tst_twilio_webhook.
            {QStringLiteral("GET /webhooks/meta"), QStringLiteral("public")},
            {QStringLiteral("POST /webhooks/meta"), QStringLiteral("webhook")},
            {QStringLiteral("GET /webhooks/x"), QStringLiteral("public")},
            {QStringLiteral("POST /webhooks/x"), QStringLiteral("webhook")},
            {QStringLiteral("POST /webhooks/twilio/voice"), QStringLiteral("webhook")},
            {QStringLiteral("POST /webhooks/twilio/voice-status"), QStringLiteral("webhook")},
            {QStringLiteral("POST /webhooks/twilio/messaging"), QStringLiteral("webhook")},
        };
        const QStringList ladder{
            QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("admin")};
        const QMap<QString, QString> callers{
            {QStringLiteral("agent"), m_tokens.value(QStringLiteral("agent1"))},
            {QStringLiteral("supervisor"), m_tokens.value(QStringLiteral("supervisor"))},
            {QStringLiteral("admin"), m_tokens.value(QStringLiteral("admin"))}};
        const auto routes = m_hub->hub().router().routes();
        QCOMPARE(routes.size(), expected.size());
        for (const auto &route : routes) {
            const QString key = route.method + QLatin1Char(' ') + route.pattern;
            QVERIFY2(expected.contains(key),
                qPrintable(QStringLiteral("route without an expectation: ") + key));
            const QString minimum = expected.value(key);
            // Unknown ids are fine: the role gate is passed before any lookup.
            const QString path
                = QString(route.pattern).replace(QLatin1String("{id}"), QLatin1String("987654"));
            if (key == QLatin1String("POST /api/v1/auth/logout"))
                continue; // signing out would end the shared sessions; covered by the auth tests
            const ApiReply anonymous = m_api->request(route.method.toLatin1(), path, {}, QString());
            if (minimum == QLatin1String("webhook")) {
                // No bearer token is asked for; this hub has no channel secrets, so nothing is
                // taken in either.
                QVERIFY2(anonymous.header("WWW-Authenticate").isEmpty(), qPrintable(key));
                QCOMPARE(anonymous.status, 503);
                continue;
            }
            if (minimum == QLatin1String("public")) {
                QVERIFY2(anonymous.status != 401 && anonymous.status != 403, qPrintable(key));
                continue;
            }
            QVERIFY2(anonymous.status == 401, qPrintable(key));
            for (const QString &role : ladder) {
                const ApiReply r = m_api->request(route.method.toLatin1(), path,
                    {{QStringLiteral("client_id"), newClientId()}}, callers.value(role));
                const bool allowed = ladder.indexOf(role) >= ladder.indexOf(minimum);
                if (allowed)
                    QVERIFY2(r.status != 401 && r.status != 403,
                        qPrintable(key + QLatin1Char(' ') + role + QLatin1Char(' ')
                            + QString::fromUtf8(r.body)));
                else
                    QVERIFY2(r.status == 403 && r.errorCode() == QLatin1String("forbidden"),
                        qPrintable(key + QLatin1Char(' ') + role));
            }
        }
    }

    void refusedRequestsChangeNothing()
    {
        const QString agent = m_tokens.value(QStringLiteral("agent1"));
        const QString waitingMessages
            = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_waiting.conversation.id);
        const QString theirMessages
            = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_theirs.conversation.id);
        const QByteArray before = databaseDigest();
        struct Case
        {
            QByteArray method;
            QString path;
            QByteArray body;
            QByteArray type;
            QString token;
            int status;
            const char *code;
        };
        const QByteArray oversized = "{\"kind\":\"note\",\"client_id\":\"big\",\"body\":\""
            + QByteArray(5000, 'x') + "\"}";
        const QList<Case> cases{
            {"POST", waitingMessages, "{\"kind\": \"note\", \"body\": ", "application/json", agent,
                400, "invalid_json"},
            {"POST", waitingMessages, "[1, 2, 3]", "application/json", agent, 400, "invalid_json"},
            {"POST", waitingMessages, "\"note\"", "application/json", agent, 400, "invalid_json"},
            {"POST", waitingMessages, "kind=note&body=x", "application/x-www-form-urlencoded",
                agent, 415, "unsupported_media_type"},
            {"POST", waitingMessages, oversized, "application/json", agent, 413, "body_too_large"},
            {"POST", waitingMessages, "{\"kind\": 1, \"body\": \"x\", \"client_id\": \"c1\"}",
                "application/json", agent, 400, "invalid_field"},
            {"POST", waitingMessages,
                "{\"kind\": \"note\", \"body\": [\"x\"], \"client_id\": \"c2\"}",
                "application/json", agent, 400, "invalid_field"},
            {"POST", waitingMessages,
                "{\"kind\": \"reply\", \"body\": \"x\", \"after\": 0.5, \"client_id\": \"c3\"}",
                "application/json", agent, 400, "invalid_field"},
            {"POST", waitingMessages,
                "{\"kind\": \"reply\", \"body\": \"x\", \"after\": null, \"client_id\": \"c4\"}",
                "application/json", agent, 409, "conflict"},
            {"POST", waitingMessages, "{\"kind\": \"note\", \"body\": \"x\"}", "application/json",
                agent, 400, "invalid_field"},
            {"POST", waitingMessages,
                "{\"kind\": \"note\", \"body\": \"x\", \"client_id\": \"c5\"}", "application/json",
                QStringLiteral("not-a-token"), 401, "unauthorized"},
            {"POST", theirMessages, "{\"kind\": \"note\", \"body\": \"x\", \"client_id\": \"c6\"}",
                "application/json", agent, 403, "forbidden"},
            {"POST", QStringLiteral("/api/v1/conversations/987654/messages"),
                "{\"kind\": \"note\", \"body\": \"x\", \"client_id\": \"c7\"}", "application/json",
                agent, 404, "not_found"},
            {"POST",
                QStringLiteral("/api/v1/conversations/%1/assign").arg(m_waiting.conversation.id),
                "{\"assignee_id\": \"me\", \"client_id\": \"c8\"}", "application/json", agent, 400,
                "invalid_field"},
            {"POST",
                QStringLiteral("/api/v1/conversations/%1/assign").arg(m_waiting.conversation.id),
                "{\"assignee_id\": 987654, \"client_id\": \"c9\"}", "application/json",
                m_tokens.value(QStringLiteral("supervisor")), 404, "not_found"},
            {"POST",
                QStringLiteral("/api/v1/conversations/%1/status").arg(m_waiting.conversation.id),
                "{\"status\": \"done\", \"client_id\": \"c10\"}", "application/json", agent, 400,
                "invalid_field"},
            {"PUT", QStringLiteral("/api/v1/me/presence"),
                "{\"state\": \"asleep\", \"client_id\": \"c11\"}", "application/json", agent, 400,
                "invalid_field"},
            {"PUT", QStringLiteral("/api/v1/users/987654/presence"),
                "{\"state\": \"busy\", \"client_id\": \"c12\"}", "application/json",
                m_tokens.value(QStringLiteral("supervisor")), 404, "not_found"},
            {"PATCH", QStringLiteral("/api/v1/customers/%1").arg(m_waiting.customer.id),
                "{\"tags\": \"vip\", \"client_id\": \"c13\"}", "application/json", agent, 400,
                "invalid_field"},
            {"PATCH", QStringLiteral("/api/v1/customers/987654"),
                "{\"notes\": \"x\", \"client_id\": \"c14\"}", "application/json", agent, 404,
                "not_found"},
            {"POST", QStringLiteral("/api/v1/users"),
                "{\"username\": \"eve\", \"password\": \"long enough pw\", \"role\": \"root\", "
                "\"client_id\": \"c15\"}",
                "application/json", m_tokens.value(QStringLiteral("admin")), 400, "invalid_field"},
            {"POST", QStringLiteral("/api/v1/users"),
                "{\"username\": \"eve\", \"password\": \"long enough pw\", \"client_id\": \"c16\"}",
                "application/json", agent, 403, "forbidden"},
            {"POST", QStringLiteral("/api/v1/calls/987654/wrapup"),
                "{\"disposition\": \"resolved\", \"client_id\": \"c17\"}", "application/json",
                agent, 404, "not_found"},
            {"POST", QStringLiteral("/api/v1/auth/login"), "{\"username\": \"agent1\"}",
                "application/json", QString(), 400, "invalid_field"},
        };
        for (const Case &c : cases) {
            const ApiReply r = m_api->raw(c.method, c.path, c.body, c.type, c.token);
            const QString label = QString::fromLatin1(c.method) + QLatin1Char(' ') + c.path
                + QLatin1Char(' ') + QString::fromUtf8(c.body.left(60));
            QVERIFY2(r.status == c.status,
                qPrintable(label
                    + QStringLiteral(" -> %1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
            QVERIFY2(r.errorCode() == QLatin1String(c.code),
                qPrintable(label + QLatin1String(" -> ") + r.errorCode()));
            QVERIFY2(!r.json.value(QLatin1String("error"))
                          .toObject()
                          .value(QLatin1String("message"))
                          .toString()
                          .isEmpty(),
                qPrintable(label));
        }
        QCOMPARE(databaseDigest(), before);
    }

    void healthAndMetrics()
    {
        const ApiReply health = m_api->get(QStringLiteral("/healthz"), QString());
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.json.value(QLatin1String("database")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(health.json.value(QLatin1String("schema_version")).toInt(),
            Hub::SqliteStorage::latestSchemaVersion());
        QVERIFY(health.json.value(QLatin1String("event_seq")).toInteger() > 0);
        const ApiReply metrics = m_api->get(QStringLiteral("/metrics"), QString());
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        const QString text = QString::fromUtf8(metrics.body);
        QVERIFY(text.contains(QLatin1String("# TYPE switchboard_http_requests_total counter")));
        QVERIFY(text.contains(QLatin1String(
            "switchboard_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}")));
        QVERIFY(text.contains(QLatin1String(
            "switchboard_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"}")));
        QVERIFY(text.contains(QLatin1String("switchboard_stream_connections 0")));
        QVERIFY(text.contains(QLatin1String("switchboard_event_sequence ")));
        QVERIFY(text.contains(QLatin1String("switchboard_pending_deliveries ")));
        // No secret ever shows up in the metrics.
        for (const QString &token : m_tokens)
            QVERIFY(!text.contains(token));
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
