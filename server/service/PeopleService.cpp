// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "storage/CustomerRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QJsonObject presencePayload(const User &user)
{
    return {
        {QStringLiteral("user_id"), user.id}, {QStringLiteral("presence"), user.presence.toJson()}};
}

// User events carry profiles (skills, capacity) that only the user and supervisors need.
Audience userAudience(const User &user)
{
    return Audience::usersAndSupervisors({user.id});
}

} // namespace

PeopleService::PeopleService(
    Storage &storage, EventRecorder &events, const AccessPolicy &access, PasswordHasher hasher)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_hasher(hasher)
{
}

Outcome<User> PeopleService::createUser(const NewUser &request)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._@-]{2,64}$"));
    if (!validName.match(request.username).hasMatch()) {
        return ServiceError::invalid(QStringLiteral("username"),
            QStringLiteral("username must be 2-64 letters, digits or . _ @ -"));
    }
    if (request.password.size() < MinPasswordLength) {
        return ServiceError::invalid(QStringLiteral("password"),
            QStringLiteral("password must be at least %1 characters").arg(MinPasswordLength));
    }
    // Hash before the transaction: it is slow on purpose and needs no lock.
    const QString hash = m_hasher.hash(request.password);
    Transaction tx(m_storage.database());
    if (m_storage.users().byUsername(request.username)) {
        return ServiceError{409, QStringLiteral("username_taken"),
            QStringLiteral("a user named %1 already exists").arg(request.username),
            QStringLiteral("username"), {}};
    }
    User user = request.profile;
    user.username = request.username;
    if (user.name.trimmed().isEmpty())
        user.name = request.username;
    user.presence = {PresenceState::Offline, QString(), QDateTime::currentDateTimeUtc()};
    user = m_storage.users().insert(user, hash);
    m_events.record(EventType::UserCreated, userAudience(user), user.toJson());
    tx.commit();
    return user;
}

Outcome<User> PeopleService::updateUser(Id id, const UserChanges &changes)
{
    if (changes.password && changes.password->size() < MinPasswordLength) {
        return ServiceError::invalid(QStringLiteral("password"),
            QStringLiteral("password must be at least %1 characters").arg(MinPasswordLength));
    }
    if (changes.name && changes.name->trimmed().isEmpty())
        return ServiceError::invalid(
            QStringLiteral("name"), QStringLiteral("name must not be empty"));
    const QString hash = changes.password ? m_hasher.hash(*changes.password) : QString();
    Transaction tx(m_storage.database());
    auto user = m_storage.users().byId(id);
    if (!user)
        return ServiceError::notFound(QStringLiteral("user %1").arg(id));
    if (changes.name)
        user->name = *changes.name;
    if (changes.role)
        user->role = *changes.role;
    if (changes.skills)
        user->skills = *changes.skills;
    if (changes.languages)
        user->languages = *changes.languages;
    if (changes.capacity)
        user->capacity = *changes.capacity;
    if (changes.active)
        user->active = *changes.active;
    m_storage.users().update(*user);
    if (changes.password)
        m_storage.users().setPasswordHash(id, hash);
    // A new password or a deactivated account ends every session the user had.
    if (changes.password || (changes.active && !*changes.active))
        m_storage.users().deleteTokensOfUser(id);
    m_events.record(EventType::UserUpdated, userAudience(*user), user->toJson());
    tx.commit();
    return *user;
}

Outcome<User> PeopleService::setPresence(
    const User &caller, Id userId, PresenceState state, const QString &reason)
{
    if (userId != caller.id && !m_access.isSupervisor(caller))
        return ServiceError::forbidden(
            QStringLiteral("only supervisors change another user's state"));
    if (reason.size() > 200)
        return ServiceError::invalid(
            QStringLiteral("reason"), QStringLiteral("reason must be at most 200 characters"));
    Transaction tx(m_storage.database());
    auto user = m_storage.users().byId(userId);
    if (!user)
        return ServiceError::notFound(QStringLiteral("user %1").arg(userId));
    // The time in state restarts only when the state changes; a new reason keeps the clock.
    const QDateTime since = user->presence.state == state && user->presence.since.isValid()
        ? user->presence.since
        : QDateTime::currentDateTimeUtc();
    user->presence = {state, reason, since};
    m_storage.users().update(*user);
    m_events.record(EventType::PresenceChanged, Audience::all(), presencePayload(*user));
    tx.commit();
    return *user;
}

Outcome<Customer> PeopleService::updateCustomer(Id id, const CustomerChanges &changes)
{
    if (changes.name && changes.name->trimmed().isEmpty())
        return ServiceError::invalid(
            QStringLiteral("name"), QStringLiteral("name must not be empty"));
    if (changes.notes && changes.notes->size() > 20000)
        return ServiceError::invalid(
            QStringLiteral("notes"), QStringLiteral("notes must be at most 20000 characters"));
    Transaction tx(m_storage.database());
    auto customer = m_storage.customers().byId(id);
    if (!customer)
        return ServiceError::notFound(QStringLiteral("customer %1").arg(id));
    if (changes.name)
        customer->name = *changes.name;
    if (changes.language)
        customer->language = *changes.language;
    if (changes.tags)
        customer->tags = *changes.tags;
    if (changes.notes)
        customer->notes = *changes.notes;
    customer->updatedAt = QDateTime::currentDateTimeUtc();
    m_storage.customers().update(*customer);
    m_events.record(EventType::CustomerUpdated, Audience::all(), customer->toJson());
    tx.commit();
    return *customer;
}

} // namespace Switchboard::Hub
