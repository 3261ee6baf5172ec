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
    //! Empty clears it.
    std::optional<QString> voiceAddress;
};

//! Changes to a customer record; unset members stay as they are.
struct CustomerChanges
{
    std::optional<QString> name;
    std::optional<QString> language;
    std::optional<QStringList> tags;
    std::optional<QString> notes;
};

//! What a supervisor moves off a customer into a new record.
struct CustomerSplit
{
    QList<Domain::Id> identityIds;
    QList<Domain::Id> conversationIds;
    //! The new record's name; the split customer's when empty.
    QString name;
};

//! The two records after a split.
struct SplitCustomers
{
    //! The customer split, as it is now.
    Domain::Customer customer;
    //! The record created with what moved.
    Domain::Customer newCustomer;
};

//! Users, their presence, and the customer records agents keep.
class PeopleService
{
public:
    PeopleService(
        Storage &storage, EventRecorder &events, const AccessPolicy &access, PasswordHasher hasher);

    //! A list of short labels (skills, languages, tags): at most 50, each 1-64 characters;
    //! the error names `field`.
    static std::optional<ServiceError> checkLabels(const QString &field, const QStringList &labels);

    Outcome<Domain::User> createUser(const NewUser &user);
    Outcome<Domain::User> updateUser(Domain::Id id, const UserChanges &changes);
    //! Sets a user's presence; agents only their own, supervisors anyone's.
    Outcome<Domain::User> setPresence(const Domain::User &caller, Domain::Id userId,
        Domain::PresenceState state, const QString &reason);
    Outcome<Domain::Customer> updateCustomer(Domain::Id id, const CustomerChanges &changes);
    //! Makes `from` part of `into` (one person known as two records): identities,
    //! conversations, messages and calls move, tags are joined, notes appended, `from` goes.
    //! Announced as customer.merged and recorded in the audit log by actor.
    Outcome<Domain::Customer> mergeCustomers(
        const Domain::User &actor, Domain::Id into, Domain::Id from);
    //! Moves identities and conversations of customer id into a new record (two people under
    //! one record). At least one of each list must name something, and something must stay.
    //! Announced as customer.split and recorded in the audit log by actor.
    Outcome<SplitCustomers> splitCustomer(
        const Domain::User &actor, Domain::Id id, const CustomerSplit &split);

    const PasswordHasher &hasher() const { return m_hasher; }

    static constexpr int MinPasswordLength = 8;

private:
    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    PasswordHasher m_hasher;
};

} // namespace Switchboard::Hub
