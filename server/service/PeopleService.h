// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "auth/PasswordHasher.h"
#include "domain/Customer.h"
#include "domain/User.h"

#include <optional>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! A new user as an administrator describes them.
struct NewUser
{
    QString username;
    QString password;
    Domain::User profile;
};

//! Changes to a user; unset members stay as they are.
struct UserChanges
{
    std::optional<QString> name;
    std::optional<Domain::Role> role;
    std::optional<QStringList> skills;
    std::optional<QStringList> languages;
    std::optional<QMap<Domain::ChannelKind, int>> capacity;
    std::optional<bool> active;
    std::optional<QString> password;
};

//! Changes to a customer record; unset members stay as they are.
struct CustomerChanges
{
    std::optional<QString> name;
    std::optional<QString> language;
    std::optional<QStringList> tags;
    std::optional<QString> notes;
};

//! Users, their presence, and the customer records agents keep.
class PeopleService
{
public:
    PeopleService(
        Storage &storage, EventRecorder &events, const AccessPolicy &access, PasswordHasher hasher);

    Outcome<Domain::User> createUser(const NewUser &user);
    Outcome<Domain::User> updateUser(Domain::Id id, const UserChanges &changes);
    //! Sets a user's presence; agents only their own, supervisors anyone's.
    Outcome<Domain::User> setPresence(const Domain::User &caller, Domain::Id userId,
        Domain::PresenceState state, const QString &reason);
    Outcome<Domain::Customer> updateCustomer(Domain::Id id, const CustomerChanges &changes);

    const PasswordHasher &hasher() const { return m_hasher; }

    static constexpr int MinPasswordLength = 8;

private:
    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    PasswordHasher m_hasher;
};

} // namespace Switchboard::Hub
