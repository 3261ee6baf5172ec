// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-bench-routing: the time of one routing decision on a busy floor (issue 7: 500
// agents, 10,000 waiting items, target under 1 ms), on the hub's own code and a real SQLite
// database built through its repositories in a temporary directory.
//   (a) new item: AgentChooser::choose for one new conversation (the users and their load are
//       read beforehand, as InboundService::route reads them; only the choice is timed).
//   (b) agent free: an agent's work is resolved and RoutingService::dispatch() gives them the
//       next waiting item, with every storage read and write it makes (timed whole). Changes
//       are recorded as events, as the hub's services record them: routing follows them.
//   (c) worst case: an available agent with room qualifies for nothing waiting; dispatch()
//       assigns nothing.
//   (d) the disk's part of (b): one audit row committed alone.
#include "RoutingFloor.h"
#include "domain/AuditEntry.h"
#include "domain/Event.h"
#include "routing/AgentChooser.h"
#include "routing/DisconnectedAgents.h"
#include "service/AccessPolicy.h"
#include "service/EventBus.h"
#include "service/EventRecorder.h"
#include "service/QueueService.h"
#include "service/RoutingService.h"
#include "storage/Audience.h"
#include "storage/AuditRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStorage.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>

using namespace Switchboard;
using namespace Switchboard::Hub;
using namespace Switchboard::Domain;

namespace {

QTextStream out(stdout);

void report(const char *what, QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double q) {
        const auto i = qsizetype(std::ceil(q * double(nanoseconds.size()))) - 1;
        return double(nanoseconds.at(std::clamp<qsizetype>(i, 0, nanoseconds.size() - 1))) / 1e3;
    };
    out << QStringLiteral("%1  n=%2  p50=%3 us  p99=%4 us  max=%5 us\n")
               .arg(QLatin1String(what))
               .arg(nanoseconds.size())
               .arg(at(0.5), 0, 'f', 1)
               .arg(at(0.99), 0, 'f', 1)
               .arg(double(nanoseconds.last()) / 1e3, 0, 'f', 1);
    out.flush();
}

