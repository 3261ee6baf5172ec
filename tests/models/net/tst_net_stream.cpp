// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "net/EventStream.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace Switchboard;
using namespace Switchboard::Net;
using namespace Switchboard::Test;

//! What a stream saw, in order.
struct Recorder
{
    explicit Recorder(EventStream &stream)
    {
        QObject::connect(&stream, &EventStream::hello, &stream,
            [this](const Domain::User &u, qint64 h, qint64 s) {
                user = u;
                head = h;
                since = s;
                order.append(QStringLiteral("hello"));
            });
        QObject::connect(
            &stream, &EventStream::events, &stream, [this](const QList<Domain::Event> &list) {
                events += list;
                order.append(QStringLiteral("events"));
            });
        QObject::connect(&stream, &EventStream::live, &stream, [this](qint64 seq) {
            liveSeq = seq;
            order.append(QStringLiteral("live"));
        });
        QObject::connect(&stream, &EventStream::heartbeat, &stream, [this](qint64 seq) {
            heartbeats.append(seq);
            order.append(QStringLiteral("heartbeat"));
        });
        QObject::connect(&stream, &EventStream::silent, &stream,
            [this] { order.append(QStringLiteral("silent")); });
        QObject::connect(
            &stream, &EventStream::protocolError, &stream, [this](const QString &message) {
                protocolErrors.append(message);
                order.append(QStringLiteral("protocolError"));
            });
        QObject::connect(
            &stream, &EventStream::closed, &stream, [this](int code, const QString &reason) {
                closeCode = code;
                closeReason = reason;
                order.append(QStringLiteral("closed"));
            });
    }
    QList<qint64> sequences() const
    {
        QList<qint64> out;
        for (const Domain::Event &e : events)
            out.append(e.seq);
        return out;
    }

    Domain::User user;
    qint64 head = -1;
    qint64 since = -1;
    qint64 liveSeq = -1;
    QList<Domain::Event> events;
    QList<qint64> heartbeats;
    QStringList protocolErrors;
    QStringList order;
    int closeCode = 0;
    QString closeReason;
};

//! A WebSocket server that sends each new client a fixed list of frames, then nothing.
class ScriptedStreamServer : public QObject
{
public:
    explicit ScriptedStreamServer(QStringList frames)
        : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
        , m_frames(std::move(frames))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                for (const QString &frame : std::as_const(m_frames))
                    socket->sendTextMessage(frame);
                ++m_accepted;
            }
        });
    }
    QUrl hubUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int accepted() const { return m_accepted; }
    //! Drops every connection without a close frame, as a lost network would.
    void dropAll()
    {
        for (QWebSocket *socket : findChildren<QWebSocket *>())
            socket->abort();
    }

private:
    QWebSocketServer m_server;
    QStringList m_frames;
    int m_accepted = 0;
};

