// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "domain/User.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace Switchboard::Hub {

class EventBus;
class Storage;
struct StoredEvent;

//! A signed-in user behind a request or a stream.
struct Session
{
    Domain::User user;
    //! The stored hash of the session token, to end exactly this session.
    QByteArray tokenHash;
};

//! A new session: the token is shown to the client once and never stored in the clear.
struct NewSession
{
    QString token;
    QDateTime expiresAt;
    Domain::User user;
};

//! Sign-in, sign-out and token checks.
class SessionService
{
public:
    //! Sessions are cached briefly; the bus tells the cache when a user changes.
    SessionService(
        Storage &storage, EventBus &bus, const PasswordHasher &hasher, int tokenLifetimeSeconds);
    ~SessionService();

    //! Checks the password (throttled by username and address) and opens a session.
    Outcome<NewSession> login(
        const QString &username, const QString &password, const QString &address);
    //! The session a bearer token belongs to, if it is valid, unexpired and its user active.
    std::optional<Session> authenticate(const QString &token);
    std::optional<Session> authenticateHash(const QByteArray &tokenHash);
    void logout(const QByteArray &tokenHash);
    //! Drops expired tokens; returns how many.
    int purgeExpired();

    //! How long a checked session is trusted without asking the database again. Sign-out and
    //! changes to the user made through this hub take effect at once regardless.
    static constexpr qint64 CacheMilliseconds = 5000;

private:
    struct CachedSession
    {
        Session session;
        QDateTime tokenExpiresAt;
        qint64 checkedAtMs = 0;
    };
    void onEvent(const StoredEvent &event);
    void forgetUser(Domain::Id userId);

    Storage &m_storage;
    const PasswordHasher &m_hasher;
    int m_tokenLifetime;
    LoginThrottle m_throttle;
    //! Verified against for unknown usernames, so a miss costs as long as a wrong password.
    QString m_decoyHash;
    QHash<QByteArray, CachedSession> m_cache;
    //! Context of the bus connection, so it ends with this object.
    QObject m_lifetime;
};

} // namespace Switchboard::Hub