//! Resolves one open, non-voice conversation of a random available agent who has one: they have
//! room again.
void freeSomeone(Storage &storage, EventRecorder &events, const QList<User> &available,
    QRandomGenerator &random)
{
    for (;;) {
        const User &agent = available.at(int(random.bounded(int(available.size()))));
        ConversationFilter filter;
        filter.assignee = ConversationFilter::Assignee::User;
        filter.assigneeId = agent.id;
        filter.status = ConversationStatus::Open;
        filter.limit = 20;
        for (Conversation c : storage.conversations().list(filter)) {
            if (c.channel == ChannelKind::Voice)
                continue;
            c.status = ConversationStatus::Resolved;
            c.updatedAt = QDateTime::currentDateTimeUtc();
            storage.conversations().update(c);
            events.record(EventType::ConversationUpdated, Audience::all(), c.toJson());
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-bench-routing"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time of one routing decision."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents (500)."),
        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption waitingOption(QStringLiteral("waiting"),
        QStringLiteral("Waiting conversations (10000)."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption decisionsOption(QStringLiteral("decisions"),
        QStringLiteral("Decisions timed per measurement (2000)."), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (7)."),
        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption synchronousOption(QStringLiteral("synchronous"),
        QStringLiteral("SQLite's synchronous setting: full (the hub's, an fsync per commit) or "
                       "normal (none at commit, to see the decision's work without the disk's)."),
        QStringLiteral("setting"), QStringLiteral("full"));
    parser.addOptions({agentsOption, waitingOption, decisionsOption, seedOption, synchronousOption});
    parser.process(app);
    const int agents = parser.value(agentsOption).toInt();
    const int waiting = parser.value(waitingOption).toInt();
    const int decisions = std::max(1, parser.value(decisionsOption).toInt());

    QTemporaryDir dir;
    SqliteStorage storage(dir.filePath(QStringLiteral("hub.db")));
    QString error;
    if (!dir.isValid() || !storage.open(&error)) {
        out << "cannot open the database: " << error << '\n';
        return 1;
    }
    const QString synchronous = parser.value(synchronousOption).toLower();
    if (synchronous != QLatin1String("full") && synchronous != QLatin1String("normal")) {
        out << "--synchronous: full or normal\n";
        return 1;
    }
    storage.database().exec(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous));
    EventBus bus;
    AccessPolicy access;
    EventRecorder events(storage, bus);
    QueueService queues(storage, events, access);
    DisconnectedAgents disconnected;
    RoutingService routing(storage, events, access, queues, disconnected, {});

    QElapsedTimer setup;
    setup.start();
    Bench::RoutingFloor floor(storage, queues, parser.value(seedOption).toUInt());
    {
        Transaction tx(storage.database());
        floor.addQueues();
        tx.commit();
    }
    queues.load();
    {
        Transaction tx(storage.database());
        floor.addAgents(agents);
        for (int i = 0; i < waiting; ++i)
            floor.addWaiting();
        tx.commit();
    }
    // Routing reads the floor once, then follows the events. Work left over from the set-up
    // (nobody has room) would be routed by the first decision.
    routing.start(bus);
    routing.dispatch();
    QList<User> available;
    for (const User &u : storage.users().all()) {
        if (u.presence.state == PresenceState::Available)
            available.append(u);
    }
    out << QStringLiteral("floor: %1 agents (%2 available, all at capacity), %3 waiting, "
                          "set up in %4 s\n")
               .arg(agents)
               .arg(available.size())
               .arg(waiting)
               .arg(double(setup.elapsed()) / 1000, 0, 'f', 1);

    // (a) A new item: the chooser over every agent, with the roster's users and loads as
    // InboundService::route takes them.
    {
        RoutingInput input;
        input.users = routing.roster().users();
        QHash<ChannelKind, QHash<Id, int>> loads;
        for (const ChannelKind channel : Bench::Channels)
            loads.insert(channel, routing.roster().loadOn(channel));
        // Some room here and there, as on a real floor between decisions.
        for (auto &load : loads) {
            for (auto it = load.begin(); it != load.end(); ++it) {
                if (floor.random().bounded(10) == 0)
                    it.value() = std::max(0, it.value() - 1);
            }
        }
        QList<qint64> times;
        int assigned = 0;
        for (int i = 0; i < decisions; ++i) {
            input.conversation = floor.newItem();
            input.queue
                = input.conversation.queueId ? queues.find(*input.conversation.queueId) : nullptr;
            input.load = loads.value(input.conversation.channel);
            disconnected.excludeFrom(input);
            QElapsedTimer t;
            t.start();
            const RoutingDecision decision = AgentChooser::choose(input);
            times.append(t.nsecsElapsed());
            assigned += decision.agentId ? 1 : 0;
        }
        report("(a) new item, AgentChooser::choose", times);
        out << QStringLiteral("    %1 of %2 found an agent\n").arg(assigned).arg(decisions);
    }

    // (b) An agent becomes free: their next item, with the storage work dispatch() does.
    {
        QList<qint64> times;
        const auto assignedSoFar
            = [&] { return storage.audit().list(0, 1000000, AuditAction::RoutingAssigned).size(); };
        const qsizetype assignedBefore = assignedSoFar();
        for (int i = 0; i < decisions; ++i) {
            {
                Transaction tx(storage.database());
                freeSomeone(storage, events, available, floor.random());
                // Keeps the waiting count where it was.
                const Conversation added = floor.addWaiting();
                events.record(EventType::ConversationCreated, Audience::all(), added.toJson());
                tx.commit();
            }
            QElapsedTimer t;
            t.start();
            routing.dispatch();
            times.append(t.nsecsElapsed());
        }
        report("(b) agent free, RoutingService::dispatch", times);
        out << QStringLiteral("    %1 items assigned in %2 decisions\n")
                   .arg(assignedSoFar() - assignedBefore)
                   .arg(decisions);
    }

    // (c) Worst case: a free agent who qualifies for nothing waiting (a language no one writes
    // in); before the waiting work was indexed by what it requires, dispatch() read every
    // waiting row for them.
    {
        User odd;
        odd.username = QStringLiteral("odd");
        odd.name = QStringLiteral("Odd one out");
        odd.skills = {QStringLiteral("none")};
        odd.languages = {QStringLiteral("ja")};
        for (const ChannelKind channel : Bench::Channels)
            odd.capacity.insert(channel, 1);
        odd.presence.state = PresenceState::Available;
        odd.presence.since = QDateTime::currentDateTimeUtc();
        {
            Transaction tx(storage.database());
            odd = storage.users().insert(odd, QString());
            events.record(EventType::UserCreated, Audience::all(), odd.toJson());
            tx.commit();
        }
        QList<qint64> times;
        for (int i = 0; i < std::min(decisions, 200); ++i) {
            QElapsedTimer t;
            t.start();
            routing.dispatch();
            times.append(t.nsecsElapsed());
        }
        report("(c) free agent qualifying for nothing, dispatch", times);
    }

    // (d) The disk's part: one audit row committed alone, the durable write (an fsync of the
    // write-ahead log) every decision of (b) ends with.
    {
        QList<qint64> times;
        for (int i = 0; i < std::min(decisions, 200); ++i) {
            AuditEntry entry;
            entry.at = QDateTime::currentDateTimeUtc();
            entry.userName = QStringLiteral("bench");
            entry.action = AuditAction::RoutingQueued;
            QElapsedTimer t;
            t.start();
            Transaction tx(storage.database());
            storage.audit().append(std::move(entry));
            tx.commit();
            times.append(t.nsecsElapsed());
        }
        report("(d) one audit row committed alone", times);
    }
    return 0;
}