class TestNetStream : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;

    NetworkSettings settings() const
    {
        NetworkSettings s;
        s.hubUrl = m_hub->url();
        return s;
    }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    //! A presence change: an event every stream receives.
    qint64 changePresence(const QString &token, const QString &reason)
    {
        const ApiReply r = m_api->request("PUT", QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("client_id"), newClientId()},
                {QStringLiteral("state"), QStringLiteral("busy")},
                {QStringLiteral("reason"), reason}},
            token);
        if (r.status != 200)
            return -1;
        // The change itself: the supervisor board's row it altered follows it, for supervisors.
        const auto events = m_hub->hub().storage().events().since(head() - 2, 2);
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->event.type == QLatin1String("presence.changed"))
                return it->event.seq;
        }
        return -1;
    }
    //! Opens a stream at the log's head and waits for "live".
    bool openLive(EventStream &stream, const Recorder &rec, const QString &token)
    {
        stream.open(settings(), token.toLatin1(), head());
        return QTest::qWaitFor([&rec] { return rec.liveSeq >= 0; }, 20000);
    }
    static const QString hello()
    {
        return QStringLiteral(
            R"({"type":"hello","head":5,"since":0,"user":{"id":3,"username":"agent1",)"
            R"("name":"Agent","role":"agent","active":true}})");
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.heartbeatSeconds = 1;
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_hub.reset();
    }

    void catchesUpThenGoesLive()
    {
        const QString token = m_api->login(QStringLiteral("agent1"), TestHub::password());
        QVERIFY(!token.isEmpty());
        const qint64 first = changePresence(token, QStringLiteral("before one"));
        const qint64 second = changePresence(token, QStringLiteral("before two"));
        QVERIFY(first > 0 && second > first);
        // The log's head: the agent's last event, or a supervisor board row after it.
        const qint64 logHead = head();

        EventStream stream;
        Recorder rec(stream);
        stream.open(settings(), token.toLatin1(), 0);
        QVERIFY(stream.isOpen());
        QVERIFY(QTest::qWaitFor([&rec] { return rec.liveSeq >= 0; }, 20000));
        QCOMPARE(rec.order.first(), QStringLiteral("hello"));
        QCOMPARE(rec.user.username, QStringLiteral("agent1"));
        QCOMPARE(rec.since, 0);
        QCOMPARE(rec.head, logHead);
        QVERIFY(rec.sequences().contains(first));
        QVERIFY(rec.sequences().contains(second));
        QCOMPARE(rec.sequences().last(), second);
        QCOMPARE(rec.liveSeq, logHead);
        const Domain::Event &last = rec.events.last();
        QCOMPARE(last.type, QString(Domain::EventType::PresenceChanged));
        QCOMPARE(last.data.value(QLatin1String("presence"))
                     .toObject()
                     .value(QLatin1String("reason"))
                     .toString(),
            QStringLiteral("before two"));

        // A change made now arrives live, in its own frame.
        const qint64 third = changePresence(token, QStringLiteral("live"));
        QVERIFY(QTest::qWaitFor([&] { return rec.sequences().contains(third); }, 10000));
        QCOMPARE(rec.order.last(), QStringLiteral("events"));

        // The hub was started with a one-second heartbeat; its seq catches up with the events.
        QVERIFY(QTest::qWaitFor(
            [&] { return !rec.heartbeats.isEmpty() && rec.heartbeats.last() >= third; }, 10000));
        // It is the log's head, past the board row that followed the change (not for agents).
        QCOMPARE(rec.heartbeats.last(), head());
        QCOMPARE(rec.sequences().last(), third);
        QVERIFY(!rec.order.contains(QStringLiteral("closed")));
        QVERIFY(stream.isOpen());
    }

    void resumesFromACursor()
    {
        const QString token = m_api->login(QStringLiteral("agent2"), TestHub::password());
        QVERIFY(changePresence(token, QStringLiteral("cursor")) > 0);
        const qint64 cursor = head();
        EventStream stream;
        Recorder rec(stream);
        stream.open(settings(), token.toLatin1(), cursor);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.liveSeq >= 0; }, 20000));
        QCOMPARE(rec.since, cursor);
        QVERIFY(rec.events.isEmpty());
        QCOMPARE(rec.liveSeq, cursor);
    }

    void signingOutClosesWith4401()
    {
        const QString token = m_api->login(QStringLiteral("agent1"), TestHub::password());
        EventStream stream;
        Recorder rec(stream);
        QVERIFY(openLive(stream, rec, token));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, token).status, 204);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(rec.closeCode, 4401);
        QCOMPARE(rec.closeReason, QStringLiteral("signed out"));
        QVERIFY(!stream.isOpen());
        QCOMPARE(rec.order.count(QStringLiteral("closed")), 1);
    }

    void badTokenAndCursorAheadAreCloseCodes()
    {
        EventStream stream;
        Recorder rec(stream);
        stream.open(settings(), "not-a-valid-token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(rec.closeCode, 4401);
        QVERIFY(!rec.order.contains(QStringLiteral("hello")));

        const QString token = m_api->login(QStringLiteral("agent1"), TestHub::password());
        Recorder ahead(stream);
        stream.open(settings(), token.toLatin1(), head() + 1000);
        QVERIFY(QTest::qWaitFor([&ahead] { return ahead.closeCode != 0; }, 10000));
        QCOMPARE(ahead.closeCode, 4409);
    }

    void unreachableHubCloses1006()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        NetworkSettings s;
        s.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        EventStream stream;
        Recorder rec(stream);
        stream.open(s, "token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(rec.closeCode, 1006);
        QVERIFY(!rec.closeReason.isEmpty());
        QCOMPARE(rec.order, QStringList{QStringLiteral("closed")});
    }

    void networkLossCloses1006()
    {
        ScriptedStreamServer server({hello()});
        NetworkSettings s;
        s.hubUrl = server.hubUrl();
        EventStream stream;
        Recorder rec(stream);
        stream.open(s, "token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.head >= 0; }, 10000));
        server.dropAll();
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(rec.closeCode, 1006);
        QCOMPARE(rec.order, (QStringList{QStringLiteral("hello"), QStringLiteral("closed")}));
    }

    void silenceIsDetected()
    {
        ScriptedStreamServer server({}); // accepts, then says nothing
        NetworkSettings s;
        s.hubUrl = server.hubUrl();
        EventStream stream;
        stream.setSilenceTimeoutMs(300);
        Recorder rec(stream);
        stream.open(s, "token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(server.accepted(), 1);
        QCOMPARE(rec.order, (QStringList{QStringLiteral("silent"), QStringLiteral("closed")}));
        QCOMPARE(rec.closeCode, 1006);
        QVERIFY(!stream.isOpen());
    }

    void framesKeepAQuietStreamAlive()
    {
        // Heartbeats every second keep a stream with a shorter timeout than the test's wait open.
        const QString token = m_api->login(QStringLiteral("agent2"), TestHub::password());
        EventStream stream;
        stream.setSilenceTimeoutMs(3000);
        Recorder rec(stream);
        stream.open(settings(), token.toLatin1(), head());
        QVERIFY(QTest::qWaitFor([&rec] { return rec.heartbeats.size() >= 5; }, 20000));
        QVERIFY(!rec.order.contains(QStringLiteral("silent")));
        QVERIFY(stream.isOpen());
    }

    void malformedFramesAreProtocolErrors_data()
    {
        QTest::addColumn<QStringList>("frames");
        QTest::newRow("not json") << QStringList{QStringLiteral("not json")};
        QTest::newRow("array") << QStringList{QStringLiteral("[1,2]")};
        QTest::newRow("no hello first")
            << QStringList{QStringLiteral(R"({"type":"live","seq":4})")};
        QTest::newRow("hello without user")
            << QStringList{QStringLiteral(R"({"type":"hello","head":1,"since":0})")};
        QTest::newRow("event without seq") << QStringList{
            hello(), QStringLiteral(R"({"type":"events","events":[{"type":"user.updated"}]})")};
        QTest::newRow("events not an array")
            << QStringList{hello(), QStringLiteral(R"({"type":"events","events":{}})")};
        QTest::newRow("live without seq")
            << QStringList{hello(), QStringLiteral(R"({"type":"live","seq":"4"})")};
        QTest::newRow("heartbeat with negative seq")
            << QStringList{hello(), QStringLiteral(R"({"type":"heartbeat","seq":-1})")};
    }

    void malformedFramesAreProtocolErrors()
    {
        QFETCH(QStringList, frames);
        ScriptedStreamServer server(frames);
        NetworkSettings s;
        s.hubUrl = server.hubUrl();
        EventStream stream;
        Recorder rec(stream);
        stream.open(s, "token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.closeCode != 0; }, 10000));
        QCOMPARE(rec.protocolErrors.size(), 1);
        QCOMPARE(rec.order.mid(rec.order.size() - 2),
            (QStringList{QStringLiteral("protocolError"), QStringLiteral("closed")}));
        QCOMPARE(rec.closeCode, 1002);
        QVERIFY(!stream.isOpen());
    }

    void unknownFrameTypesAreIgnored()
    {
        ScriptedStreamServer server({hello(), QStringLiteral(R"({"type":"future","x":1})"),
            QStringLiteral(R"({"type":"events","events":[{"seq":6,"type":"user.updated",)"
                           R"("at":"2026-11-23T18:01:05.332Z","data":{"id":3}}]})"),
            QStringLiteral(R"({"type":"live","seq":6})")});
        NetworkSettings s;
        s.hubUrl = server.hubUrl();
        EventStream stream;
        Recorder rec(stream);
        stream.open(s, "token", 0);
        QVERIFY(QTest::qWaitFor([&rec] { return rec.liveSeq >= 0; }, 10000));
        QCOMPARE(rec.order,
            (QStringList{
                QStringLiteral("hello"), QStringLiteral("events"), QStringLiteral("live")}));
        QCOMPARE(rec.head, 5);
        QCOMPARE(rec.user.id, 3);
        QCOMPARE(rec.sequences(), QList<qint64>{6});
        QCOMPARE(rec.events.first().data.value(QLatin1String("id")).toInt(), 3);
        QVERIFY(rec.protocolErrors.isEmpty());
    }

    void closeEndsTheStreamQuietly()
    {
        const QString token = m_api->login(QStringLiteral("agent1"), TestHub::password());
        EventStream stream;
        Recorder rec(stream);
        QVERIFY(openLive(stream, rec, token));
        stream.close();
        QVERIFY(!stream.isOpen());
        // Events and heartbeats of the closed connection no longer arrive.
        const int before = rec.order.size();
        changePresence(token, QStringLiteral("after close"));
        QTest::qWait(1500);
        QCOMPARE(rec.order.size(), before);

        // The same object opens again.
        stream.open(settings(), token.toLatin1(), head());
        QVERIFY(QTest::qWaitFor(
            [&rec] { return rec.order.count(QStringLiteral("live")) == 2; }, 20000));
    }
};

QTEST_GUILESS_MAIN(TestNetStream)
#include "tst_net_stream.moc"
