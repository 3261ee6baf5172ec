// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "domain/User.h"

#include <QByteArray>

namespace Switchboard::Hub {

class Storage;

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
    SessionService(Storage &storage, const PasswordHasher &hasher, int tokenLifetimeSeconds);

    //! Checks the password (throttled by username and address) and opens a session.
    Outcome<NewSession> login(
        const QString &username, const QString &password, const QString &address);
    //! The session a bearer token belongs to, if it is valid, unexpired and its user active.
    std::optional<Session> authenticate(const QString &token);
    std::optional<Session> authenticateHash(const QByteArray &tokenHash);
    void logout(const QByteArray &tokenHash);
    //! Drops expired tokens; returns how many.
    int purgeExpired();

private:
    Storage &m_storage;
    const PasswordHasher &m_hasher;
    int m_tokenLifetime;
    LoginThrottle m_throttle;
    //! Verified against for unknown usernames, so a miss costs as long as a wrong password.
    QString m_decoyHash;
};

} // namespace Switchboard::Hub
