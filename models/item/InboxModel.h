// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListModel.h"
#include "store/CacheRows.h"
#include "store/ChangeSet.h"

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! The unified inbox: one row per customer with their conversations across every channel that
//! pass the filter. Pages in lazily from the cache and updates rows in place as changes arrive.
class InboxModel : public ListModel
{
    Q_OBJECT
public:
    enum Roles {
        //! qint64: the customer's id.
        CustomerIdRole = Qt::UserRole + 1,
        //! QString: the customer's name (also Qt::DisplayRole).
        CustomerNameRole,
        //! QStringList: wire names of the channels of the matching conversations, most recent
        //! first.
        ChannelsRole,
        //! int: how many conversations of the customer pass the filter.
        ConversationCountRole,
        //! int: customer messages not yet read on this desktop.
        UnreadRole,
        //! QDateTime: the soonest SLA deadline; invalid if none.
        SlaDueRole,
        //! QDateTime: the newest message.
        LastActivityRole,
        //! QString: the highest priority among the conversations (wire name).
        PriorityRole,
        //! qint64: the most recently active matching conversation, opened by activating the row.
        ConversationIdRole,
        //! QString: its subject.
        SubjectRole,
        //! QVariant (qint64 or null): its assignee.
        AssigneeIdRole,
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 100;
    //! Which conversations and in which order (the ui's name for the cache's filter).
    using Filter = Store::InboxFilter;

    //! cache: a connection owned by the caller on this model's thread (read-only is enough).
    explicit InboxModel(Store::CacheDatabase &cache, QObject *parent = nullptr);

    //! The signed-in user, for the "mine" scope.
    void setSignedInUser(Domain::Id userId);
    void setFilter(const Store::InboxFilter &filter);
    Store::InboxFilter filter() const { return m_filter; }
    //! Customer messages not yet read, across the loaded rows.
    int unreadTotal() const;
    //! Reloads from the cache (e.g. after the engine was restarted on another account).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    //! Re-reads the customers a committed change touched.
    void applyChanges(const Switchboard::Store::ChangeSet &changes);

Q_SIGNALS:
    //! The cache could not be read; the message is for the ui.
    void loadFailed(const QString &message);

private:
    void updateCustomer(Domain::Id customerId);
    int rowOf(Domain::Id customerId) const;

    Store::CacheDatabase &m_cache;
    Store::InboxFilter m_filter;
    Domain::Id m_me = 0;
    QList<Store::InboxRow> m_rows;
    bool m_more = true;
};

} // namespace Switchboard::Item
