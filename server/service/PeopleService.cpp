// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "domain/IdList.h"
#include "policy/Masking.h"
#include "storage/CustomerRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QJsonObject presencePayload(const User &user)
{
    return {
        {QStringLiteral("user_id"), user.id}, {QStringLiteral("presence"), user.presence.toJson()}};
}

// The directory of colleagues (names, skills, presence) is open to all staff, as GET /users is:
// agents pick colleagues to transfer to.
Audience userAudience(const User &)
{
    return Audience::all();
}

constexpr int MaxNameLength = 200;
constexpr int MaxPasswordLength = 1024;
constexpr int MaxListItems = 50;
constexpr int MaxItemLength = 64;
constexpr int MaxCustomerNotes = 20000;

//! A list of short labels (skills, languages, tags): at most 50, each 1-64 characters.
std::optional<ServiceError> checkLabels(const QString &field, const QStringList &labels)
{
    if (labels.size() > MaxListItems)
        return ServiceError::invalid(
            field, QStringLiteral("%1: at most %2 entries").arg(field).arg(MaxListItems));
    for (const QString &label : labels) {
        if (label.trimmed().isEmpty() || label.size() > MaxItemLength) {
            return ServiceError::invalid(field,
                QStringLiteral("%1: each entry must be 1-%2 characters")
                    .arg(field)
                    .arg(MaxItemLength));
        }
    }
    return std::nullopt;
}

//! A BCP 47 language tag such as "de" or "pt-BR"; empty means unknown.
std::optional<ServiceError> checkLanguage(const QString &field, const QString &tag)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!tag.isEmpty() && !valid.match(tag).hasMatch())
        return ServiceError::invalid(
            field, QStringLiteral("%1: must be a language tag such as de or pt-BR").arg(field));
    return std::nullopt;
}

std::optional<ServiceError> checkName(const QString &field, const QString &name)
{
    if (name.trimmed().isEmpty())
        return ServiceError::invalid(field, QStringLiteral("%1: must not be empty").arg(field));
    if (name.size() > MaxNameLength)
        return ServiceError::invalid(
            field, QStringLiteral("%1: at most %2 characters").arg(field).arg(MaxNameLength));
    return std::nullopt;
}

std::optional<ServiceError> checkPassword(const QString &password)
{
    if (password.size() < PeopleService::MinPasswordLength || password.size() > MaxPasswordLength) {
        return ServiceError::invalid(QStringLiteral("password"),
            QStringLiteral("password: must be %1 to %2 characters")
                .arg(PeopleService::MinPasswordLength)
                .arg(MaxPasswordLength));
    }
    return std::nullopt;
}

//! The first problem of a user profile's free-form parts.
std::optional<ServiceError> checkProfile(
    const std::optional<QStringList> &skills, const std::optional<QStringList> &languages)
{
    if (skills) {
        if (auto e = checkLabels(QStringLiteral("skills"), *skills))
            return e;
    }
    if (languages) {
        if (auto e = checkLabels(QStringLiteral("languages"), *languages))
            return e;
        for (const QString &l : *languages) {
            if (auto e = checkLanguage(QStringLiteral("languages"), l))
                return e;
        }
    }
    return std::nullopt;
}

std::optional<ServiceError> checkVoiceAddress(const QString &address)
{
    if (address.isEmpty() || User::voiceAddressValid(address))
        return std::nullopt;
    return ServiceError::invalid(QStringLiteral("voice_address"),
        QStringLiteral("voice_address must be a SIP address (sip:name@host), a client "
                       "(client:name) or a phone number in E.164 (+442079460123)"));
}

} // namespace

