// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "StreamClient.h"
#include "TestHub.h"
#include "core/HubConfig.h"
#include "events/StreamConnection.h"
#include "events/StreamServer.h"
#include "service/PeopleService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <numeric>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

//! One HTTP/1.1 answer read off a raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray body;
};

//! Reads n answers (status line, headers, Content-Length body) from a pipelined connection.
QList<RawAnswer> readAnswers(QTcpSocket &socket, int n, const QList<bool> &head)
{
    QList<RawAnswer> answers;
    QByteArray buffer;
    // On a timeout the caller sees fewer answers than it asked for.
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            while (answers.size() < n) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const QList<QByteArray> lines = buffer.left(end).split('\n');
                RawAnswer a;
                a.status = lines.first().split(' ').value(1).toInt();
                qsizetype length = 0;
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (head.value(answers.size()))
                    length = 0;
                if (buffer.size() < end + 4 + length)
                    return false;
                a.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                answers.append(a);
            }
            return true;
        },
        10000);
    return answers;
}

using Streams = std::vector<std::unique_ptr<StreamClient>>;

Streams openStreams(const QUrl &hub, const QString &token, int n, qint64 since)
{
    Streams streams;
    for (int i = 0; i < n; ++i)
        streams.push_back(std::make_unique<StreamClient>(hub, token, since));
    return streams;
}

bool allLive(const Streams &streams)
{
    return std::all_of(streams.begin(), streams.end(),
        [](const std::unique_ptr<StreamClient> &s) { return s->waitForLive(); });
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 s = from; s <= to; ++s)
        out.append(s);
    return out;
}

} // namespace

//! The hub with several HTTP threads: requests answered by the services' thread come back in
//! order, streams on every thread get every event once, and sign-out and session checks reach
//! streams wherever they are.
class TestThreads : public QObject
{
    Q_OBJECT

private:
    static constexpr int Threads = 3;

    qint64 head() { return m_hub->hub().storage().events().head(); }
    //! A change every stream of a supervisor receives.
    void writePresence(const QString &reason)
    {
        const Domain::User agent = m_hub->user(QStringLiteral("agent1"));
        QVERIFY(m_hub->hub()
                    .people()
                    .setPresence(agent, agent.id, Domain::PresenceState::Available, reason)
                    .ok());
    }
    double gauge(const QString &name)
    {
        const QByteArray metrics = m_api->get(QStringLiteral("/metrics"), QString()).body;
        const QByteArray prefix = name.toLatin1() + ' ';
        for (const QByteArray &line : metrics.split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_supervisor;

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.httpThreads = Threads;
        options.heartbeatSeconds = 1;
        m_hub = std::make_unique<TestHub>(options);
        QCOMPARE(m_hub->hub().httpThreads(), Threads);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_supervisor.isEmpty());
    }

    void threadsAreConfigurable()
    {
        // A new file each time: QSettings may cache a file of the same name, size and time.
        const auto load = [](const QByteArray &value, Hub::HubConfig *config, QString *error) {
            QTemporaryFile file;
            if (!file.open())
                return false;
            file.write("[http]\nthreads = " + value + "\n");
            file.close();
            return config->loadFile(file.fileName(), error);
        };
        Hub::HubConfig config;
        QString error;
        QCOMPARE(config.httpThreads, 0);
        QVERIFY2(load("4", &config, &error), qPrintable(error));
        QCOMPARE(config.httpThreads, 4);
        for (const QByteArray bad : {"0", "65", "many"}) {
            QVERIFY(!load(bad, &config, &error));
            QVERIFY(error.contains(QLatin1String("http/threads")));
        }
    }

    void pipelinedRequestsAnswerInOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("several threads") << Threads;
    }

    void pipelinedRequestsAnswerInOrder()
    {
        QFETCH(int, threads);
        TestHub::Options options;
        options.httpThreads = threads;
        TestHub hub(options);
        ApiClient api(hub.url());
        QStringList tokens;
        for (const QString &name :
            {QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("supervisor")})
            tokens.append(api.login(name, TestHub::password()));

        // Answers computed on the services' thread and answers made on the socket's own thread
        // (426 for the stream path) interleave; all must leave in the order asked.
        struct Ask
        {
            QByteArray request;
            int status;
            QByteArray bodyHas;
            bool head = false;
        };
        QList<Ask> asks;
        for (int round = 0; round < 20; ++round) {
            const QString token = tokens[round % tokens.size()];
            const QByteArray name = QStringList{QStringLiteral("agent1"), QStringLiteral("agent2"),
                QStringLiteral("supervisor")}[round % tokens.size()]
                                        .toLatin1();
            asks.append({"GET /api/v1/me HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer "
                    + token.toLatin1() + "\r\n\r\n",
                200, "\"username\":\"" + name + "\""});
            asks.append(
                {"GET /api/v1/stream HTTP/1.1\r\nHost: hub\r\n\r\n", 426, "upgrade_required"});
            asks.append({"GET /api/v1/nothing-" + QByteArray::number(round)
                    + " HTTP/1.1\r\nHost: hub\r\n\r\n",
                404, "nothing-" + QByteArray::number(round)});
            // HEAD is no API method: 405, and as HTTP requires, no body.
            asks.append({"HEAD /healthz HTTP/1.1\r\nHost: hub\r\n\r\n", 405, "", true});
            asks.append({"POST /api/v1/auth/login HTTP/1.1\r\nHost: hub\r\nContent-Type: "
                         "application/json\r\nContent-Length: 7\r\n\r\n{broken",
                400, "invalid_json"});
        }
        QByteArray all;
        QList<bool> head;
        for (const Ask &a : asks) {
            all += a.request;
            head.append(a.head);
        }
        QTcpSocket socket;
        socket.connectToHost(hub.url().host(), quint16(hub.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(all);
        const QList<RawAnswer> answers = readAnswers(socket, int(asks.size()), head);
        QCOMPARE(answers.size(), asks.size());
        for (qsizetype i = 0; i < asks.size(); ++i) {
            QCOMPARE(answers[i].status, asks[i].status);
            QVERIFY2(answers[i].body.contains(asks[i].bodyHas), answers[i].body.constData());
            if (asks[i].head)
                QVERIFY(answers[i].body.isEmpty());
        }
    }

    void manyConnectionsAnswerOnEveryThread()
    {
        // Connections spread over the threads; each answers its own caller.
        std::vector<std::unique_ptr<ApiClient>> clients;
        for (int i = 0; i < 12; ++i) {
            clients.push_back(std::make_unique<ApiClient>(m_hub->url()));
            const QString token
                = clients.back()->login(QStringLiteral("agent2"), TestHub::password());
            QVERIFY(!token.isEmpty());
            const ApiReply me = clients.back()->get(QStringLiteral("/api/v1/me"), token);
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json.value(QLatin1String("username")).toString(), QStringLiteral("agent2"));
            QCOMPARE(
                clients.back()->post(QStringLiteral("/api/v1/auth/logout"), {}, token).status, 204);
        }
    }

    void streamsOnEveryThreadGetEveryEventOnce()
    {
        // Enough history for catch-ups of several pages, written in one transaction.
        {
            Hub::Transaction tx(m_hub->hub().storage().database());
            for (int i = 0; i < Hub::StreamConnection::CatchUpPage * 2 + 50; ++i)
                writePresence(QStringLiteral("history-%1").arg(i));
            tx.commit();
        }
        // Events keep being committed while streams connect, catch up and go live.
        int written = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this,
            [&] { writePresence(QStringLiteral("live-%1").arg(++written)); });
        writer.start(2);

        struct Opened
        {
            std::unique_ptr<StreamClient> client;
            qint64 since;
        };
        std::vector<Opened> streams;
        for (int i = 0; i < 16; ++i) {
            const qint64 since = i % 2 ? head() : qint64(i * 37);
            streams.push_back(
                {std::make_unique<StreamClient>(m_hub->url(), m_supervisor, since), since});
            QTest::qWait(5);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(streams.begin(), streams.end(),
                    [](const Opened &o) { return o.client->isLive(); });
            },
            30000));
        // They are spread over the threads (SO_REUSEPORT hashes each connection).
        const QList<int> perThread = m_hub->hub().stream().connectionsPerThread();
        QCOMPARE(perThread.size(), Threads);
        QCOMPARE(std::accumulate(perThread.begin(), perThread.end(), 0), 16);
        QVERIFY(std::count_if(perThread.begin(), perThread.end(), [](int n) { return n > 0; }) > 1);
        const int target = written + 100;
        QVERIFY(QTest::qWaitFor([&] { return written >= target; }, 30000));
        writer.stop();
        const qint64 last = head();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(streams.begin(), streams.end(),
                    [last](const Opened &o) { return o.client->sequences().contains(last); });
            },
            30000));
        // A supervisor sees every event: each stream has exactly since+1 .. last.
        for (const Opened &o : streams)
            QCOMPARE(o.client->sequences(), range(o.since + 1, last));
    }

    void signingOutClosesStreamsOnEveryThread()
    {
        ApiClient api(m_hub->url());
        const QString token = api.login(QStringLiteral("agent1"), TestHub::password());
        const Streams streams = openStreams(m_hub->url(), token, 10, head());
        QVERIFY(allLive(streams));
        // The gauge counts the streams of all threads.
        QCOMPARE(gauge(QStringLiteral("switchboard_stream_connections")), 10.0);
        QCOMPARE(api.post(QStringLiteral("/api/v1/auth/logout"), {}, token).status, 204);
        for (const auto &s : streams) {
            QVERIFY(s->waitForClose());
            QCOMPARE(s->closeCode(), 4401);
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return gauge(QStringLiteral("switchboard_stream_connections")) == 0.0; }, 10000));
    }

    void heartbeatEndsStreamsOfADeactivatedUser()
    {
        ApiClient api(m_hub->url());
        const QString token = api.login(QStringLiteral("agent2"), TestHub::password());
        const Streams streams = openStreams(m_hub->url(), token, 6, head());
        QVERIFY(allLive(streams));
        const Domain::Id agent2 = m_hub->user(QStringLiteral("agent2")).id;
        Hub::UserChanges off;
        off.active = false;
        QVERIFY(m_hub->hub().people().updateUser(agent2, off).ok());
        // The next heartbeat's session check, answered on the services' thread, ends them.
        for (const auto &s : streams) {
            QVERIFY(s->waitForClose());
            QCOMPARE(s->closeCode(), 4401);
        }
        Hub::UserChanges on;
        on.active = true;
        QVERIFY(m_hub->hub().people().updateUser(agent2, on).ok());
    }

    void stopsWithStreamsAndRequestsInFlight()
    {
        TestHub::Options options;
        options.httpThreads = Threads;
        auto hub = std::make_unique<TestHub>(options);
        ApiClient api(hub->url());
        const QString token = api.login(QStringLiteral("supervisor"), TestHub::password());
        const Streams streams = openStreams(hub->url(), token, 8, 0);
        QVERIFY(allLive(streams));
        // Requests still on their way when the hub goes: nothing may crash or hang.
        QTcpSocket socket;
        socket.connectToHost(hub->url().host(), quint16(hub->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 50; ++i)
            socket.write("GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        hub.reset();
        for (const auto &s : streams)
            QVERIFY(s->waitForClose());
    }
};

QTEST_GUILESS_MAIN(TestThreads)
#include "tst_threads.moc"
