// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! An agent's state: what they are doing, why, and since when.
struct Presence
{
    PresenceState state = PresenceState::Offline;
    //! The reason code or free text the agent gave, e.g. "team meeting".
    QString reason;
    QDateTime since;

    QJsonObject toJson() const;
    bool operator==(const Presence &) const = default;
};

//! Someone who signs in: an agent, a supervisor or an administrator.
struct User
{
    Id id = 0;
    QString username;
    //! The display name customers and colleagues see.
    QString name;
    Role role = Role::Agent;
    QStringList skills;
    //! Languages the user handles, BCP 47 tags.
    QStringList languages;
    //! How many conversations of each channel the user works at once.
    QMap<ChannelKind, int> capacity;
    Presence presence;
    bool active = true;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const User &) const = default;
};

} // namespace Switchboard::Domain
