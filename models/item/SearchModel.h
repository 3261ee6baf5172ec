// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CacheRows.h"

#include <QAbstractListModel>

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! Results of a search over the local full-text index: matching customers, then messages.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        //! qint64: the customer the hit belongs to.
        CustomerIdRole = Qt::UserRole + 1,
        //! QString: the customer's name.
        CustomerNameRole,
        //! qint64: the matching message; 0 for a customer matched by name or identity.
        MessageIdRole,
        //! qint64: the message's conversation; 0 for customer hits.
        ConversationIdRole,
        //! QString: the matching text with hits between [ and ] (also Qt::DisplayRole).
        SnippetRole,
        //! QDateTime: when the message was written; invalid for customer hits.
        AtRole,
    };
    Q_ENUM(Roles)

    static constexpr int Limit = 50;

    explicit SearchModel(Store::CacheDatabase &cache, QObject *parent = nullptr);

    //! Runs the search; an empty text clears the results.
    void setQuery(const QString &text);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Store::CacheDatabase &m_cache;
    QString m_query;
    QList<Store::SearchHit> m_hits;
};

} // namespace Switchboard::Item
