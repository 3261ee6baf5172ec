// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSet.h"

#include "Rng.h"
#include "TextGenerator.h"

#include <QTimeZone>
#include <array>

namespace Switchboard::Bench {

using namespace Domain;

namespace {

// Separate random streams per record kind, so a customer and a conversation with the same id
// do not draw the same numbers.
enum Stream : quint64 {
    CustomerStream = 1,
    ConversationStream = 2,
    MessageStream = 3,
    SpreadStream = 4,
    GapStream = 5,
};

quint64 key(Stream stream, qint64 id)
{
    return (quint64(stream) << 56) ^ quint64(id);
}

// Channel mix of a contact centre that lives mostly on email and messaging apps.
const std::array<std::pair<ChannelKind, int>, 9> channelShares{
    {{ChannelKind::Email, 30}, {ChannelKind::WhatsApp, 20}, {ChannelKind::Voice, 10},
        {ChannelKind::Sms, 10}, {ChannelKind::Messenger, 10}, {ChannelKind::InstagramDm, 8},
        {ChannelKind::XDm, 5}, {ChannelKind::FacebookComment, 4}, {ChannelKind::XPost, 3}}};

ChannelKind pickChannel(Rng &rng)
{
    int roll = rng.below(100);
    for (const auto &[channel, share] : channelShares) {
        if (roll < share)
            return channel;
        roll -= share;
    }
    return ChannelKind::Email;
}

Priority pickPriority(Rng &rng)
{
    const int roll = rng.below(20);
    if (roll == 0)
        return Priority::Urgent;
    if (roll < 4)
        return Priority::High;
    return roll < 17 ? Priority::Normal : Priority::Low;
}

constexpr qint64 MinutesPerYear = 365LL * 24 * 60;

} // namespace

DataSet::DataSet(Size size, Staff staff, quint64 seed)
    : m_size(size)
    , m_staff(std::move(staff))
    , m_seed(seed)
    , m_perConversation(size.conversations > 0 ? size.messages / size.conversations : 0)
    // A fixed "now", so two runs build byte-identical data.
    , m_end(QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone::utc()))
{
}

DataSet::Staff DataSet::fixtureStaff()
{
    const auto user = [](Id id, const char *username, Role role) {
        User u;
        u.id = id;
        u.username = QString::fromLatin1(username);
        u.name = u.username.at(0).toUpper() + u.username.mid(1);
        u.role = role;
        u.languages = {QStringLiteral("en")};
        return u;
    };
    return {user(3, "agent1", Role::Agent), user(4, "agent2", Role::Agent),
        user(2, "supervisor", Role::Supervisor)};
}

QString DataSet::fingerprint() const
{
    return QStringLiteral("customers=%1 conversations=%2 messages=%3 seed=%4 staff=%5,%6,%7")
        .arg(m_size.customers)
        .arg(m_size.conversations)
        .arg(m_size.messages)
        .arg(m_seed)
        .arg(m_staff.agent1.id)
        .arg(m_staff.agent2.id)
        .arg(m_staff.supervisor.id);
}

qint64 DataSet::pairSpread(qint64 pair) const
{
    if (m_perConversation <= 1)
        return 0;
    const qint64 span = 2 * m_perConversation - 1;
    return qint64(Rng::hash(m_seed, key(SpreadStream, pair)) % quint64(span))
        - (m_perConversation - 1);
}

// Conversations come in pairs whose counts differ by ± the pair's spread, so the counts vary
// (1 to 19 at ten a conversation) while their sum stays exact and any prefix is O(1).
qint64 DataSet::messageCount(qint64 index) const
{
    const bool last = index == m_size.conversations - 1;
    const bool paired = (index | 1) < m_size.conversations;
    qint64 count = m_perConversation;
    if (paired)
        count += (index % 2 == 0 ? 1 : -1) * pairSpread(index / 2);
    if (last)
        count += m_size.messages - m_perConversation * m_size.conversations;
    return count;
}

qint64 DataSet::firstMessageIndex(qint64 index) const
{
    qint64 first = index * m_perConversation;
    if (index % 2 == 1)
        first += pairSpread(index / 2);
    return first;
}

int DataSet::languageOf(Id customerId) const
{
    Rng rng(m_seed, key(CustomerStream, customerId));
    // English for four customers in ten, the other languages share the rest.
    return rng.percent(40) ? 0 : 1 + rng.below(TextGenerator::languageCount() - 1);
}

qint64 DataSet::gapAfter(Id messageId) const
{
    // Its own stream, so the conversation's last time is known without writing any text.
    return 60 * (1 + qint64(Rng::hash(m_seed, key(GapStream, messageId)) % 240));
}

QDateTime DataSet::conversationStart(qint64 index) const
{
    // Ids grow with time over the last year, as a hub hands them out.
    const qint64 minutesAgo
        = 30 * 24 * 60 + MinutesPerYear * (m_size.conversations - index) / m_size.conversations;
    return m_end.addSecs(-60 * minutesAgo);
}

