// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's live board models: a snapshot, then deltas after its head; times that age
// with the clock; queues that reach or near their first-response target.
#include "item/SupervisorBoard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;


using namespace Switchboard;
using Item::AgentBoardModel;
using Item::QueueBoardModel;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);

QString at(int secondsBeforeNow)
{
    return Now.addSecs(-secondsBeforeNow).toString(Qt::ISODateWithMs);
}

QJsonObject agent(qint64 id, const QString &name, const QString &state, int inStateSeconds,
    int email = 0, double occupancy = 0.0)
{
    return {{u"user_id"_s, id}, {u"name"_s, name}, {u"state"_s, state}, {u"state_since"_s, at(inStateSeconds)},
        {u"reason"_s, u""_s}, {u"conversations"_s, QJsonObject{{u"email"_s, email}, {u"voice"_s, 0}}},
        {u"on_call"_s, false}, {u"handled_today"_s, 3}, {u"handle_seconds_avg"_s, 310},
        {u"occupancy"_s, occupancy}};
}

QJsonObject queue(const QJsonValue &id, const QString &name, int waiting, int longestWaitSeconds,
    const QString &channel, int targetSeconds)
{
    return {{u"queue_id"_s, id}, {u"name"_s, name}, {u"waiting"_s, waiting},
        {u"longest_waiting_since"_s, waiting > 0 ? QJsonValue(at(longestWaitSeconds)) : QJsonValue()},
        {u"longest_waiting_channel"_s, waiting > 0 ? QJsonValue(channel) : QJsonValue()},
        {u"sla_seconds"_s, QJsonObject{{channel, targetSeconds}}}, {u"answered_today"_s, 10},
        {u"answered_in_sla_today"_s, 9}, {u"sla_attainment_today"_s, 0.9},
        {u"abandoned_calls_today"_s, 1}};
}

