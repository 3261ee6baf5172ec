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
    //! Where the user takes phone calls the hub connects: a SIP address ("sip:agent1@pbx.example.com"),
    //! a telephony client ("client:agent1") or a phone number in E.164 ("+442079460123"). Empty:
    //! calls can be answered in the desktop, but the caller is connected to no one.
    QString voiceAddress;

    //! Whether text is a voice address as above (empty is not).
    static bool voiceAddressValid(const QString &text);

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const User &) const = default;
};

} // namespace Switchboard::Domain
