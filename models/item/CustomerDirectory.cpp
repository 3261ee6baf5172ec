// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerDirectory.h"

#include "store/CacheError.h"
#include "store/CacheReader.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

namespace Switchboard::Item {

namespace {
Q_LOGGING_CATEGORY(lcItem, "switchboard.item")

template <typename T, typename Read> T guarded(Read read)
{
    try {
        return read();
    } catch (const Store::CacheError &error) {
        qCWarning(lcItem, "cache read failed: %s", qUtf8Printable(error.message()));
        return T{};
    }
}
} // namespace

CustomerDirectory::CustomerDirectory(Store::CacheDatabase &cache)
    : m_cache(cache)
{
}

std::optional<Domain::Customer> CustomerDirectory::customer(Domain::Id id) const
{
    return guarded<std::optional<Domain::Customer>>(
        [&] { return Store::CacheReader(m_cache).customer(id); });
}

QList<Domain::Customer> CustomerDirectory::findCustomers(const QString &text, int limit) const
{
    return guarded<QList<Domain::Customer>>([&] {
        Store::CacheReader reader(m_cache);
        QList<Domain::Customer> out;
        QSet<Domain::Id> seen;
        // Messages hit too, so ask for more hits than customers wanted.
        for (const Store::SearchHit &hit : reader.search(text, limit * 4)) {
            if (out.size() >= limit)
                break;
            if (seen.contains(hit.customerId))
                continue;
            seen.insert(hit.customerId);
            if (auto customer = reader.customer(hit.customerId))
                out.append(*customer);
        }
        return out;
    });
}

QList<Domain::Conversation> CustomerDirectory::conversations(Domain::Id customerId) const
{
    auto list = guarded<QList<Domain::Conversation>>(
        [&] { return Store::CacheReader(m_cache).conversationsOf(customerId); });
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
    });
    return list;
}

std::optional<Domain::Conversation> CustomerDirectory::conversation(Domain::Id id) const
{
    return guarded<std::optional<Domain::Conversation>>(
        [&] { return Store::CacheReader(m_cache).conversation(id); });
}

std::optional<Domain::User> CustomerDirectory::user(Domain::Id id) const
{
    const auto row = guarded<std::optional<Store::AgentRow>>(
        [&] { return Store::CacheReader(m_cache).agent(id); });
    return row ? std::optional<Domain::User>(row->user) : std::nullopt;
}

std::optional<Domain::CallRecord> CustomerDirectory::call(Domain::Id id) const
{
    return guarded<std::optional<Domain::CallRecord>>(
        [&] { return Store::CacheReader(m_cache).call(id); });
}

QList<Domain::CallRecord> CustomerDirectory::recentCalls(Domain::Id customerId, int limit) const
{
    return guarded<QList<Domain::CallRecord>>(
        [&] { return Store::CacheReader(m_cache).callsOf(customerId, limit); });
}

QList<Domain::User> CustomerDirectory::transferTargets(Domain::Id except) const
{
    const auto rows
        = guarded<QList<Store::AgentRow>>([&] { return Store::CacheReader(m_cache).agents(); });
    QList<Domain::User> users;
    for (const Store::AgentRow &row : rows) {
        if (row.user.active && row.user.id != except)
            users << row.user;
    }
    return users;
}

} // namespace Switchboard::Item