QJsonObject snapshot(qint64 head, const QJsonArray &agents, const QJsonArray &queues)
{
    return {{u"head"_s, head}, {u"day"_s, u"2026-11-24"_s}, {u"agents"_s, agents}, {u"queues"_s, queues}};
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestBoardModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotThenDeltas()
    {
        Item::SupervisorBoard board;
        QAbstractItemModelTester agentsTester(&board.agents());
        QAbstractItemModelTester queuesTester(&board.queues());
        board.agents().tick(Now);

        // A delta before the snapshot waits for it; one at or below the head is already in it.
        board.applyDelta(41, u"board.agent"_s, agent(7, u"Ana"_s, u"break"_s, 10));
        board.applyDelta(43, u"board.agent"_s, agent(8, u"Ben"_s, u"busy"_s, 5));
        QCOMPARE(board.agents().rowCount(), 0);
        QVERIFY(!board.hasSnapshot());

        board.applySnapshot(snapshot(42,
            {agent(7, u"Ana"_s, u"available"_s, 65, 2, 0.5), agent(8, u"Ben"_s, u"available"_s, 20)},
            {queue(3, u"Billing"_s, 1, 30, u"email"_s, 600)}));
        QVERIFY(board.hasSnapshot());
        QCOMPARE(board.day(), QStringLiteral("2026-11-24"));
        QCOMPARE(board.agents().rowCount(), 2);
        // Ana's delta (41) was older than the snapshot; Ben's (43) is newer.
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("available"));
        QCOMPARE(board.agents().rowFor(8).value(u"state"_s).toString(), QStringLiteral("busy"));

        // After the snapshot, deltas replace their row in place or add one.
        QSignalSpy changed(&board.agents(), &QAbstractItemModel::dataChanged);
        board.applyDelta(44, u"board.agent"_s, agent(7, u"Ana"_s, u"lunch"_s, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(board.agents().rowCount(), 2);
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("lunch"));
        board.applyDelta(45, u"board.agent"_s, agent(9, u"Cem"_s, u"available"_s, 0));
        QCOMPARE(board.agents().rowCount(), 3);
        // A repeat of an event already applied changes nothing.
        board.applyDelta(44, u"board.agent"_s, agent(7, u"Ana"_s, u"training"_s, 0));
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("lunch"));
        // Events of other kinds are not board rows.
        board.applyDelta(46, u"audit.created"_s, agent(7, u"Ana"_s, u"offline"_s, 0));
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("lunch"));

        board.applyDelta(47, u"board.queue"_s, queue(QJsonValue(), u""_s, 2, 5, u"sms"_s, 60));
        QCOMPARE(board.queues().rowCount(), 2);
        QCOMPARE(cell(board.queues(), 1, QueueBoardModel::NameColumn), QStringLiteral("No queue"));

        // Lost stream: new deltas wait for the next snapshot.
        board.invalidate();
        board.applyDelta(48, u"board.agent"_s, agent(7, u"Ana"_s, u"offline"_s, 0));
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("lunch"));
        board.applySnapshot(snapshot(47, {agent(7, u"Ana"_s, u"lunch"_s, 0)}, {}));
        QCOMPARE(board.agents().rowCount(), 1);
        QCOMPARE(board.agents().rowFor(7).value(u"state"_s).toString(), QStringLiteral("offline"));
        QCOMPARE(board.queues().rowCount(), 0);
    }

    void agentColumns()
    {
        AgentBoardModel model;
        QAbstractItemModelTester tester(&model);
        model.setLabels([](const QString &s) { return s.toUpper(); },
            [](const QString &c) { return QStringLiteral("[%1]").arg(c); });
        model.tick(Now);
        model.reset({agent(7, u"Ana"_s, u"available"_s, 65, 2, 0.5)});
        QCOMPARE(cell(model, 0, AgentBoardModel::NameColumn), QStringLiteral("Ana"));
        QCOMPARE(cell(model, 0, AgentBoardModel::StateColumn), QStringLiteral("AVAILABLE"));
        QCOMPARE(cell(model, 0, AgentBoardModel::TimeInStateColumn), QStringLiteral("1:05"));
        QCOMPARE(cell(model, 0, AgentBoardModel::ConversationsColumn), QStringLiteral("[email] 2"));
        QCOMPARE(cell(model, 0, AgentBoardModel::HandledColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, AgentBoardModel::HandleTimeColumn), QStringLiteral("5:10"));
        QCOMPARE(cell(model, 0, AgentBoardModel::OccupancyColumn), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, 0).data(AgentBoardModel::UserIdRole).toLongLong(), 7);

        // The clock moves: the time in state is announced as changed and reads on.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(Now.addSecs(3600));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(),
            int(AgentBoardModel::TimeInStateColumn));
        QCOMPARE(cell(model, 0, AgentBoardModel::TimeInStateColumn), QStringLiteral("1:01:05"));
        QCOMPARE(model.index(0, AgentBoardModel::TimeInStateColumn)
                     .data(AgentBoardModel::SortRole)
                     .toLongLong(),
            3665);
    }

    void queueBreaches()
    {
        QueueBoardModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy raised(&model, &QueueBoardModel::breachRaised);
        model.tick(Now);
        // Email target 600 s: 400 s waited is fine, 480 s (80 %) near, 600 s in breach.
        model.reset({queue(3, u"Billing"_s, 2, 400, u"email"_s, 600), queue(4, u"Sales"_s, 0, 0, u"email"_s, 600),
            queue(5, u"Voice"_s, 1, 10, u"voice"_s, 30)});
        QCOMPARE(raised.size(), 0);
        const auto level = [&](int row) {
            return QueueBoardModel::Breach(
                model.index(row, 0).data(QueueBoardModel::BreachRole).toInt());
        };
        QCOMPARE(level(0), QueueBoardModel::Breach::None);
        QCOMPARE(cell(model, 0, QueueBoardModel::LongestWaitColumn), QStringLiteral("6:40 (email)"));
        QCOMPARE(cell(model, 0, QueueBoardModel::TargetColumn), QStringLiteral("10:00"));
        QCOMPARE(cell(model, 0, QueueBoardModel::SlaColumn), QStringLiteral("90 %"));
        QCOMPARE(cell(model, 0, QueueBoardModel::AnsweredColumn), QStringLiteral("9 of 10"));
        QCOMPARE(cell(model, 1, QueueBoardModel::LongestWaitColumn), QStringLiteral("–"));

        model.tick(Now.addSecs(80));
        QCOMPARE(level(0), QueueBoardModel::Breach::Near);
        QCOMPARE(level(2), QueueBoardModel::Breach::Breached);
        QCOMPARE(raised.size(), 2);
        // Still near: not raised again.
        model.tick(Now.addSecs(100));
        QCOMPARE(raised.size(), 2);
        model.tick(Now.addSecs(200));
        QCOMPARE(level(0), QueueBoardModel::Breach::Breached);
        QCOMPARE(raised.size(), 3);
        QCOMPARE(raised.last().at(0).toString(), QStringLiteral("Billing"));
        QCOMPARE(raised.last().at(1).value<QueueBoardModel::Breach>(),
            QueueBoardModel::Breach::Breached);
        // The queue emptied (a delta), so it is clear; new waiting work raises it again.
        model.upsert(queue(3, u"Billing"_s, 0, 0, u"email"_s, 600));
        QCOMPARE(level(0), QueueBoardModel::Breach::None);
        model.upsert(queue(3, u"Billing"_s, 1, 599, u"email"_s, 600));
        QCOMPARE(raised.size(), 4);
        // A channel without a target never breaches by the longest wait...
        model.upsert(queue(6, u"Social"_s, 4, 99999, u"x_post"_s, 0));
        QCOMPARE(level(3), QueueBoardModel::Breach::None);
        // ...but the hub's sla_due_at says when some item on another channel misses its target.
        QJsonObject due = queue(6, u"Social"_s, 4, 99999, u"x_post"_s, 0);
        due.insert(u"sla_due_at"_s, Now.addSecs(230).toString(Qt::ISODateWithMs));
        model.upsert(due);
        QCOMPARE(level(3), QueueBoardModel::Breach::None);
        model.tick(Now.addSecs(240));
        QCOMPARE(level(3), QueueBoardModel::Breach::Breached);
        QCOMPARE(raised.last().at(0).toString(), u"Social"_s);
    }

    void deactivatedAgentsLeaveTheBoard()
    {
        AgentBoardModel model;
        QAbstractItemModelTester tester(&model);
        QJsonObject gone = agent(8, u"Ben"_s, u"offline"_s, 0);
        gone.insert(u"active"_s, false);
        model.reset({agent(7, u"Ana"_s, u"available"_s, 0), gone, agent(9, u"Cem"_s, u"busy"_s, 0)});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowFor(8).isEmpty());
        QJsonObject leaving = agent(7, u"Ana"_s, u"offline"_s, 0);
        leaving.insert(u"active"_s, false);
        model.upsert(leaving);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.rowFor(7).isEmpty());
        // The rows after it are still found by their id.
        QCOMPARE(model.rowFor(9).value(u"name"_s).toString(), u"Cem"_s);
        model.upsert(agent(9, u"Cem"_s, u"available"_s, 0));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowFor(9).value(u"state"_s).toString(), u"available"_s);
        // A row of someone not on the board that is not shown stays out.
        model.upsert(gone);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBoardModels)
#include "tst_board_models.moc"
