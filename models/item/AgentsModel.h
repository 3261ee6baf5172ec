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

//! The team for the supervisor's board: every user with presence and current load, by name.
class AgentsModel : public ListModel
{
    Q_OBJECT
public:
    enum Roles {
        //! qint64: the user's id.
        UserIdRole = Qt::UserRole + 1,
        //! QString: display name (also Qt::DisplayRole).
        NameRole,
        //! QString: sign-in name.
        UsernameRole,
        //! QString: "agent", "supervisor" or "admin".
        RoleRole,
        //! QString: presence state wire name ("available", "break", ...).
        PresenceRole,
        //! QString: the reason given with the presence.
        PresenceReasonRole,
        //! QDateTime: since when the presence holds.
        PresenceSinceRole,
        //! int: open and pending conversations assigned.
        ActiveConversationsRole,
        //! int: of those, how many have customer messages not yet read here.
        WaitingRole,
        //! bool: the account is active.
        ActiveRole,
        //! QStringList: skills, for routing.
        SkillsRole,
    };
    Q_ENUM(Roles)

    explicit AgentsModel(Store::CacheDatabase &cache, QObject *parent = nullptr);

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void applyChanges(const Switchboard::Store::ChangeSet &changes);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    Store::CacheDatabase &m_cache;
    QList<Store::AgentRow> m_rows;
};

} // namespace Switchboard::Item