std::optional<ServiceError> PeopleService::checkLabels(
    const QString &field, const QStringList &labels)
{
    return Hub::checkLabels(field, labels);
}

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
    if (auto e = checkPassword(request.password))
        return *e;
    if (!request.profile.name.isEmpty()) {
        if (auto e = checkName(QStringLiteral("name"), request.profile.name))
            return *e;
    }
    if (auto e = checkProfile(request.profile.skills, request.profile.languages))
        return *e;
    if (auto e = checkVoiceAddress(request.profile.voiceAddress))
        return *e;
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
    if (changes.password) {
        if (auto e = checkPassword(*changes.password))
            return *e;
    }
    if (changes.name) {
        if (auto e = checkName(QStringLiteral("name"), *changes.name))
            return *e;
    }
    if (auto e = checkProfile(changes.skills, changes.languages))
        return *e;
    if (changes.voiceAddress) {
        if (auto e = checkVoiceAddress(*changes.voiceAddress))
            return *e;
    }
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
    if (changes.voiceAddress)
        user->voiceAddress = *changes.voiceAddress;
    // Someone must always be able to administer the hub.
    if (!(user->role == Role::Admin && user->active)) {
        const auto all = m_storage.users().all();
        const bool otherAdmin = std::any_of(all.begin(), all.end(),
            [&](const User &u) { return u.id != id && u.role == Role::Admin && u.active; });
        if (!otherAdmin) {
            return ServiceError{409, QStringLiteral("last_admin"),
                QStringLiteral("this is the last active administrator; make someone else an "
                               "administrator first"),
                {}, {}};
        }
    }
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
    const PresenceState before = user->presence.state;
    user->presence = {state, reason, since};
    m_storage.users().update(*user);
    m_events.record(EventType::PresenceChanged, Audience::all(), presencePayload(*user));
    if (userId != caller.id) {
        m_events.audit(caller, AuditAction::SupervisorSetState, std::nullopt, std::nullopt,
            {{QLatin1String("user_id"), userId}, {QLatin1String("from"), toWire(before)},
                {QLatin1String("to"), toWire(state)}},
            reason);
    }
    tx.commit();
    return *user;
}

Outcome<Customer> PeopleService::updateCustomer(Id id, const CustomerChanges &changes)
{
    if (changes.name) {
        if (auto e = checkName(QStringLiteral("name"), *changes.name))
            return *e;
    }
    if (changes.language) {
        if (auto e = checkLanguage(QStringLiteral("language"), *changes.language))
            return *e;
    }
    if (changes.tags) {
        if (auto e = checkLabels(QStringLiteral("tags"), *changes.tags))
            return *e;
    }
    if (changes.notes && changes.notes->size() > MaxCustomerNotes)
        return ServiceError::invalid(QStringLiteral("notes"),
            QStringLiteral("notes must be at most %1 characters").arg(MaxCustomerNotes));
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
        customer->notes = Policy::Masking::maskCardNumbers(*changes.notes);
    customer->updatedAt = QDateTime::currentDateTimeUtc();
    m_storage.customers().update(*customer);
    m_events.record(EventType::CustomerUpdated, Audience::all(), customer->toJson());
    tx.commit();
    return *customer;
}

Outcome<Customer> PeopleService::mergeCustomers(const User &actor, Id into, Id from)
{
    if (into == from)
        return ServiceError::invalid(QStringLiteral("customer_id"),
            QStringLiteral("a customer cannot be merged into itself"));
    Transaction tx(m_storage.database());
    auto kept = m_storage.customers().byId(into);
    if (!kept)
        return ServiceError::notFound(QStringLiteral("customer %1").arg(into));
    const auto merged = m_storage.customers().byId(from);
    if (!merged)
        return ServiceError::notFound(QStringLiteral("customer %1").arg(from));
    const QList<Id> moved = m_storage.customers().conversationIds(from);
    for (const QString &tag : merged->tags) {
        if (!kept->tags.contains(tag) && kept->tags.size() < MaxListItems)
            kept->tags.append(tag);
    }
    if (kept->language.isEmpty())
        kept->language = merged->language;
    if (!merged->notes.isEmpty()) {
        const QString joined = kept->notes.isEmpty()
            ? merged->notes
            : kept->notes + QLatin1String("\n\n") + merged->notes;
        kept->notes = joined.left(MaxCustomerNotes);
    }
    kept->updatedAt = QDateTime::currentDateTimeUtc();
    m_storage.customers().update(*kept);
    m_storage.customers().mergeInto(into, from);
    kept = m_storage.customers().byId(into);
    m_events.record(EventType::CustomerMerged, Audience::all(),
        {{QLatin1String("customer"), kept->toJson()}, {QLatin1String("merged_id"), from}});

    AuditEntry entry;
    entry.at = kept->updatedAt;
    entry.userId = actor.id;
    entry.userName = actor.name;
    entry.action = AuditAction::CustomerMerge;
    entry.details = {{QLatin1String("customer_id"), into}, {QLatin1String("merged_id"), from},
        {QLatin1String("merged_name"), merged->name},
        {QLatin1String("identities"), merged->identities.size()},
        {QLatin1String("conversation_ids"), idsToJson(moved)}};
    m_events.audit(std::move(entry));
    tx.commit();
    return *kept;
}

