// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxModel.h"

#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"

#include <algorithm>

namespace Switchboard::Item {

using Store::InboxRow;

InboxModel::InboxModel(Store::CacheDatabase &cache, QObject *parent)
    : ListModel(parent)
    , m_cache(cache)
{
}

void InboxModel::setSignedInUser(Domain::Id userId)
{
    if (userId == m_me)
        return;
    m_me = userId;
    reload();
}

void InboxModel::setFilter(const Store::InboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InboxModel::reload()
{
    beginReset();
    m_rows.clear();
    m_more = true;
    endReset();
    fetchMore({});
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !isBusy();
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || isBusy())
        return;
    QList<InboxRow> page;
    try {
        Store::CacheReader reader(m_cache);
        page = reader.inboxPage(m_filter, m_me,
            m_rows.isEmpty() ? std::nullopt : std::optional<InboxRow>(m_rows.last()), PageSize);
    } catch (const Store::CacheError &error) {
        m_more = false;
        Q_EMIT loadFailed(error.message());
        return;
    }
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsert(int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsert();
}

int InboxModel::rowOf(Domain::Id customerId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [customerId](const InboxRow &row) { return row.customerId == customerId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void InboxModel::applyChanges(const Store::ChangeSet &changes)
{
    if (changes.reset) {
        reload();
        return;
    }
    for (const Domain::Id customerId : changes.customers)
        updateCustomer(customerId);
}

void InboxModel::updateCustomer(Domain::Id customerId)
{
    std::optional<InboxRow> fresh;
    try {
        fresh = Store::CacheReader(m_cache).inboxRow(m_filter, m_me, customerId);
    } catch (const Store::CacheError &error) {
        Q_EMIT loadFailed(error.message());
        return;
    }
    int old = rowOf(customerId);
    if (!fresh) {
        if (old >= 0) {
            beginRemove(old, old);
            m_rows.removeAt(old);
            endRemove();
        }
        return;
    }
    // Where the row belongs now, among the others.
    const auto before = [this](const InboxRow &a, const InboxRow &b) {
        return Store::CacheReader::inboxBefore(m_filter, a, b);
    };
    auto position
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *fresh, before) - m_rows.cbegin();
    if (old >= 0 && old < position)
        --position; // the old row, still in the list, sits in front of it
    if (old >= 0 && position == m_rows.size() - 1 && old != position && m_more) {
        // It moved past the loaded rows: it comes back with the next page, in its place.
        beginRemove(old, old);
        m_rows.removeAt(old);
        endRemove();
        return;
    }
    if (old >= 0 && old == position) {
        if (!(m_rows.at(old) == *fresh)) {
            m_rows[old] = *fresh;
            Q_EMIT dataChanged(index(old), index(old));
        }
        return;
    }
    if (old >= 0) {
        const int destination = position > old ? int(position) + 1 : int(position);
        beginMove(old, destination);
        m_rows.move(old, position);
        m_rows[position] = *fresh;
        endMove();
        Q_EMIT dataChanged(index(int(position)), index(int(position)));
        return;
    }
    // Past the loaded rows it arrives with the next page, in its place.
    if (position == m_rows.size() && m_more)
        return;
    beginInsert(int(position), int(position));
    m_rows.insert(position, *fresh);
    endInsert();
}

int InboxModel::unreadTotal() const
{
    int total = 0;
    for (const InboxRow &row : m_rows)
        total += row.unread;
    return total;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return row.customerName;
    case CustomerIdRole:
        return row.customerId;
    case ChannelsRole: {
        QStringList names;
        for (const Domain::ChannelKind channel : row.channels)
            names << Domain::toWire(channel);
        return names;
    }
    case ConversationCountRole:
        return row.conversationCount;
    case UnreadRole:
        return row.unread;
    case SlaDueRole:
        return row.slaDueAt;
    case LastActivityRole:
        return row.lastActivityAt;
    case PriorityRole:
        return Domain::toWire(row.priority);
    case ConversationIdRole:
        return row.topConversationId;
    case SubjectRole:
        return row.topSubject;
    case AssigneeIdRole:
        return row.topAssigneeId ? QVariant(*row.topAssigneeId) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {CustomerIdRole, "customerId"},
        {CustomerNameRole, "customerName"}, {ChannelsRole, "channels"},
        {ConversationCountRole, "conversationCount"}, {UnreadRole, "unread"},
        {SlaDueRole, "slaDue"}, {LastActivityRole, "lastActivity"}, {PriorityRole, "priority"},
        {ConversationIdRole, "conversationId"}, {SubjectRole, "subject"},
        {AssigneeIdRole, "assigneeId"}};
}

} // namespace Switchboard::Item
