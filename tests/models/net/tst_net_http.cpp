// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "NetTestClient.h"
#include "ScriptedHttpServer.h"
#include "TestHub.h"
#include "net/HttpClient.h"
#include "net/RetryPolicy.h"

#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>

using namespace Switchboard;
using namespace Switchboard::Net;
using namespace Switchboard::Test;

//! HttpClient against a real hub, and against scripted servers for failures a hub won't stage.
class TestNetHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;

    static NetworkSettings settingsFor(const QUrl &url)
    {
        return NetTestClient::quickSettings(url);
    }
    static HttpResponse run(HttpClient &client, const HttpRequest &request)
    {
        return NetTestClient::run(client, request);
    }
    static QByteArray login(HttpClient &client, const QString &username)
    {
        return NetTestClient::login(client, username);
    }

    //! A loopback port nothing listens on.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:
    void initTestCase() { m_hub = std::make_unique<TestHub>(); }
    void cleanupTestCase() { m_hub.reset(); }

    void signsInAndReadsMe()
    {
        HttpClient client(settingsFor(m_hub->url()));
        const QByteArray token = login(client, QStringLiteral("agent1"));
        QCOMPARE(token.size(), 43);
        client.setBearerToken(token);
        const HttpResponse me = run(client, HttpRequest::get(QStringLiteral("/api/v1/me")));
        QVERIFY2(me.ok(), qPrintable(me.errorString));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.attempts, 1);
        QCOMPARE(me.json().value(QLatin1String("username")).toString(), QStringLiteral("agent1"));
        QVERIFY(me.header("Content-Type").startsWith("application/json"));
        for (const auto &[name, value] : me.headers)
            QCOMPARE(name, name.toLower());
        QCOMPARE(client.pendingCount(), 0);
    }

    void hubErrorsPassThroughUnretried()
    {
        HttpClient client(settingsFor(m_hub->url()));
        const HttpResponse anonymous = run(client, HttpRequest::get(QStringLiteral("/api/v1/me")));
        QVERIFY(!anonymous.transportFailed());
        QVERIFY(!anonymous.ok());
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.hubError(), QStringLiteral("unauthorized"));
        QVERIFY(!anonymous.hubMessage().isEmpty());
        QCOMPARE(anonymous.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(anonymous.attempts, 1);

        client.setBearerToken(login(client, QStringLiteral("agent1")));
        const HttpResponse missing
            = run(client, HttpRequest::get(QStringLiteral("/api/v1/conversations/987654")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.hubError(), QStringLiteral("not_found"));
        QCOMPARE(missing.attempts, 1);

        const HttpResponse badQuery = run(client,
            HttpRequest::get(QStringLiteral("/api/v1/customers"),
                QUrlQuery({{QStringLiteral("limit"), QStringLiteral("x y")}})));
        QCOMPARE(badQuery.status, 400);
        QCOMPARE(badQuery.hubError(), QStringLiteral("invalid_parameter"));
    }

    void writesWithAClientIdAreReplayed()
    {
        HttpClient client(settingsFor(m_hub->url()));
        client.setBearerToken(login(client, QStringLiteral("admin")));
        const QJsonObject body{{QStringLiteral("client_id"), newClientId()},
            {QStringLiteral("username"), QStringLiteral("agent9")},
            {QStringLiteral("password"), QStringLiteral("long enough password")},
            {QStringLiteral("skills"), QJsonArray{QStringLiteral("billing")}}};
        const HttpResponse created
            = run(client, HttpRequest::post(QStringLiteral("/api/v1/users"), body));
        QCOMPARE(created.status, 201);
        QCOMPARE(
            created.json().value(QLatin1String("username")).toString(), QStringLiteral("agent9"));
        QVERIFY(created.header("idempotent-replay").isEmpty());

        const HttpResponse again
            = run(client, HttpRequest::post(QStringLiteral("/api/v1/users"), body));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(again.json(), created.json());

        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        const HttpResponse renamed = run(client,
            HttpRequest::patch(QStringLiteral("/api/v1/users/%1").arg(id),
                {{QStringLiteral("client_id"), newClientId()},
                    {QStringLiteral("name"), QStringLiteral("Ana Costa")}}));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(
            renamed.json().value(QLatin1String("name")).toString(), QStringLiteral("Ana Costa"));
        const HttpResponse presence = run(client,
            HttpRequest::put(QStringLiteral("/api/v1/me/presence"),
                {{QStringLiteral("client_id"), newClientId()},
                    {QStringLiteral("state"), QStringLiteral("busy")}}));
        QCOMPARE(presence.status, 200);
    }

    void answersManyRequestsInFlight()
    {
        HttpClient client(settingsFor(m_hub->url()));
        client.setBearerToken(login(client, QStringLiteral("agent2")));
        constexpr int count = 50;
        QList<HttpResponse> answers;
        for (int i = 0; i < count; ++i) {
            HttpJob *job = client.send(HttpRequest::get(QStringLiteral("/api/v1/me")));
            connect(job, &HttpJob::finished, this,
                [&answers](const HttpResponse &r) { answers.append(r); });
        }
        QCOMPARE(client.pendingCount(), count);
        QVERIFY(QTest::qWaitFor([&answers] { return answers.size() == count; }, 60000));
        for (const HttpResponse &r : std::as_const(answers)) {
            QCOMPARE(r.status, 200);
            QCOMPARE(
                r.json().value(QLatin1String("username")).toString(), QStringLiteral("agent2"));
        }
        QCOMPARE(client.pendingCount(), 0);
    }

    void connectFailureIsRetriedThenReported()
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(closedPort());
        NetworkSettings s = settingsFor(url);
        s.maxAttempts = 3;
        HttpClient client(s);
        client.setBearerToken("secret-token-value");
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/api/v1/me")));
        QCOMPARE(r.error, TransportError::ConnectionFailed);
        QVERIFY(r.transportFailed());
        QCOMPARE(r.status, 0);
        QCOMPARE(r.attempts, 3);
        QVERIFY(!r.errorString.isEmpty());
        QVERIFY(!r.errorString.contains(QLatin1String("secret-token-value")));
    }

    void silentServerTimesOut()
    {
        ScriptedHttpServer server; // answers nothing
        NetworkSettings s = settingsFor(server.url());
        s.requestTimeoutMs = 300;
        s.maxAttempts = 2;
        HttpClient client(s);
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/api/v1/me")));
        QCOMPARE(r.error, TransportError::Timeout);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void serviceUnavailableIsRetried()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedHttpServer::response(
            503, R"({"error":{"code":"storage_unavailable","message":"later"}})"));
        server.enqueue(ScriptedHttpServer::response(200, R"({"ok":true})"));
        HttpClient client(settingsFor(server.url()));
        const HttpResponse r = run(client,
            HttpRequest::post(QStringLiteral("/api/v1/conversations/5/messages"),
                {{QStringLiteral("client_id"), QStringLiteral("c-1")}}));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.json().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(server.requests().size(), 2);
        // The same write was sent twice, word for word: that is what the client_id is for.
        QCOMPARE(server.requests().at(0), server.requests().at(1));
    }

    void exhaustedRetriesReturnTheLastAnswer()
    {
        ScriptedHttpServer server;
        for (int status : {502, 504, 503})
            server.enqueue(ScriptedHttpServer::response(status));
        NetworkSettings s = settingsFor(server.url());
        s.maxAttempts = 3;
        HttpClient client(s);
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/healthz")));
        QCOMPARE(r.status, 503);
        QVERIFY(!r.transportFailed());
        QCOMPARE(r.attempts, 3);
    }

    void nonRetryableRequestIsSentOnce()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedHttpServer::response(503));
        server.enqueue(ScriptedHttpServer::response(200));
        HttpClient client(settingsFor(server.url()));
        const HttpResponse r
            = run(client, HttpRequest::post(QStringLiteral("/api/v1/auth/login"), {}, false));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.requests().size(), 1);

        // Nor is a retryable request that failed without a transient reason.
        ScriptedHttpServer other;
        other.enqueue(ScriptedHttpServer::response(500));
        other.enqueue(ScriptedHttpServer::response(200));
        HttpClient client2(settingsFor(other.url()));
        const HttpResponse r2 = run(client2, HttpRequest::get(QStringLiteral("/healthz")));
        QCOMPARE(r2.status, 500);
        QCOMPARE(r2.attempts, 1);
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedHttpServer::response(429, {}, {"Retry-After: 1"}));
        server.enqueue(ScriptedHttpServer::response(200, R"({"token":"t"})"));
        NetworkSettings s = settingsFor(server.url());
        s.backoffMaxMs = 5000; // room for the requested second
        HttpClient client(s);
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/healthz")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 2);

        // A lockout longer than the backoff cap goes back to the caller to show.
        ScriptedHttpServer locked;
        locked.enqueue(ScriptedHttpServer::response(429,
            R"({"error":{"code":"too_many_attempts","message":"wait"},"retry_after":900})",
            {"Retry-After: 900"}));
        HttpClient client2(settingsFor(locked.url()));
        const HttpResponse r2 = run(client2, HttpRequest::get(QStringLiteral("/healthz")));
        QCOMPARE(r2.status, 429);
        QCOMPARE(r2.attempts, 1);
        QCOMPARE(r2.hubError(), QStringLiteral("too_many_attempts"));
        QCOMPARE(r2.header("retry-after"), QByteArray("900"));
    }

    void sendsTheHeadersTheHubExpects()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedHttpServer::response(200, "{}", {"X-Mixed-Case: Value"}));
        server.enqueue(ScriptedHttpServer::response(201, "{}"));
        HttpClient client(settingsFor(server.url()));
        client.setBearerToken("abc_DEF-123");
        const HttpResponse got = run(client,
            HttpRequest::get(QStringLiteral("/api/v1/customers"),
                QUrlQuery({{QStringLiteral("updated_since"),
                    QStringLiteral("2026-11-23T18:00:00%2B01:00")}})));
        QCOMPARE(got.header("x-mixed-case"), QByteArray("Value"));
        QCOMPARE(got.headers.count({"x-mixed-case", "Value"}), 1);
        const QByteArray get = server.requests().at(0);
        QVERIFY(get.startsWith("GET /api/v1/customers?updated_since=2026-11-23T18:00:00%2B01:00 "));
        QVERIFY(get.contains("\r\nAuthorization: Bearer abc_DEF-123\r\n"));
        QVERIFY(get.contains("\r\nAccept: application/json\r\n"));
        QVERIFY(get.contains("\r\nUser-Agent: switchboard/" SWITCHBOARD_VERSION "\r\n"));
        QVERIFY(!get.contains("Content-Type"));

        client.setBearerToken({});
        run(client, HttpRequest::post(QStringLiteral("/api/v1/x"), {{QStringLiteral("a"), 1}}));
        const QByteArray post = server.requests().at(1);
        QVERIFY(post.startsWith("POST /api/v1/x "));
        QVERIFY(post.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(!post.contains("Authorization"));
        QVERIFY(post.endsWith("\r\n\r\n{\"a\":1}"));
    }

    void oversizedResponseFails()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedHttpServer::response(200, QByteArray(4096, 'x')));
        NetworkSettings s = settingsFor(server.url());
        s.maxResponseBytes = 1024;
        HttpClient client(s);
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/api/v1/events")));
        QCOMPARE(r.error, TransportError::Other);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.attempts, 1);
    }

    void abortStopsARequest()
    {
        ScriptedHttpServer server; // never answers
        HttpClient client(settingsFor(server.url()));
        HttpJob *job = client.send(HttpRequest::get(QStringLiteral("/api/v1/me")));
        QPointer<HttpJob> guard(job);
        std::optional<HttpResponse> result;
        connect(job, &HttpJob::finished, this, [&result](const HttpResponse &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&server] { return server.requests().size() == 1; }, 10000));
        job->abort();
        QVERIFY(result.has_value());
        QCOMPARE(result->error, TransportError::Aborted);
        QCOMPARE(client.pendingCount(), 0);
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000));

        // abortAll() ends every pending job, each with its own finished().
        int aborted = 0;
        for (int i = 0; i < 5; ++i) {
            HttpJob *j = client.send(HttpRequest::get(QStringLiteral("/api/v1/me")));
            connect(j, &HttpJob::finished, this, [&aborted](const HttpResponse &r) {
                aborted += r.error == TransportError::Aborted ? 1 : 0;
            });
        }
        QCOMPARE(client.pendingCount(), 5);
        client.abortAll();
        QCOMPARE(aborted, 5);
        QCOMPARE(client.pendingCount(), 0);
    }

    void destroyingTheClientDropsPendingJobs()
    {
        ScriptedHttpServer server;
        auto client = std::make_unique<HttpClient>(settingsFor(server.url()));
        bool finished = false;
        for (int i = 0; i < 3; ++i) {
            HttpJob *j = client->send(HttpRequest::get(QStringLiteral("/api/v1/me")));
            connect(j, &HttpJob::finished, this, [&finished] { finished = true; });
        }
        QVERIFY(QTest::qWaitFor([&server] { return server.requests().size() == 3; }, 10000));
        client.reset();
        QTest::qWait(50);
        QVERIFY(!finished);
    }

    void finishedIsNeverEmittedFromSend()
    {
        NetworkSettings s = settingsFor(QUrl());
        HttpClient client(s);
        bool finished = false;
        HttpJob *job = client.send(HttpRequest::get(QStringLiteral("/api/v1/me")));
        std::optional<HttpResponse> result;
        connect(job, &HttpJob::finished, this, [&](const HttpResponse &r) {
            finished = true;
            result = r;
        });
        QVERIFY(!finished);
        QVERIFY(QTest::qWaitFor([&finished] { return finished; }, 5000));
        QCOMPARE(result->error, TransportError::Other);
    }

    void backoffGrowsWithJitterAndCap()
    {
        NetworkSettings s;
        s.backoffBaseMs = 100;
        s.backoffMaxMs = 1000;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const int ceiling = std::min(1000, 100 << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const int d = RetryPolicy::backoffDelayMs(s, attempt);
                QVERIFY(d >= 0);
                QVERIFY(d <= ceiling);
            }
        }
        QCOMPARE(RetryPolicy::parseRetryAfter("30"), std::optional<qint64>(30000));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), std::optional<qint64>(0));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon"));
        QVERIFY(!RetryPolicy::parseRetryAfter("-4"));
        QVERIFY(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT").has_value());
    }
};

QTEST_GUILESS_MAIN(TestNetHttp)
#include "tst_net_http.moc"