Outcome<SplitCustomers> PeopleService::splitCustomer(
    const User &actor, Id id, const CustomerSplit &split)
{
    if (split.identityIds.isEmpty() && split.conversationIds.isEmpty())
        return ServiceError::invalid(QStringLiteral("identity_ids"),
            QStringLiteral("name at least one identity or conversation to move"));
    if (!split.name.isEmpty()) {
        if (auto e = checkName(QStringLiteral("name"), split.name))
            return *e;
    }
    Transaction tx(m_storage.database());
    const auto customer = m_storage.customers().byId(id);
    if (!customer)
        return ServiceError::notFound(QStringLiteral("customer %1").arg(id));
    QSet<Id> identities;
    for (const Identity &identity : customer->identities)
        identities.insert(identity.id);
    for (const Id identity : split.identityIds) {
        if (!identities.contains(identity))
            return ServiceError::invalid(QStringLiteral("identity_ids"),
                QStringLiteral("identity %1 is not customer %2's").arg(identity).arg(id));
    }
    const QList<Id> owned = m_storage.customers().conversationIds(id);
    const QSet<Id> conversations(owned.cbegin(), owned.cend());
    for (const Id conversation : split.conversationIds) {
        if (!conversations.contains(conversation))
            return ServiceError::invalid(QStringLiteral("conversation_ids"),
                QStringLiteral("conversation %1 is not customer %2's").arg(conversation).arg(id));
    }
    const QSet<Id> movingIdentities(split.identityIds.cbegin(), split.identityIds.cend());
    const QSet<Id> movingConversations(
        split.conversationIds.cbegin(), split.conversationIds.cend());
    if (movingIdentities.size() == identities.size()
        && movingConversations.size() == conversations.size())
        return ServiceError::invalid(QStringLiteral("identity_ids"),
            QStringLiteral("a split must leave something with the customer; this would move "
                           "everything"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Customer created;
    created.name = split.name.isEmpty() ? customer->name : split.name;
    created.language = customer->language;
    created.createdAt = now;
    created.updatedAt = now;
    created = m_storage.customers().insert(created);
    QList<Id> conversationIds(movingConversations.cbegin(), movingConversations.cend());
    std::sort(conversationIds.begin(), conversationIds.end());
    m_storage.customers().moveTo(id, created.id, split.identityIds, conversationIds);
    Customer remaining = *customer;
    remaining.updatedAt = now;
    m_storage.customers().update(remaining);
    SplitCustomers out{*m_storage.customers().byId(id), *m_storage.customers().byId(created.id)};
    m_events.record(EventType::CustomerSplit, Audience::all(),
        {{QLatin1String("customer"), out.customer.toJson()},
            {QLatin1String("new_customer"), out.newCustomer.toJson()},
            {QLatin1String("conversation_ids"), idsToJson(conversationIds)}});

    AuditEntry entry;
    entry.at = now;
    entry.userId = actor.id;
    entry.userName = actor.name;
    entry.action = AuditAction::CustomerSplit;
    QList<Id> identityIds(movingIdentities.cbegin(), movingIdentities.cend());
    std::sort(identityIds.begin(), identityIds.end());
    entry.details
        = {{QLatin1String("customer_id"), id}, {QLatin1String("new_customer_id"), created.id},
            {QLatin1String("identity_ids"), idsToJson(identityIds)},
            {QLatin1String("conversation_ids"), idsToJson(conversationIds)}};
    m_events.audit(std::move(entry));
    tx.commit();
    return out;
}

} // namespace Switchboard::Hub
