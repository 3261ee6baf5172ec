// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionService.h"

#include "EventBus.h"
#include "auth/TokenService.h"
#include "domain/Event.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

namespace Switchboard::Hub {

using namespace Domain;

SessionService::SessionService(
    Storage &storage, EventBus &bus, const PasswordHasher &hasher, int tokenLifetimeSeconds)
    : m_storage(storage)
    , m_hasher(hasher)
    , m_tokenLifetime(tokenLifetimeSeconds)
{
    QObject::connect(&bus, &EventBus::published, &m_lifetime,
        [this](const StoredEvent &event) { onEvent(event); });
}

SessionService::~SessionService() = default;

void SessionService::onEvent(const StoredEvent &event)
{
    // Role, name, activity or presence changed: the next request reads the user afresh.
    if (event.event.type == EventType::UserUpdated)
        forgetUser(event.event.data.value(QLatin1String("id")).toInteger());
    else if (event.event.type == EventType::PresenceChanged)
        forgetUser(event.event.data.value(QLatin1String("user_id")).toInteger());
}

void SessionService::forgetUser(Id userId)
{
    m_cache.removeIf(
        [userId](const auto &entry) { return entry.value().session.user.id == userId; });
}

Outcome<NewSession> SessionService::login(
    const QString &username, const QString &password, const QString &address)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const int wait = m_throttle.retryAfter(username, address, now); wait > 0) {
        return ServiceError{429, QStringLiteral("too_many_attempts"),
            QStringLiteral("too many failed sign-ins; try again in %1 seconds").arg(wait), {},
            {{QStringLiteral("retry_after"), wait}}};
    }
    const auto user = m_storage.users().byUsername(username);
    // Made on the first unknown username, not at every start (it costs as much as a sign-in).
    if (!user && m_decoyHash.isEmpty())
        m_decoyHash = m_hasher.hash(TokenService::generate());
    const QString hash = user ? m_storage.users().passwordHash(user->id) : m_decoyHash;
    const bool passwordOk = m_hasher.verify(password, hash);
    if (!user || !passwordOk || !user->active) {
        m_throttle.recordFailure(username, address, now);
        return ServiceError{401, QStringLiteral("invalid_credentials"),
            QStringLiteral("wrong username or password"), {}, {}};
    }
    m_throttle.recordSuccess(username);
    NewSession session;
    session.token = TokenService::generate();
    session.expiresAt = now.addSecs(m_tokenLifetime);
    session.user = *user;
    m_storage.users().insertToken(
        TokenService::hash(session.token), user->id, now, session.expiresAt);
    return session;
}

std::optional<Session> SessionService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    return authenticateHash(TokenService::hash(token));
}

std::optional<Session> SessionService::authenticateHash(const QByteArray &tokenHash)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const auto cached = m_cache.constFind(tokenHash);
    if (cached != m_cache.cend() && nowMs - cached->checkedAtMs < CacheMilliseconds
        && cached->tokenExpiresAt > now) {
        return cached->session;
    }
    m_cache.remove(tokenHash);
    const auto owner = m_storage.users().userForToken(tokenHash, now);
    if (!owner)
        return std::nullopt;
    const auto user = m_storage.users().byId(owner->userId);
    if (!user || !user->active)
        return std::nullopt;
    Session session{*user, tokenHash};
    m_cache.insert(tokenHash, {session, owner->expiresAt, nowMs});
    return session;
}

void SessionService::logout(const QByteArray &tokenHash)
{
    m_cache.remove(tokenHash);
    m_storage.users().deleteToken(tokenHash);
}

int SessionService::purgeExpired()
{
    return m_storage.users().deleteExpiredTokens(QDateTime::currentDateTimeUtc());
}

} // namespace Switchboard::Hub
