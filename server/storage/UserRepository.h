// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! Users, their presence and their session tokens (kept only as hashes).
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    std::optional<Domain::User> byId(Domain::Id id);
    std::optional<Domain::User> byUsername(const QString &username);
    //! The stored password hash of a user; empty if the user does not exist.
    QString passwordHash(Domain::Id id);
    QList<Domain::User> all();
    //! Inserts a user; returns it with its new id.
    Domain::User insert(Domain::User user, const QString &passwordHash);
    //! Writes name, role, skills, languages, capacity, presence and active flag.
    void update(const Domain::User &user);
    void setPasswordHash(Domain::Id id, const QString &passwordHash);

    void insertToken(const QByteArray &tokenHash, Domain::Id userId, const QDateTime &created,
        const QDateTime &expires);
    //! A stored session token: whose it is and until when it is valid.
    struct TokenOwner
    {
        Domain::Id userId = 0;
        QDateTime expiresAt;
    };
    //! The owner of a token, if it exists and has not expired at now.
    std::optional<TokenOwner> userForToken(const QByteArray &tokenHash, const QDateTime &now);
    void deleteToken(const QByteArray &tokenHash);
    void deleteTokensOfUser(Domain::Id userId);
    //! Removes tokens that expired before now; returns how many.
    int deleteExpiredTokens(const QDateTime &now);

private:
    //! The statement reading the users that match where ("WHERE …", or empty for all).
    static QString selectSql(const QString &where);
    QList<Domain::User> select(const QString &sql, std::initializer_list<QVariant> values);

    Database &m_db;
};

} // namespace Switchboard::Hub
