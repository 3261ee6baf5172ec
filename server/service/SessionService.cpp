// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionService.h"

#include "auth/TokenService.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

namespace Switchboard::Hub {

using namespace Domain;

SessionService::SessionService(
    Storage &storage, const PasswordHasher &hasher, int tokenLifetimeSeconds)
    : m_storage(storage)
    , m_hasher(hasher)
    , m_tokenLifetime(tokenLifetimeSeconds)
    , m_decoyHash(hasher.hash(TokenService::generate()))
{
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
    const auto userId = m_storage.users().userForToken(tokenHash, QDateTime::currentDateTimeUtc());
    if (!userId)
        return std::nullopt;
    const auto user = m_storage.users().byId(*userId);
    if (!user || !user->active)
        return std::nullopt;
    return Session{*user, tokenHash};
}

void SessionService::logout(const QByteArray &tokenHash)
{
    m_storage.users().deleteToken(tokenHash);
}

int SessionService::purgeExpired()
{
    return m_storage.users().deleteExpiredTokens(QDateTime::currentDateTimeUtc());
}

} // namespace Switchboard::Hub
