// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "Database.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "domain/WireTime.h"

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

QString encodeCapacity(const QMap<ChannelKind, int> &capacity)
{
    QJsonObject caps;
    for (auto it = capacity.cbegin(); it != capacity.cend(); ++it)
        caps.insert(toWire(it.key()), it.value());
    return SqlCodec::encodeObject(caps);
}

QMap<ChannelKind, int> decodeCapacity(const QString &text)
{
    QMap<ChannelKind, int> out;
    const QJsonObject caps = SqlCodec::decodeObject(text);
    for (auto it = caps.begin(); it != caps.end(); ++it) {
        if (auto channel = fromWire<ChannelKind>(it.key()))
            out.insert(*channel, it.value().toInt());
    }
    return out;
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

QString UserRepository::selectSql(const QString &where)
{
    return QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 "
                          "FROM %13 %14 ORDER BY %1")
        .arg(Users::id, Users::username, Users::name, Users::role, Users::skills, Users::languages,
            Users::capacity, Users::presenceState, Users::presenceReason, Users::presenceSince,
            Users::active, Users::voiceAddress, Users::table, where);
}

QList<User> UserRepository::select(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = m_db.exec(sql, values);
    QList<User> out;
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.name = q.value(2).toString();
        u.role = fromWire<Role>(q.value(3).toString()).value_or(Role::Agent);
        u.skills = SqlCodec::decodeList(q.value(4).toString());
        u.languages = SqlCodec::decodeList(q.value(5).toString());
        u.capacity = decodeCapacity(q.value(6).toString());
        u.presence.state
            = fromWire<PresenceState>(q.value(7).toString()).value_or(PresenceState::Offline);
        u.presence.reason = q.value(8).toString();
        u.presence.since = WireTime::fromMs(q.value(9).toLongLong());
        u.active = q.value(10).toBool();
        u.voiceAddress = q.value(11).toString();
        out.append(u);
    }
    return out;
}

std::optional<User> UserRepository::byId(Id id)
{
    static const QString sql = selectSql(QStringLiteral("WHERE %1 = ?").arg(Users::id));
    const auto users = select(sql, {id});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

std::optional<User> UserRepository::byUsername(const QString &username)
{
    static const QString sql = selectSql(QStringLiteral("WHERE %1 = ?").arg(Users::username));
    const auto users = select(sql, {username});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

QString UserRepository::passwordHash(Id id)
{
    return m_db
        .scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                    .arg(Users::passwordHash, Users::table, Users::id),
            {id})
        .toString();
}

QList<User> UserRepository::all()
{
    static const QString sql = selectSql(QString());
    return select(sql, {});
}

User UserRepository::insert(User user, const QString &passwordHash)
{
    user.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9, %10, "
                       "%11, %12, %13, %14) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING %15")
            .arg(Users::table, Users::username, Users::name, Users::role, Users::passwordHash,
                Users::skills, Users::languages, Users::capacity, Users::presenceState,
                Users::presenceReason, Users::presenceSince, Users::active, Users::createdAt,
                Users::voiceAddress, Users::id),
        {user.username, user.name, toWire(user.role), passwordHash,
            SqlCodec::encodeList(user.skills), SqlCodec::encodeList(user.languages),
            encodeCapacity(user.capacity), toWire(user.presence.state), user.presence.reason,
            WireTime::toMs(user.presence.since), user.active, QDateTime::currentMSecsSinceEpoch(),
            user.voiceAddress});
    return user;
}

void UserRepository::update(const User &user)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ?, %5 = ?, %6 = ?, %7 = ?, "
                             "%8 = ?, %9 = ?, %10 = ?, %11 = ? WHERE %12 = ?")
                  .arg(Users::table, Users::name, Users::role, Users::skills, Users::languages,
                      Users::capacity, Users::presenceState, Users::presenceReason,
                      Users::presenceSince, Users::active, Users::voiceAddress, Users::id),
        {user.name, toWire(user.role), SqlCodec::encodeList(user.skills),
            SqlCodec::encodeList(user.languages), encodeCapacity(user.capacity),
            toWire(user.presence.state), user.presence.reason, WireTime::toMs(user.presence.since),
            user.active, user.voiceAddress, user.id});
}

void UserRepository::setPasswordHash(Id id, const QString &passwordHash)
{
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                  .arg(Users::table, Users::passwordHash, Users::id),
        {passwordHash, id});
}

void UserRepository::insertToken(
    const QByteArray &tokenHash, Id userId, const QDateTime &created, const QDateTime &expires)
{
    m_db.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                  .arg(Tokens::table, Tokens::tokenHash, Tokens::userId, Tokens::createdAt,
                      Tokens::expiresAt),
        {tokenHash, userId, WireTime::toMs(created), WireTime::toMs(expires)});
}

std::optional<UserRepository::TokenOwner> UserRepository::userForToken(
    const QByteArray &tokenHash, const QDateTime &now)
{
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ? AND %2 > ?")
                        .arg(Tokens::userId, Tokens::expiresAt, Tokens::table, Tokens::tokenHash),
            {tokenHash, WireTime::toMs(now)});
    if (!q.next())
        return std::nullopt;
    const TokenOwner owner{q.value(0).toLongLong(), WireTime::fromMs(q.value(1).toLongLong())};
    q.finish();
    return owner;
}

void UserRepository::deleteToken(const QByteArray &tokenHash)
{
    m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Tokens::table, Tokens::tokenHash),
        {tokenHash});
}

void UserRepository::deleteTokensOfUser(Id userId)
{
    m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Tokens::table, Tokens::userId), {userId});
}

int UserRepository::deleteExpiredTokens(const QDateTime &now)
{
    return m_db
        .exec(QStringLiteral("DELETE FROM %1 WHERE %2 <= ?").arg(Tokens::table, Tokens::expiresAt),
            {WireTime::toMs(now)})
        .numRowsAffected();
}

} // namespace Switchboard::Hub
