// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchModel.h"

#include "store/CacheError.h"
#include "store/CacheReader.h"

namespace Switchboard::Item {

SearchModel::SearchModel(Store::CacheDatabase &cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
}

void SearchModel::setQuery(const QString &text)
{
    m_query = text;
    QList<Store::SearchHit> hits;
    if (!text.trimmed().isEmpty()) {
        try {
            hits = Store::CacheReader(m_cache).search(text, Limit);
        } catch (const Store::CacheError &) {
            hits.clear(); // an unreadable cache finds nothing; the status bar reports it
        }
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return hit.customerId;
    case CustomerNameRole:
        return hit.customerName;
    case MessageIdRole:
        return hit.messageId;
    case ConversationIdRole:
        return hit.conversationId;
    case Qt::DisplayRole:
    case SnippetRole:
        return hit.snippet;
    case AtRole:
        return hit.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {CustomerIdRole, "customerId"},
        {CustomerNameRole, "customerName"}, {MessageIdRole, "messageId"},
        {ConversationIdRole, "conversationId"}, {SnippetRole, "snippet"}, {AtRole, "at"}};
}

} // namespace Switchboard::Item
