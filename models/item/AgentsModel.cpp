// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentsModel.h"

#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"

namespace Switchboard::Item {

using Store::AgentRow;

namespace {

// The cache's order: by name, then id.
bool agentBefore(const AgentRow &a, const AgentRow &b)
{
    if (a.user.name != b.user.name)
        return a.user.name < b.user.name;
    return a.user.id < b.user.id;
}

bool sameAgent(const AgentRow &a, const AgentRow &b)
{
    return a.user.id == b.user.id;
}

} // namespace

AgentsModel::AgentsModel(Store::CacheDatabase &cache, QObject *parent)
    : ListModel(parent)
    , m_cache(cache)
{
    reload();
}

void AgentsModel::reload()
{
    // The team is small (hundreds at most): re-read it whole, apply only the difference.
    QList<AgentRow> fresh;
    try {
        fresh = Store::CacheReader(m_cache).agents();
    } catch (const Store::CacheError &error) {
        Q_EMIT loadFailed(error.message());
        return;
    }
    // SQLite's collation and QString's may disagree on names; the diff needs one order.
    std::sort(fresh.begin(), fresh.end(), agentBefore);
    applyRowDiff(m_rows, fresh, agentBefore, sameAgent, emitter());
}

void AgentsModel::applyChanges(const Store::ChangeSet &changes)
{
    // Users change, and so does load when conversations move between agents.
    if (changes.reset || !changes.users.isEmpty() || !changes.conversations.isEmpty())
        reload();
}

int AgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentRow &row = m_rows.at(index.row());
    switch (role) {
    case UserIdRole:
        return row.user.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.user.name;
    case UsernameRole:
        return row.user.username;
    case RoleRole:
        return Domain::toWire(row.user.role);
    case PresenceRole:
        return Domain::toWire(row.user.presence.state);
    case PresenceReasonRole:
        return row.user.presence.reason;
    case PresenceSinceRole:
        return row.user.presence.since;
    case ActiveConversationsRole:
        return row.activeConversations;
    case WaitingRole:
        return row.waitingOnAgent;
    case ActiveRole:
        return row.user.active;
    case SkillsRole:
        return row.user.skills;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {UserIdRole, "userId"}, {NameRole, "name"},
        {UsernameRole, "username"}, {RoleRole, "role"}, {PresenceRole, "presence"},
        {PresenceReasonRole, "presenceReason"}, {PresenceSinceRole, "presenceSince"},
        {ActiveConversationsRole, "activeConversations"}, {WaitingRole, "waiting"},
        {ActiveRole, "active"}, {SkillsRole, "skills"}};
}

} // namespace Switchboard::Item