Customer DataSet::customer(Id id) const
{
    Rng rng(m_seed, key(CustomerStream, id));
    const int language = languageOf(id);
    rng.next();
    rng.next();
    Customer c;
    c.id = id;
    c.name = TextGenerator::personName(language, rng);
    c.language = TextGenerator::languageTag(language);
    if (rng.percent(5))
        c.tags << QStringLiteral("vip");
    const QString handle = TextGenerator::asciiHandle(c.name);
    c.identities << Identity{
        id * 4, IdentityKind::Email, QStringLiteral("%1.%2@mail.example").arg(handle).arg(id)};
    if (rng.percent(60))
        c.identities << Identity{id * 4 + 1, IdentityKind::Phone,
            QStringLiteral("+4915%1").arg(10000000 + id * 7919 % 89999999)};
    if (rng.percent(15))
        c.identities << Identity{id * 4 + 2, IdentityKind::X,
            QStringLiteral("@%1%2").arg(QString(handle).remove(QLatin1Char('.'))).arg(id)};
    c.createdAt = m_end.addSecs(-2 * 60 * MinutesPerYear + 60 * id);
    c.updatedAt = c.createdAt;
    return c;
}

Conversation DataSet::conversation(Id id) const
{
    const qint64 index = id - 1;
    Rng rng(m_seed, key(ConversationStream, id));
    Conversation c;
    c.id = id;
    c.customerId = index % m_size.customers + 1;
    c.channel = pickChannel(rng);
    const bool newest = index >= m_size.conversations - m_size.customers;
    const bool active = newest || rng.percent(8);
    if (active) {
        c.status = rng.percent(70) ? ConversationStatus::Open : ConversationStatus::Pending;
        const int roll = rng.below(100);
        if (roll < 40)
            c.assigneeId = m_staff.agent1.id;
        else if (roll < 70)
            c.assigneeId = m_staff.agent2.id;
        if (rng.percent(80))
            c.slaDueAt = m_end.addSecs(60 * (rng.below(3 * 24 * 60) - 24 * 60));
    } else {
        c.status = ConversationStatus::Resolved;
        c.assigneeId = rng.percent(50) ? m_staff.agent1.id : m_staff.agent2.id;
    }
    c.priority = pickPriority(rng);
    c.subject = TextGenerator::subject(languageOf(c.customerId), rng);
    if (c.channel == ChannelKind::Email)
        c.externalThreadId = QStringLiteral("<thread-%1@mail.example>").arg(id);
    c.createdAt = conversationStart(index);
    const qint64 count = messageCount(index);
    if (count > 0) {
        const qint64 first = firstMessageIndex(index);
        c.lastMessageId = first + count;
        QDateTime at = c.createdAt;
        for (qint64 i = 0; i < count; ++i)
            at = at.addSecs(gapAfter(first + i + 1));
        c.lastMessageAt = at;
    }
    c.updatedAt = c.lastMessageAt.isValid() ? c.lastMessageAt : c.createdAt;
    return c;
}

QList<Message> DataSet::messages(const Conversation &conversation) const
{
    const qint64 index = conversation.id - 1;
    const qint64 first = firstMessageIndex(index);
    const qint64 count = messageCount(index);
    const int language = languageOf(conversation.customerId);
    Rng names(m_seed, key(CustomerStream, conversation.customerId));
    names.next();
    names.next();
    const QString customerName = TextGenerator::personName(language, names);
    const User &agent
        = conversation.assigneeId == m_staff.agent2.id ? m_staff.agent2 : m_staff.agent1;
    QList<Message> out;
    out.reserve(count);
    QDateTime at = conversation.createdAt;
    for (qint64 i = 0; i < count; ++i) {
        const Id id = first + i + 1;
        Rng rng(m_seed, key(MessageStream, id));
        Message m;
        m.id = id;
        m.conversationId = conversation.id;
        m.customerId = conversation.customerId;
        m.channel = conversation.channel;
        const int roll = rng.below(100);
        m.kind = i == 0 || roll < 55 ? MessageKind::Inbound
            : roll < 93              ? MessageKind::Reply
                                     : MessageKind::Note;
        if (m.kind == MessageKind::Inbound) {
            m.authorName = customerName;
        } else {
            m.authorUserId = agent.id;
            m.authorName = agent.name;
            m.clientId = QStringLiteral("bench-%1").arg(id);
        }
        if (m.kind == MessageKind::Reply)
            m.delivery = DeliveryState::Delivered;
        if (m.kind != MessageKind::Note)
            m.providerMessageId = QStringLiteral("pm-%1").arg(id);
        m.body = TextGenerator::body(language, rng, 20, 400);
        at = at.addSecs(gapAfter(id));
        m.createdAt = at;
        out << m;
    }
    return out;
}

} // namespace Switchboard::Bench
