// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "StreamClient.h"
#include "TestHub.h"
#include "service/InboundService.h"
#include "service/PeopleService.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"

#include <QTest>
#include <QTimer>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestStream : public QObject
{
    Q_OBJECT

private:
    qint64 head() { return m_hub->hub().storage().events().head(); }
    //! The newest event of a type. A change's own events are not always the newest: supervisor
    //! board rows it altered follow them.
    qint64 newest(const QString &type)
    {
        const auto events
            = m_hub->hub().storage().events().since(std::max<qint64>(0, head() - 20), 20);
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->event.type == type)
                return it->event.seq;
        }
        return -1;
    }
    Hub::InboundResult customerWrites(const QString &email, const QString &thread)
    {
        Hub::InboundMessage m;
        m.channel = Domain::ChannelKind::Sms;
        m.sender = {0, Domain::IdentityKind::Phone, email};
        m.threadId = thread;
        m.body = QStringLiteral("Hello from ") + email;
        return m_hub->hub().inbound().receive(m);
    }
    ApiReply assign(qint64 conversation, qint64 assignee)
    {
        return m_api->post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation),
            {{QStringLiteral("assignee_id"), assignee},
                {QStringLiteral("client_id"), newClientId()}},
            m_supervisor);
    }
    ApiReply note(qint64 conversation, const QString &token)
    {
        return m_api->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
            {{QStringLiteral("kind"), QStringLiteral("note")},
                {QStringLiteral("body"), QStringLiteral("n")},
                {QStringLiteral("client_id"), newClientId()}},
            token);
    }
    //! A change every stream receives, used as a barrier: once it arrived, earlier events did too.
    qint64 barrier(const QString &reason)
    {
        const ApiReply r = m_api->request("PUT", QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("available")},
                {QStringLiteral("reason"), reason}, {QStringLiteral("client_id"), newClientId()}},
            m_agent2);
        return r.status == 200 ? newest(QStringLiteral("presence.changed")) : -1;
    }
    static bool hasEvent(const StreamClient &s, qint64 seq) { return s.sequences().contains(seq); }
    static QList<qint64> conversationEvents(const StreamClient &s, qint64 conversation)
    {
        QList<qint64> out;
        for (const QJsonObject &e : s.events()) {
            const QJsonObject data = e.value(QLatin1String("data")).toObject();
            const bool isConversation = e.value(QLatin1String("type"))
                                            .toString()
                                            .startsWith(QLatin1String("conversation."))
                && data.value(QLatin1String("id")).toInteger() == conversation;
            if (isConversation
                || data.value(QLatin1String("conversation_id")).toInteger() == conversation)
                out.append(e.value(QLatin1String("seq")).toInteger());
        }
        return out;
    }
    static QList<qint64> range(qint64 from, qint64 to)
    {
        QList<qint64> out;
        for (qint64 s = from; s <= to; ++s)
            out.append(s);
        return out;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent1;
    QString m_agent2;
    QString m_supervisor;

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.heartbeatSeconds = 1;
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent2 = m_api->login(QStringLiteral("agent2"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_agent1.isEmpty() && !m_agent2.isEmpty() && !m_supervisor.isEmpty());
    }

    void greetsThenGoesLive()
    {
        StreamClient s(m_hub->url(), m_agent1, head());
        QVERIFY(s.waitForLive());
        QCOMPARE(s.controlFrames().first().value(QLatin1String("type")).toString(),
            QStringLiteral("hello"));
        QCOMPARE(
            s.controlFrames().first()[QLatin1String("user")][QLatin1String("username")].toString(),
            QStringLiteral("agent1"));
        QCOMPARE(s.controlFrames().last().value(QLatin1String("seq")).toInteger(), head());
        QVERIFY(s.events().isEmpty());
    }

    void eventsReachOnlyWhoMaySeeThem()
    {
        StreamClient supervisor(m_hub->url(), m_supervisor, head());
        StreamClient agent1(m_hub->url(), m_agent1, head());
        StreamClient agent2(m_hub->url(), m_agent2, head());
        QVERIFY(supervisor.waitForLive() && agent1.waitForLive() && agent2.waitForLive());

        // Waiting work is everyone's business.
        const auto in = customerWrites(QStringLiteral("+15550100001"), QStringLiteral("aud-1"));
        const qint64 created = newest(QStringLiteral("message.created"));
        QVERIFY(agent1.waitForEvents(1) && agent2.waitForEvents(1));
        QVERIFY(hasEvent(agent2, created));

        // Once it is agent1's, its messages go to agent1 and supervisors only.
        QCOMPARE(assign(in.conversation.id, m_hub->user(QStringLiteral("agent1")).id).status, 200);
        const qint64 assigned = newest(QStringLiteral("conversation.updated"));
        QCOMPARE(note(in.conversation.id, m_agent1).status, 201);
        const qint64 noteSeq = newest(QStringLiteral("message.created"));
        const qint64 mark = barrier(QStringLiteral("aud-1"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return hasEvent(agent2, mark) && hasEvent(agent1, mark)
                    && hasEvent(supervisor, mark);
            },
            10000));
        QVERIFY(hasEvent(agent1, noteSeq));
        QVERIFY(hasEvent(supervisor, noteSeq));
        QVERIFY(!hasEvent(agent2, noteSeq));
        // Leaving the queue is news for everyone who saw it waiting.
        QVERIFY(hasEvent(agent2, assigned));

        // A transfer tells both agents.
        const qint64 before = head();
        QCOMPARE(assign(in.conversation.id, m_hub->user(QStringLiteral("agent2")).id).status, 200);
        const qint64 transferred = newest(QStringLiteral("conversation.updated"));
        QVERIFY(transferred > before);
        // The supervisor board rows the transfer altered come last, to supervisors only.
        const qint64 last = head();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return hasEvent(agent1, transferred) && hasEvent(agent2, transferred)
                    && hasEvent(supervisor, last);
            },
            10000));
        // Every stream's sequence numbers only ever go up.
        for (const StreamClient *s : {&supervisor, &agent1, &agent2}) {
            const QList<qint64> seqs = s->sequences();
            QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
            QCOMPARE(std::adjacent_find(seqs.begin(), seqs.end()), seqs.end());
        }
        // Supervisors see everything, gap-free.
        QCOMPARE(supervisor.sequences(), range(supervisor.sequences().first(), last));
    }

    void catchesUpFromItsCursorThenGoesLive()
    {
        const qint64 start = head();
        const auto in = customerWrites(QStringLiteral("+15550100002"), QStringLiteral("cu-1"));
        QCOMPARE(note(in.conversation.id, m_supervisor).status, 201);
        const qint64 afterWrites = head();
        StreamClient s(m_hub->url(), m_supervisor, start);
        QVERIFY(s.waitForLive());
        QCOMPARE(s.sequences(), range(start + 1, afterWrites));
        QCOMPARE(s.controlFrames().last().value(QLatin1String("seq")).toInteger(), afterWrites);
        QVERIFY(barrier(QStringLiteral("cu-1")) > afterWrites);
        const qint64 last = head();
        QVERIFY(QTest::qWaitFor([&] { return hasEvent(s, last); }, 10000));
        QCOMPARE(s.sequences(), range(start + 1, last));
    }

    void longCatchUpLosesAndRepeatsNothing()
    {
        // More than several catch-up pages, and changes keep coming while the client catches up.
        auto &people = m_hub->hub().people();
        const Domain::User agent = m_hub->user(QStringLiteral("agent1"));
        for (int i = 0; i < 1300; ++i)
            QVERIFY(people
                        .setPresence(agent, agent.id,
                            i % 2 ? Domain::PresenceState::Busy : Domain::PresenceState::Available,
                            QString::number(i))
                        .ok());
        int during = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this, [&] {
            if (during++ < 40)
                people.setPresence(agent, agent.id, Domain::PresenceState::Training,
                    QStringLiteral("during %1").arg(during));
        });
        writer.start(0);
        StreamClient s(m_hub->url(), m_supervisor, 0);
        QVERIFY(s.waitForLive(30000));
        QVERIFY(QTest::qWaitFor([&] { return during >= 40; }, 10000));
        writer.stop();
        const qint64 last = head();
        QVERIFY(QTest::qWaitFor([&] { return hasEvent(s, last); }, 10000));
        QCOMPARE(s.sequences(), range(1, last));
    }

    void restCatchUpMatchesTheStream()
    {
        const qint64 start = head();
        const auto in = customerWrites(QStringLiteral("+15550100003"), QStringLiteral("rest-1"));
        QCOMPARE(assign(in.conversation.id, m_hub->user(QStringLiteral("agent1")).id).status, 200);
        QCOMPARE(note(in.conversation.id, m_agent1).status, 201);
        barrier(QStringLiteral("rest-1"));
        StreamClient s(m_hub->url(), m_agent2, start);
        QVERIFY(s.waitForLive());

        QList<qint64> rest;
        qint64 since = start;
        for (int page = 0; page < 100; ++page) {
            const ApiReply r = m_api->get(
                QStringLiteral("/api/v1/events?since=%1&limit=2").arg(since), m_agent2);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &e : r.json.value(QLatin1String("events")).toArray())
                rest.append(e[QLatin1String("seq")].toInteger());
            QVERIFY(r.json.value(QLatin1String("next")).toInteger() >= since);
            since = r.json.value(QLatin1String("next")).toInteger();
            if (!r.json.value(QLatin1String("more")).toBool())
                break;
        }
        QCOMPARE(since, head());
        QCOMPARE(rest, s.sequences());
        // agent2 does not see agent1's note.
        QVERIFY(rest.size() < int(head() - start));
    }

    void refusesBadStreams_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("since");
        QTest::addColumn<int>("code");
        QTest::newRow("no token") << QString() << "0" << 4401;
        QTest::newRow("unknown token") << "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                                       << "0" << 4401;
        QTest::newRow("negative cursor") << "agent1"
                                         << "-1" << 4400;
        QTest::newRow("text cursor") << "agent1"
                                     << "abc" << 4400;
        QTest::newRow("cursor ahead") << "agent1"
                                      << "ahead" << 4409;
    }
    void refusesBadStreams()
    {
        QFETCH(QString, token);
        QFETCH(QString, since);
        QFETCH(int, code);
        if (token == QLatin1String("agent1"))
            token = m_agent1;
        if (since == QLatin1String("ahead"))
            since = QString::number(head() + 100);
        QUrl url = m_hub->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        url.setQuery(QStringLiteral("since=") + since);
        QWebSocket socket;
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        bool closed = false;
        connect(&socket, &QWebSocket::disconnected, this, [&] { closed = true; });
        socket.open(request);
        QVERIFY(QTest::qWaitFor([&] { return closed; }, 10000));
        QCOMPARE(int(socket.closeCode()), code);
    }

    void restCatchUpRefusesACursorAhead()
    {
        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/events?since=%1").arg(head() + 5), m_agent1);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("cursor_ahead"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/events?since=-1"), m_agent1).status, 400);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/events?limit=0"), m_agent1).status, 400);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/events"), QString()).status, 401);
    }

    void aDemotedSupervisorStopsSeeingOthersWorkAtOnce()
    {
        ApiClient api(m_hub->url());
        const QString admin = api.login(QStringLiteral("admin"), TestHub::password());
        const Domain::User lead = m_hub->user(QStringLiteral("supervisor"));
        StreamClient s(m_hub->url(), m_supervisor, head());
        QVERIFY(s.waitForLive());
        const auto in = customerWrites(QStringLiteral("+15550100009"), QStringLiteral("demote-1"));
        QCOMPARE(assign(in.conversation.id, m_hub->user(QStringLiteral("agent1")).id).status, 200);
        QCOMPARE(note(in.conversation.id, m_agent1).status, 201);
        const qint64 seenAsSupervisor = newest(QStringLiteral("message.created"));
        const auto demote = [&](const QString &role) {
            return api.request("PATCH", QStringLiteral("/api/v1/users/%1").arg(lead.id),
                {{QStringLiteral("role"), role}, {QStringLiteral("client_id"), newClientId()}},
                admin);
        };
        QCOMPARE(demote(QStringLiteral("agent")).status, 200);
        QCOMPARE(note(in.conversation.id, m_agent1).status, 201);
        const qint64 hiddenFromAgent = newest(QStringLiteral("message.created"));
        const qint64 mark = barrier(QStringLiteral("demote-1"));
        QVERIFY(QTest::qWaitFor([&] { return hasEvent(s, mark); }, 10000));
        QVERIFY(hasEvent(s, seenAsSupervisor));
        QVERIFY(!hasEvent(s, hiddenFromAgent));
        QCOMPARE(demote(QStringLiteral("supervisor")).status, 200);
    }

    void heartbeatCarriesTheCursor()
    {
        StreamClient s(m_hub->url(), m_agent1, head());
        QVERIFY(s.waitForLive());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(
                    s.controlFrames().begin(), s.controlFrames().end(), [](const QJsonObject &f) {
                        return f.value(QLatin1String("type")).toString()
                            == QLatin1String("heartbeat");
                    });
            },
            5000));
        for (const QJsonObject &f : s.controlFrames()) {
            if (f.value(QLatin1String("type")).toString() == QLatin1String("heartbeat")) {
                QCOMPARE(f.value(QLatin1String("seq")).toInteger(), head());
                QVERIFY(!f.value(QLatin1String("at")).toString().isEmpty());
            }
        }
    }

    void signingOutEndsTheStream()
    {
        ApiClient api(m_hub->url());
        const QString token = api.login(QStringLiteral("agent2"), TestHub::password());
        StreamClient s(m_hub->url(), token, head());
        QVERIFY(s.waitForLive());
        QCOMPARE(api.post(QStringLiteral("/api/v1/auth/logout"), {}, token).status, 204);
        QVERIFY(s.waitForClose());
        QCOMPARE(s.closeCode(), 4401);
    }

    void plainRequestsToTheStreamAreRefused()
    {
        ApiReply r = m_api->get(QStringLiteral("/api/v1/stream"), m_agent1);
        QCOMPARE(r.status, 426);
        QCOMPARE(r.errorCode(), QStringLiteral("upgrade_required"));
        r = m_api->post(QStringLiteral("/api/v1/stream"), {}, m_agent1);
        QCOMPARE(r.status, 426);
        QUrl url = m_hub->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/elsewhere"));
        QWebSocket socket;
        bool failed = false;
        connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [&] { failed = true; });
        // Qt's HTTP server says so when it declines an upgrade it has no handler for.
        QTest::ignoreMessage(QtWarningMsg,
            "WebSocket received but no slots connected to QWebSocketServer::newConnection or "
            "request not handled");
        socket.open(url);
        QVERIFY(QTest::qWaitFor([&] { return failed; }, 10000));
        QVERIFY(socket.errorString().contains(QLatin1String("404")));
    }

    void resumesAcrossAHubRestart()
    {
        TestHub hub;
        ApiClient api(hub.url());
        const QString supervisor = api.login(QStringLiteral("supervisor"), TestHub::password());
        qint64 cursor = 0;
        QList<qint64> received;
        {
            StreamClient s(hub.url(), supervisor, cursor);
            QVERIFY(s.waitForLive());
            received = s.sequences();
        }
        hub.restart();
        // Changes made while the desktop was away.
        const Domain::User agent = hub.user(QStringLiteral("agent1"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                hub.hub()
                    .people()
                    .setPresence(agent, agent.id, Domain::PresenceState::Lunch, QString::number(i))
                    .ok());
        // The session survived the restart: tokens live in the database.
        cursor = received.last();
        StreamClient s(hub.url(), supervisor, cursor);
        QVERIFY(s.waitForLive());
        received += s.sequences();
        QCOMPARE(received, range(1, hub.hub().storage().events().head()));
    }
};

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
