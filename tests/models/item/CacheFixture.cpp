// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheFixture.h"

namespace Switchboard::Test {

using namespace Domain;

CacheFixture::CacheFixture()
{
    const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    if (!m_write.open(path).ok || !m_read.open(path, Store::CacheDatabase::Mode::ReadOnly).ok)
        qFatal("cannot open the test cache");
}

QDateTime CacheFixture::at(int minutes)
{
    return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
}

Customer CacheFixture::customer(Id id, const QString &name)
{
    Customer c;
    c.id = id;
    c.name = name;
    c.identities = {Identity{id * 10, IdentityKind::Email,
        name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))
            + QStringLiteral("@example.com")}};
    c.createdAt = c.updatedAt = at(0);
    return c;
}

Conversation CacheFixture::conversation(Id id, Id customerId, ChannelKind channel,
    std::optional<Id> assignee, QDateTime slaDue, int lastMinutes, ConversationStatus status)
{
    Conversation c;
    c.id = id;
    c.customerId = customerId;
    c.channel = channel;
    c.status = status;
    c.assigneeId = assignee;
    c.slaDueAt = slaDue;
    c.subject = QStringLiteral("Subject %1").arg(id);
    c.createdAt = at(0);
    c.updatedAt = at(lastMinutes);
    c.lastMessageAt = at(lastMinutes);
    return c;
}

Message CacheFixture::message(Id id, Id conversationId, Id customerId, MessageKind kind,
    const QString &body, int minutes, ChannelKind channel)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.customerId = customerId;
    m.channel = channel;
    m.kind = kind;
    m.body = body;
    m.authorName
        = kind == MessageKind::Inbound ? QStringLiteral("Customer") : QStringLiteral("Agent");
    if (kind != MessageKind::Inbound)
        m.authorUserId = 3;
    m.createdAt = at(minutes);
    return m;
}

User CacheFixture::user(Id id, const QString &name, Role role)
{
    User u;
    u.id = id;
    u.username = name.toLower();
    u.name = name;
    u.role = role;
    u.presence.since = at(0);
    return u;
}

Store::ChangeSet CacheFixture::write(
    const std::function<void(Store::CacheWriter &, Store::ChangeSet &)> &work)
{
    Store::ChangeSet changes;
    Store::CacheWriter writer(m_write);
    m_write.transaction([&] { work(writer, changes); });
    return changes;
}

} // namespace Switchboard::Test
