// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "SyncedDesktop.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "service/InboundService.h"
#include "item/SupervisorBoard.h"
#include "sync/SupervisorSync.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! What a supervisor's desktop reads and does beyond the cache, against a real hub: insights and
//! reports with their CSV exports, tags set through the outbox, and the refusals an agent gets.
class TestSupervisorSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<SyncedDesktop> m_supervisor;
    std::unique_ptr<SyncedDesktop> m_agent;
    //! Another agent's desktop, which must never receive a whisper to the first.
    std::unique_ptr<SyncedDesktop> m_other;
    QTemporaryDir m_dir;
    Domain::Id m_conversationId = 0;
    QString m_token;
    //! Board rows the agent's desktop received (it must get none).
    int m_agentBoardRows = 0;

    std::unique_ptr<SyncedDesktop> signIn(const QString &username, const QString &file)
    {
        ApiClient api(m_hub->url());
        const QString token = api.login(username, TestHub::password());
        if (token.isEmpty())
            return {};
        if (username == QLatin1String("supervisor"))
            m_token = token;
        auto desktop = std::make_unique<SyncedDesktop>();
        if (!desktop->open(m_dir.filePath(file)))
            return {};
        desktop->start(m_hub->url(), token, m_hub->user(username));
        return desktop;
    }

    static QDateTime dayStart() { return QDate::currentDate().startOfDay(); }

    //! The whispers a desktop's cache holds in the conversation.
    QList<Domain::Message> cachedWhispers(SyncedDesktop &desktop)
    {
        QList<Domain::Message> out;
        for (const Domain::Message &m : desktop.reader().messagesPage(m_conversationId, 0, 100)) {
            if (m.whisperTo != 0)
                out << m;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<TestHub>();
        Hub::InboundMessage in;
        in.channel = Domain::ChannelKind::Email;
        in.sender = Domain::Identity{
            0, Domain::IdentityKind::Email, QStringLiteral("=cmd@example.com")};
        in.senderName = QStringLiteral("=HYPERLINK(\"x\")");
        in.threadId = QStringLiteral("<complaint-1@example.com>");
        in.providerMessageId = QStringLiteral("<complaint-1@example.com>");
        in.subject = QStringLiteral("Broken, again, \"really\"");
        in.body = QStringLiteral("The second router broke too.");
        m_conversationId = m_hub->hub().inbound().receive(in).conversation.id;
        QVERIFY(m_conversationId > 0);
        m_supervisor = signIn(QStringLiteral("supervisor"), QStringLiteral("supervisor.sqlite"));
        QVERIFY(m_supervisor);
        m_agent = signIn(QStringLiteral("agent1"), QStringLiteral("agent.sqlite"));
        QVERIFY(m_agent);
        m_other = signIn(QStringLiteral("agent2"), QStringLiteral("other.sqlite"));
        QVERIFY(m_other);
        QObject::connect(m_agent->engine.get(), &Sync::SyncEngine::boardChanged,
            [this] { ++m_agentBoardRows; });
    }

    void tagsGoThroughTheOutbox()
    {
        QVERIFY(m_supervisor->engine->queueTags(
                    m_conversationId, {QStringLiteral("complaint"), QStringLiteral("vip")})
            > 0);
        ApiClient api(m_hub->url());
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(QStringLiteral("/api/v1/conversations/%1").arg(m_conversationId), m_token)
                .json.value(QLatin1String("tags"))
                .toArray()
                .toVariantList(),
            (QVariantList{QStringLiteral("complaint"), QStringLiteral("vip")}), 10000);
    }

    void insightsCountTheTag()
    {
        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy insights(reads, &Sync::SupervisorSync::insights);
        QSignalSpy failed(reads, &Sync::SupervisorSync::failed);
        reads->fetchInsights(dayStart(), dayStart().addDays(1));
        QVERIFY(insights.wait(10000));
        QVERIFY(failed.isEmpty());
        const QJsonObject answer = insights.first().first().toJsonObject();
        QCOMPARE(answer.value(QLatin1String("totals")).toObject().value(QLatin1String("complaint")).toInt(),
            1);
        const QJsonArray counts = answer.value(QLatin1String("counts")).toArray();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().toObject().value(QLatin1String("channel")).toString(),
            QStringLiteral("email"));
    }

    void insightsExportIsSavedWhole()
    {
        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy saved(reads, &Sync::SupervisorSync::csvSaved);
        const QString file = m_dir.filePath(QStringLiteral("insights.csv"));
        reads->exportCsv(QStringLiteral("insights/export"),
            Sync::SupervisorSync::periodQuery(dayStart(), dayStart().addDays(1)), file);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), file);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY2(lines.size() >= 2, "a header and the tagged conversation");
        QVERIFY(lines.at(0).startsWith("tag,"));
        // The customer's name reaches the spreadsheet as text, not as a formula.
        QVERIFY2(lines.at(1).contains("'=HYPERLINK"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("\"Broken, again, \"\"really\"\"\""), lines.at(1).constData());
    }

    void anExportThatCannotBeWrittenLeavesNothing()
    {
        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy failed(reads, &Sync::SupervisorSync::failed);
        const QString file = m_dir.filePath(QStringLiteral("no-such-folder/report.csv"));
        reads->exportCsv(QStringLiteral("reports/agents"),
            Sync::SupervisorSync::dayQuery(QDate::currentDate()), file);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("export"));
        QVERIFY(!QFile::exists(file));
    }

    void reportsForADay()
    {
        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy report(reads, &Sync::SupervisorSync::report);
        reads->fetchReport(QStringLiteral("agents"), QDate::currentDate());
        QVERIFY(report.wait(10000));
        QCOMPARE(report.first().at(0).toString(), QStringLiteral("agents"));
        const QJsonObject answer = report.first().at(1).toJsonObject();
        QCOMPARE(answer.value(QLatin1String("day")).toString(),
            QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(answer.value(QLatin1String("rows")).isArray());

        // What the hub does not serve comes back as a failure of the report, with its reason.
        QSignalSpy failed(reads, &Sync::SupervisorSync::failed);
        reads->fetchReport(QStringLiteral("teams"), QDate::currentDate());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("report"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(report.size(), 1);
    }

    void boardIsASnapshotThenDeltas()
    {
        Item::SupervisorBoard board;
        QObject::connect(m_supervisor->engine.get(), &Sync::SyncEngine::boardChanged, &board,
            &Item::SupervisorBoard::applyDelta);
        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy snapshot(reads, &Sync::SupervisorSync::board);
        reads->fetchBoard();
        QVERIFY(snapshot.wait(10000));
        board.applySnapshot(snapshot.first().first().toJsonObject());
        const Domain::Id agentId = m_hub->user(QStringLiteral("agent1")).id;
        QVERIFY(!board.agents().rowFor(agentId).isEmpty());

        // The agent goes on a break; the row reaches the supervisor's board on the stream.
        ApiClient api(m_hub->url());
        const QString agentToken = api.login(QStringLiteral("agent1"), TestHub::password());
        QCOMPARE(api.request("PUT", QStringLiteral("/api/v1/me/presence"),
                        {{QStringLiteral("client_id"), QStringLiteral("break-1")},
                            {QStringLiteral("state"), QStringLiteral("break")}},
                        agentToken)
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(
            board.agents().rowFor(agentId).value(QLatin1String("state")).toString(),
            QStringLiteral("break"), 10000);
        // The agent's own desktop, live on the same hub, never gets board rows.
        QTest::qWait(200);
        QCOMPARE(m_agentBoardRows, 0);
    }

    void actionsReachTheHubAndItsAuditLog()
    {
        const Domain::Id agentId = m_hub->user(QStringLiteral("agent1")).id;
        // Give it to an agent, whisper to them, monitor, reassign, then take it over.
        QVERIFY(m_supervisor->engine->queueAssign(m_conversationId, agentId) > 0);
        ApiClient api(m_hub->url());
        const QString path = QStringLiteral("/api/v1/conversations/%1").arg(m_conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(path, m_token).json.value(QLatin1String("assignee_id")).toInteger(), agentId,
            10000);
        QVERIFY(m_supervisor->engine->queueWhisper(
                    m_conversationId, QStringLiteral("Offer the 4111 1111 1111 1111 refund"))
            > 0);
        const QString agentToken = api.login(QStringLiteral("agent1"), TestHub::password());
        const QString otherToken = api.login(QStringLiteral("agent2"), TestHub::password());
        const auto whispers = [&](const QString &token) {
            int n = 0;
            for (const QJsonValue &m : api.get(path + QStringLiteral("/messages"), token).items())
                n += m.toObject().value(QLatin1String("whisper_to")).toInteger() == agentId;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(whispers(agentToken), 1, 10000);
        QCOMPARE(whispers(otherToken), 0);
        // Masked before it left the desktop.
        for (const QJsonValue &m : api.get(path + QStringLiteral("/messages"), agentToken).items())
            QVERIFY(!m.toObject().value(QLatin1String("body")).toString().contains(
                QLatin1String("4111 1111 1111 1111")));
        // The agent's desktop keeps it as a note whispered to them, and its history says so.
        QTRY_COMPARE_WITH_TIMEOUT(cachedWhispers(*m_agent).size(), 1, 10000);
        const Domain::Message whisper = cachedWhispers(*m_agent).first();
        QCOMPARE(whisper.whisperTo, agentId);
        QCOMPARE(whisper.kind, Domain::MessageKind::Note);
        QCOMPARE(whisper.authorUserId, m_hub->user(QStringLiteral("supervisor")).id);
        const auto conversation = m_agent->reader().conversation(m_conversationId);
        QVERIFY(conversation);
        bool inTimeline = false;
        for (const Store::TimelineEntry &entry :
            m_agent->reader().timelinePage(conversation->customerId, std::nullopt, 100)) {
            if (entry.message.id != whisper.id)
                continue;
            inTimeline = true;
            QCOMPARE(entry.message.whisperTo, agentId);
            QCOMPARE(entry.whisperToName, m_hub->user(QStringLiteral("agent1")).name);
        }
        QVERIFY(inTimeline);
        // The supervisor's desktop has it too, for the same agent.
        QTRY_COMPARE_WITH_TIMEOUT(cachedWhispers(*m_supervisor).size(), 1, 10000);
        QCOMPARE(cachedWhispers(*m_supervisor).first().whisperTo, agentId);

        Sync::SupervisorSync *reads = m_supervisor->engine->supervisor();
        QSignalSpy monitoring(reads, &Sync::SupervisorSync::monitorStarted);
        reads->monitor(m_conversationId);
        QVERIFY(monitoring.wait(10000));
        QCOMPARE(monitoring.first().first().toJsonObject().value(QLatin1String("id")).toInteger(),
            m_conversationId);

        // From the agent to another: a reassignment by a supervisor.
        const Domain::Id otherId = m_hub->user(QStringLiteral("agent2")).id;
        QVERIFY(m_supervisor->engine->queueAssign(m_conversationId, otherId) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(path, m_token).json.value(QLatin1String("assignee_id")).toInteger(), otherId,
            10000);

        QVERIFY(m_supervisor->engine->queueTakeOver(m_conversationId) > 0);
        const Domain::Id supervisorId = m_hub->user(QStringLiteral("supervisor")).id;
        QTRY_COMPARE_WITH_TIMEOUT(
            api.get(path, m_token).json.value(QLatin1String("assignee_id")).toInteger(),
            supervisorId, 10000);

        // The other agent's desktop has followed the conversation past the whisper (it was
        // theirs for a while, now the supervisor's) and never received it.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_other->reader().conversation(m_conversationId).value_or(Domain::Conversation{})
                .assigneeId.value_or(0),
            supervisorId, 10000);
        QVERIFY(cachedWhispers(*m_other).isEmpty());
        QVERIFY(!m_other->reader().message(whisper.id));

        QSet<QString> actions;
        for (const QJsonValue &entry :
            api.get(QStringLiteral("/api/v1/audit?limit=200"), m_token).items())
            actions.insert(entry.toObject().value(QLatin1String("action")).toString());
        for (const char *action : {"supervisor.reassign", "supervisor.whisper",
                 "supervisor.monitor", "supervisor.take_over"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
    }

    void agentsAreRefused()
    {
        Sync::SupervisorSync *reads = m_agent->engine->supervisor();
        QSignalSpy failed(reads, &Sync::SupervisorSync::failed);
        QSignalSpy insights(reads, &Sync::SupervisorSync::insights);
        reads->fetchInsights(dayStart(), dayStart().addDays(1));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("insights"));
        QVERIFY(insights.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("agent.csv"));
        reads->exportCsv(QStringLiteral("insights/export"),
            Sync::SupervisorSync::periodQuery(dayStart(), dayStart().addDays(1)), file);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        QVERIFY(!QFile::exists(file));
    }

    void cleanupTestCase()
    {
        m_other.reset();
        m_agent.reset();
        m_supervisor.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestSupervisorSync)
#include "tst_supervisor_sync.moc"
