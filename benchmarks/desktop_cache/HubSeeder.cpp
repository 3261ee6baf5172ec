// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubSeeder.h"

#include "TestHub.h"
#include "core/HubConfig.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/SqliteStorage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

QString databasePath(const QString &dataDir)
{
    Hub::HubConfig config;
    config.dataDir = dataDir;
    return config.databasePath();
}

// The repositories hand out ids; the data set's records refer to each other by the ids it
// planned, so every insert must get exactly that id.
void expectId(const char *kind, Domain::Id got, Domain::Id planned)
{
    if (got != planned)
        throw Hub::StorageError(QStringLiteral("the hub gave %1 %2 the id %3")
                                    .arg(QLatin1String(kind))
                                    .arg(planned)
                                    .arg(got));
}

} // namespace

HubSeeder::HubSeeder(QString dataDir, DataSet::Size size, quint64 seed)
    : m_dataDir(std::move(dataDir))
    , m_size(size)
    , m_seed(seed)
{
}

QString HubSeeder::markerPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("bench-data-set.txt"));
}

QString HubSeeder::wanted() const
{
    return QStringLiteral("customers=%1 conversations=%2 messages=%3 seed=%4")
        .arg(m_size.customers)
        .arg(m_size.conversations)
        .arg(m_size.messages)
        .arg(m_seed);
}

bool HubSeeder::readStaff(DataSet::Staff &staff, QString *error)
{
    Hub::SqliteStorage storage(databasePath(m_dataDir));
    if (!storage.open(error))
        return false;
    const auto agent1 = storage.users().byUsername(QStringLiteral("agent1"));
    const auto agent2 = storage.users().byUsername(QStringLiteral("agent2"));
    const auto supervisor = storage.users().byUsername(QStringLiteral("supervisor"));
    if (!agent1 || !agent2 || !supervisor) {
        *error = QStringLiteral("the hub's test users are missing");
        return false;
    }
    staff = {*agent1, *agent2, *supervisor};
    return true;
}

bool HubSeeder::run(DataSet::Staff &staff, double &seconds, QString *error)
{
    seconds = 0;
    QFile marker(markerPath());
    if (marker.open(QIODevice::ReadOnly) && QString::fromUtf8(marker.readAll()) == wanted())
        return readStaff(staff, error);
    marker.close();
    QDir(m_dataDir).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    {
        // The fixture's users, with their password hashes, made by the hub's own code.
        Test::TestHub::Options options;
        options.dataDir = m_dataDir;
        Test::TestHub hub(options);
    }
    if (!readStaff(staff, error))
        return false;
    try {
        seed(DataSet(m_size, staff, m_seed));
    } catch (const Hub::StorageError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || marker.write(wanted().toUtf8()) < 0) {
        *error = marker.errorString();
        return false;
    }
    return true;
}

void HubSeeder::seed(const DataSet &data)
{
    Hub::SqliteStorage storage(databasePath(m_dataDir));
    QString error;
    if (!storage.open(&error))
        throw Hub::StorageError(error);
    // Seeding only: a crash meanwhile means seeding again, so the per-commit fsync the hub
    // keeps for acknowledged writes is not needed here.
    storage.database().exec(QStringLiteral("PRAGMA synchronous = OFF"));
    for (qint64 first = 1; first <= m_size.conversations; first += BatchConversations) {
        const qint64 last = std::min(m_size.conversations, first + BatchConversations - 1);
        Hub::Transaction tx(storage.database());
        for (qint64 id = first; id <= last; ++id) {
            if (id <= m_size.customers)
                expectId("customer", storage.customers().insert(data.customer(id)).id, id);
            const Domain::Conversation conversation = data.conversation(id);
            expectId("conversation", storage.conversations().insert(conversation).id, id);
            for (const Domain::Message &message : data.messages(conversation))
                expectId("message", storage.messages().insert(message).id, message.id);
        }
        tx.commit();
        if (last % (BatchConversations * 5) == 0 || last == m_size.conversations) {
            std::fprintf(stderr, "\r  seeding the hub: %lld / %lld conversations", last,
                m_size.conversations);
            std::fflush(stderr);
        }
    }
    std::fprintf(stderr, "\n");
}

} // namespace Switchboard::Bench
