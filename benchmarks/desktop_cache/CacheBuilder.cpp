// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheBuilder.h"

#include "DataSet.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace Switchboard::Bench {

namespace {

// Marks a cache this program built, with the data set it holds.
constexpr QLatin1String DataSetKey{"bench_data_set"};

} // namespace

CacheBuilder::CacheBuilder(const DataSet &data, QString path)
    : m_data(data)
    , m_path(std::move(path))
{
}

bool CacheBuilder::reusable()
{
    if (!QFile::exists(m_path))
        return false;
    Store::CacheDatabase db;
    // Read-write, so a cache kept from an older schema is migrated rather than rebuilt.
    if (!db.open(m_path).ok)
        return false;
    try {
        return Store::CacheWriter(db).meta(DataSetKey) == m_data.fingerprint();
    } catch (const Store::CacheError &) {
        return false;
    }
}

bool CacheBuilder::run(CacheBenchReport::Build &result, QString *error)
{
    const DataSet::Size &size = m_data.size();
    result.customers = size.customers;
    result.conversations = size.conversations;
    result.messages = size.messages;
    if (reusable()) {
        result.fileBytes = QFileInfo(m_path).size();
        return true;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    QElapsedTimer timer;
    timer.start();
    try {
        build();
    } catch (const Store::CacheError &e) {
        *error = e.message();
        return false;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.fileBytes = QFileInfo(m_path).size();
    return true;
}

void CacheBuilder::build()
{
    Store::CacheDatabase db;
    const auto opened = db.open(m_path);
    if (!opened.ok)
        throw Store::CacheError(opened.error);
    Store::CacheWriter writer(db);
    const DataSet::Size &size = m_data.size();
    db.transaction([&] {
        Store::ChangeSet changes;
        for (const Domain::User &user :
            {m_data.staff().agent1, m_data.staff().agent2, m_data.staff().supervisor})
            writer.upsertUser(user, changes);
    });
    for (qint64 first = 1; first <= size.conversations; first += BatchConversations) {
        const qint64 last = std::min(size.conversations, first + BatchConversations - 1);
        // A fresh change set per batch, as the sync engine publishes one per transaction.
        Store::ChangeSet changes;
        db.transaction([&] {
            for (qint64 id = first; id <= last; ++id) {
                // Conversation j <= customers is customer j's first: bring the customer in then.
                if (id <= size.customers)
                    writer.upsertCustomer(m_data.customer(id), changes);
                const Domain::Conversation conversation = m_data.conversation(id);
                writer.upsertConversation(conversation, changes);
                for (const Domain::Message &message : m_data.messages(conversation))
                    writer.insertMessage(message, changes, false);
            }
        });
        if (last % (BatchConversations * 10) == 0 || last == size.conversations) {
            std::fprintf(stderr, "\r  building the cache: %lld / %lld conversations", last,
                size.conversations);
            std::fflush(stderr);
        }
    }
    std::fprintf(stderr, "\n");
    db.transaction([&] {
        writer.setMeta(Store::Schema::Meta::userIdKey, QString::number(m_data.staff().agent1.id));
        writer.setMeta(Store::Schema::Meta::initialSyncDoneKey, QStringLiteral("1"));
        writer.setMeta(DataSetKey, m_data.fingerprint());
    });
}

} // namespace Switchboard::Bench
