// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingFloor.h"

#include "service/QueueService.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/QueueRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

namespace Switchboard::Bench {

using namespace Domain;

const QStringList Topics{QStringLiteral("billing"), QStringLiteral("sales"),
    QStringLiteral("technical"), QStringLiteral("collections"), QStringLiteral("general")};
const QStringList Languages{
    QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
const QList<ChannelKind> Channels{ChannelKind::Email, ChannelKind::WhatsApp, ChannelKind::Sms,
    ChannelKind::Messenger, ChannelKind::XDm};

namespace {

constexpr int CustomerCount = 2000;

} // namespace

RoutingFloor::RoutingFloor(Hub::Storage &storage, const Hub::QueueService &queues, quint32 seed)
    : m_storage(storage)
    , m_queues(queues)
    , m_random(seed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < CustomerCount; ++i) {
        Customer c;
        c.name = QStringLiteral("Customer %1").arg(i);
        c.identities = {Identity{0, IdentityKind::Phone, QStringLiteral("+4477009%1").arg(i)}};
        c.createdAt = now;
        c.updatedAt = now;
        m_customers.append(m_storage.customers().insert(c).id);
    }
}

void RoutingFloor::addQueues()
{
    int position = 0;
    // One queue per topic in German (skill and language), one per topic for anything else.
    for (const QString &topic : Topics.first(4)) {
        Queue german;
        german.name = QStringLiteral("%1 DE").arg(topic);
        german.position = position++;
        german.topics = {topic};
        german.languages = {QStringLiteral("de")};
        german.skills = {topic};
        german.slaSeconds = {{ChannelKind::Email, 14400}, {ChannelKind::WhatsApp, 300}};
        m_storage.queues().insert(german);
    }
    for (const QString &topic : Topics.first(4)) {
        Queue queue;
        queue.name = topic;
        queue.position = position++;
        queue.topics = {topic};
        queue.skills = {topic};
        queue.slaSeconds = {{ChannelKind::Email, 14400}, {ChannelKind::WhatsApp, 300}};
        m_storage.queues().insert(queue);
    }
}

void RoutingFloor::addAgents(int agents)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < agents; ++i) {
        User u;
        u.username = QStringLiteral("agent%1").arg(i);
        u.name = QStringLiteral("Agent %1").arg(i);
        u.role = Role::Agent;
        // One to three skills and one or two languages, English most often.
        for (int s = 0, n = 1 + int(m_random.bounded(3)); s < n; ++s) {
            const QString skill = Topics.at(int(m_random.bounded(4)));
            if (!u.skills.contains(skill))
                u.skills.append(skill);
        }
        u.languages = {m_random.bounded(4) ? QStringLiteral("en") : QStringLiteral("de")};
        if (m_random.bounded(3) == 0)
            u.languages.append(Languages.at(2 + int(m_random.bounded(2))));
        for (const ChannelKind channel : Channels) {
            if (m_random.bounded(3))
                u.capacity.insert(channel, 1 + int(m_random.bounded(4)));
        }
        u.capacity.insert(ChannelKind::Voice, 1);
        // Mostly available; the rest on a break, at lunch, busy or offline.
        static const QList<PresenceState> others{PresenceState::Break, PresenceState::Lunch,
            PresenceState::Busy, PresenceState::Offline, PresenceState::AfterCallWork};
        u.presence.state = m_random.bounded(10) < 7
            ? PresenceState::Available
            : others.at(int(m_random.bounded(int(others.size()))));
        u.presence.since = now.addSecs(-qint64(m_random.bounded(4 * 3600)));
        u.active = true;
        u = m_storage.users().insert(u, QString());
        if (u.presence.state != PresenceState::Available)
            continue;
        // Busy floor: everyone available is full.
        for (auto it = u.capacity.cbegin(); it != u.capacity.cend(); ++it) {
            if (it.key() == ChannelKind::Voice)
                continue;
            for (int n = 0; n < it.value(); ++n) {
                Conversation c = newItem();
                c.channel = it.key();
                c.assigneeId = u.id;
                insert(c);
            }
        }
    }
}

Conversation RoutingFloor::newItem()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Conversation c;
    c.customerId = m_customers.at(int(m_random.bounded(int(m_customers.size()))));
    c.channel = Channels.at(int(m_random.bounded(int(Channels.size()))));
    // Mostly normal; some high or urgent, a few low.
    static const QList<Priority> priorities{Priority::Low, Priority::Normal, Priority::Normal,
        Priority::Normal, Priority::Normal, Priority::High, Priority::Urgent};
    c.priority = priorities.at(int(m_random.bounded(int(priorities.size()))));
    c.subject = QStringLiteral("Question %1").arg(++m_made);
    c.createdAt = now.addMSecs(-qint64(m_random.bounded(8 * 3600 * 1000)));
    c.updatedAt = now;
    c.lastMessageAt = c.createdAt;
    Analysis analysis;
    analysis.topic = Topics.at(int(m_random.bounded(int(Topics.size()))));
    analysis.language
        = m_random.bounded(4) ? QStringLiteral("en") : Languages.at(1 + int(m_random.bounded(3)));
    analysis.reasons = {QStringLiteral("topic:") + analysis.topic};
    analysis.analyzedAt = now;
    const Queue *queue = m_queues.queueFor(analysis.topic, analysis.language, c.channel);
    c.queueId = queue ? std::optional<Id>(queue->id) : std::nullopt;
    c.analysis = analysis;
    return c;
}

Conversation RoutingFloor::addWaiting()
{
    return insert(newItem());
}

Conversation RoutingFloor::insert(Conversation c)
{
    return m_storage.conversations().insert(c);
}

} // namespace Switchboard::Bench
