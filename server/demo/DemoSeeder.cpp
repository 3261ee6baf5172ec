// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "domain/Event.h"
#include "service/AccessPolicy.h"
#include "service/EventRecorder.h"
#include "service/PeopleService.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/ConversationTagRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Schema.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

struct DemoUser
{
    const char *username;
    const char *name;
    Role role;
    QStringList skills;
    QStringList languages;
    PresenceState state;
};

const QMap<ChannelKind, int> defaultCapacity{{ChannelKind::Voice, 1}, {ChannelKind::Email, 5},
    {ChannelKind::Sms, 4}, {ChannelKind::WhatsApp, 4}, {ChannelKind::Messenger, 4},
    {ChannelKind::InstagramDm, 4}, {ChannelKind::XDm, 4}, {ChannelKind::FacebookComment, 6},
    {ChannelKind::InstagramComment, 6}, {ChannelKind::XPost, 6}};

int slaMinutes(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::FacebookComment:
    case ChannelKind::InstagramComment:
    case ChannelKind::XPost:
        return 60;
    case ChannelKind::Email:
        return 24 * 60;
    case ChannelKind::Voice:
        return 0;
    case ChannelKind::Sms:
    case ChannelKind::WhatsApp:
    case ChannelKind::Messenger:
    case ChannelKind::InstagramDm:
    case ChannelKind::XDm:
        break;
    }
    return 120;
}

} // namespace

DemoSeeder::DemoSeeder(Storage &storage, PeopleService &people, EventRecorder &events,
    const AccessPolicy &access, QJsonObject data)
    : m_storage(storage)
    , m_people(people)
    , m_events(events)
    , m_access(access)
    , m_data(std::move(data))
    , m_random(20261123)
{
}

bool DemoSeeder::seedOnce()
{
    if (!m_storage.metaValue(Schema::Meta::demoSeededKey).isEmpty())
        return false;
    m_now = QDateTime::currentDateTimeUtc();
    seedUsers();
    Transaction tx(m_storage.database());
    for (int i = 0; i < CustomerCount; ++i)
        seedCustomer(i);
    m_storage.setMetaValue(Schema::Meta::demoSeededKey, m_now.toString(Qt::ISODate));
    tx.commit();
    return true;
}

QString DemoSeeder::asciiSlug(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out.append(c);
    }
    return out;
}

QJsonObject DemoSeeder::data()
{
    QFile file(QStringLiteral(":/switchboard/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("the demo data is missing from this build"));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject DemoSeeder::topicRules() const
{
    return {{QStringLiteral("rules"), m_data.value(QLatin1String("topic_rules"))}};
}

QList<QJsonObject> DemoSeeder::queues() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &q : m_data.value(QLatin1String("queues")).toArray())
        out.append(q.toObject());
    return out;
}

QJsonObject DemoSeeder::replyPolicy() const
{
    return m_data.value(QLatin1String("reply_policy")).toObject();
}

void DemoSeeder::seedUsers()
{
    const QList<DemoUser> users{
        {"admin", "Morgan Reyes", Role::Admin, {}, {QStringLiteral("en")}, PresenceState::Offline},
        {"supervisor", "Sam Okafor", Role::Supervisor,
            {QStringLiteral("billing"), QStringLiteral("collections")},
            {QStringLiteral("en"), QStringLiteral("fr")}, PresenceState::Available},
        {"agent1", "Jamie Fischer", Role::Agent,
            {QStringLiteral("billing"), QStringLiteral("technical_support"),
                QStringLiteral("account")},
            {QStringLiteral("en"), QStringLiteral("de")}, PresenceState::Available},
        {"agent2", "Léa Martin", Role::Agent,
            {QStringLiteral("billing"), QStringLiteral("sales"), QStringLiteral("delivery")},
            {QStringLiteral("fr"), QStringLiteral("en")}, PresenceState::Available},
        {"agent3", "Carlos Ruiz", Role::Agent,
            {QStringLiteral("technical_support"), QStringLiteral("delivery")},
            {QStringLiteral("es"), QStringLiteral("en")}, PresenceState::Busy},
        {"agent4", "Priya Shah", Role::Agent,
            {QStringLiteral("sales"), QStringLiteral("collections"), QStringLiteral("account")},
            {QStringLiteral("en")}, PresenceState::Break},
        {"agent5", "Tom Becker", Role::Agent,
            {QStringLiteral("technical_support"), QStringLiteral("billing")},
            {QStringLiteral("de"), QStringLiteral("en")}, PresenceState::AfterCallWork},
    };
    for (const DemoUser &d : users) {
        auto existing = m_storage.users().byUsername(QLatin1String(d.username));
        if (!existing) {
            NewUser request;
            request.username = QLatin1String(d.username);
            request.password = demoPassword();
            request.profile.name = QString::fromUtf8(d.name);
            request.profile.role = d.role;
            request.profile.skills = d.skills;
            request.profile.languages = d.languages;
            request.profile.capacity
                = d.role == Role::Admin ? QMap<ChannelKind, int>() : defaultCapacity;
            const auto created = m_people.createUser(request);
            if (!created.ok())
                throw StorageError(created.error().message);
            existing = created.value();
        }
        const auto updated = m_people.setPresence(*existing, existing->id, d.state, QString());
        if (d.role == Role::Agent && updated.ok())
            m_agents.append(updated.value());
    }
}

QString DemoSeeder::pick(const QJsonArray &list)
{
    return list.isEmpty() ? QString() : list.at(int(m_random.bounded(list.size()))).toString();
}

QString DemoSeeder::fill(QString text, const QString &firstName, const QString &agentName) const
{
    return text.replace(QLatin1String("{first_name}"), firstName)
        .replace(QLatin1String("{agent_name}"), agentName);
}

const User &DemoSeeder::agentFor(const QString &language)
{
    QList<const User *> fluent;
    for (const User &a : m_agents) {
        if (a.languages.contains(language))
            fluent.append(&a);
    }
    if (fluent.isEmpty())
        return m_agents.at(int(m_random.bounded(m_agents.size())));
    return *fluent.at(int(m_random.bounded(fluent.size())));
}

void DemoSeeder::seedCustomer(int index)
{
    const QJsonArray languages = m_data.value(QLatin1String("languages")).toArray();
    const QString language = languages.at(index % languages.size()).toString();
    const QString first = pick(m_data[QLatin1String("first_names")][language].toArray());
    const QString last = pick(m_data[QLatin1String("last_names")][language].toArray());
    const QList<ChannelKind> channels = allChannelKinds();
    // Every channel kind gets customers: the i-th customer's first thread is on channel i mod 10.
    const ChannelKind primary = channels.at(index % channels.size());
    const auto chance = [this](int percent) { return int(m_random.bounded(100)) < percent; };

    Customer customer;
    customer.name = first + QLatin1Char(' ') + last;
    customer.language = language;
    customer.createdAt = m_now.addDays(-int(m_random.bounded(400, 900)));
    customer.updatedAt = customer.createdAt;
    const QString slug = asciiSlug(first) + QLatin1Char('.') + asciiSlug(last);
    customer.identities.append({0, IdentityKind::Email,
        QStringLiteral("%1%2@%3").arg(slug).arg(index).arg(
            pick(m_data[QLatin1String("email_domains")].toArray()))});
    // Ofcom's range for drama (07700 900000-900999): fictional, never a real subscriber.
    const QString phone = QStringLiteral("+447700%1").arg(900000 + index);
    const bool hasPhone = chance(70) || primary == ChannelKind::Voice || primary == ChannelKind::Sms
        || primary == ChannelKind::WhatsApp;
    if (hasPhone)
        customer.identities.append({0, IdentityKind::Phone, phone});
    if (hasPhone && (chance(40) || primary == ChannelKind::WhatsApp))
        customer.identities.append({0, IdentityKind::WhatsApp, phone.mid(1)});
    if (chance(30) || primary == ChannelKind::XDm || primary == ChannelKind::XPost)
        customer.identities.append(
            {0, IdentityKind::X, QStringLiteral("@%1%2").arg(asciiSlug(first)).arg(index)});
    if (chance(25) || primary == ChannelKind::Messenger || primary == ChannelKind::FacebookComment)
        customer.identities.append(
            {0, IdentityKind::Facebook, QString::number(Q_INT64_C(100050000000000) + index)});
    if (chance(25) || primary == ChannelKind::InstagramDm
        || primary == ChannelKind::InstagramComment)
        customer.identities.append(
            {0, IdentityKind::Instagram, QStringLiteral("%1_%2").arg(slug).arg(index)});
    if (chance(20)) {
        const QJsonArray tags = m_data.value(QLatin1String("tags")).toArray();
        customer.tags.append(pick(tags));
        if (chance(40))
            customer.tags.append(pick(tags));
        customer.tags.removeDuplicates();
    }
    customer = m_storage.customers().insert(customer);
    m_events.record(EventType::CustomerCreated, Audience::all(), customer.toJson());

    QList<ChannelKind> reachable;
    for (const Identity &i : customer.identities) {
        switch (i.kind) {
        case IdentityKind::Email:
            reachable << ChannelKind::Email;
            break;
        case IdentityKind::Phone:
            reachable << ChannelKind::Voice << ChannelKind::Sms;
            break;
        case IdentityKind::WhatsApp:
            reachable << ChannelKind::WhatsApp;
            break;
        case IdentityKind::X:
            reachable << ChannelKind::XDm << ChannelKind::XPost;
            break;
        case IdentityKind::Facebook:
            reachable << ChannelKind::Messenger << ChannelKind::FacebookComment;
            break;
        case IdentityKind::Instagram:
            reachable << ChannelKind::InstagramDm << ChannelKind::InstagramComment;
            break;
        }
    }
    // Oldest thread first, so the newest conversations are the ones still open.
    const int extra = int(m_random.bounded(3));
    QDateTime start = m_now.addSecs(-qint64(m_random.bounded(5, 60)) * 24 * 3600);
    for (int t = 0; t < extra; ++t) {
        seedThread(customer, first, reachable.at(int(m_random.bounded(reachable.size()))), start);
        start = start.addSecs(qint64(m_random.bounded(2, 12)) * 24 * 3600);
    }
    seedThread(
        customer, first, primary, m_now.addSecs(-qint64(m_random.bounded(10, 4 * 24 * 60)) * 60));
}

void DemoSeeder::seedThread(
    const Customer &customer, const QString &firstName, ChannelKind channel, const QDateTime &start)
{
    const QJsonArray threads
        = m_data[QLatin1String("threads")][toWire(channel)][customer.language].toArray();
    if (threads.isEmpty())
        return;
    const QJsonObject thread = threads.at(int(m_random.bounded(threads.size()))).toObject();
    const User &agent = agentFor(customer.language);
    const QString agentFirstName = agent.name.section(QLatin1Char(' '), 0, 0);
    const bool recent = start.daysTo(m_now) < 4;

    Conversation conversation;
    conversation.customerId = customer.id;
    conversation.channel = channel;
    conversation.subject
        = fill(thread.value(QLatin1String("subject")).toString(), firstName, agentFirstName);
    conversation.tags = {thread.value(QLatin1String("topic")).toString()};
    conversation.externalThreadId
        = QStringLiteral("demo-%1-%2").arg(customer.id).arg(start.toSecsSinceEpoch());
    conversation.createdAt = start;
    conversation.priority
        = visibilityOf(channel) == Visibility::Public && m_random.bounded(100) < 35
        ? Priority::High
        : (m_random.bounded(100) < 5 ? Priority::Low : Priority::Normal);
    conversation = m_storage.conversations().insert(conversation);

    QJsonArray lines = thread.value(QLatin1String("messages")).toArray();
    // A third of the recent contacts have only just come in: the customer's first message,
    // unanswered, waiting in the queue.
    if (recent && m_random.bounded(100) < 35) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i)[QLatin1String("from")].toString() == QLatin1String("customer")) {
                lines = QJsonArray::fromVariantList(lines.toVariantList().mid(0, i + 1));
                break;
            }
        }
    }
    QDateTime at = start;
    bool agentWrote = false;
    bool lastFromCustomer = false;
    QList<Message> messages;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        const QString from = line.value(QLatin1String("from")).toString();
        Message m;
        m.conversationId = conversation.id;
        m.customerId = customer.id;
        m.channel = channel;
        m.body = fill(line.value(QLatin1String("text")).toString(), firstName, agentFirstName);
        m.createdAt = at;
        if (from == QLatin1String("customer")) {
            m.kind = MessageKind::Inbound;
            m.authorName = customer.name;
            lastFromCustomer = true;
        } else {
            // On a call the agent's lines are their notes about it, not words sent anywhere.
            m.kind = from == QLatin1String("note") || channel == ChannelKind::Voice
                ? MessageKind::Note
                : MessageKind::Reply;
            m.authorUserId = agent.id;
            m.authorName = agent.name;
            m.delivery
                = m.kind == MessageKind::Reply ? DeliveryState::Delivered : DeliveryState::None;
            agentWrote = true;
            if (m.kind == MessageKind::Reply)
                lastFromCustomer = false;
        }
        if (at > m_now)
            m.createdAt = at = m_now;
        messages.append(m_storage.messages().insert(m));
        at = at.addSecs(qint64(m_random.bounded(3, 90)) * 60);
    }
    if (messages.isEmpty())
        return;

    conversation.lastMessageAt = messages.last().createdAt;
    conversation.lastMessageId = messages.last().id;
    conversation.updatedAt = conversation.lastMessageAt;
    if (!recent) {
        conversation.status = ConversationStatus::Resolved;
        conversation.assigneeId = agent.id;
    } else if (lastFromCustomer) {
        conversation.status = ConversationStatus::Open;
        // Half of the customers waiting for an answer are still in the queue.
        if (agentWrote || m_random.bounded(100) < 50)
            conversation.assigneeId = agent.id;
        if (const int sla = slaMinutes(channel))
            conversation.slaDueAt = conversation.lastMessageAt.addSecs(qint64(sla) * 60);
    } else {
        conversation.status = ConversationStatus::Pending;
        conversation.assigneeId = agent.id;
    }
    // Two in five conversations the agent worked get the insight tag their topic suggests
    // (public posts often name a competitor), tagged by the agent as they last wrote; chosen by
    // id so the rest of the demo stays as it was.
    const QString insight = visibilityOf(channel) == Visibility::Public && conversation.id % 3 == 0
        ? QStringLiteral("competitor_mention")
        : m_data[QLatin1String("insight_tags")][conversation.tags.first()].toString();
    if (agentWrote && !insight.isEmpty() && conversation.id % 5 < 2)
        conversation.tags.append(insight);
    m_storage.conversations().update(conversation);
    ConversationTagRepository(m_storage.database())
        .replace(conversation.id, conversation.tags, agent.id, conversation.updatedAt);
    const Audience audience = m_access.audienceFor(conversation);
    m_events.record(EventType::ConversationCreated, audience, conversation.toJson());
    for (const Message &m : messages)
        m_events.record(EventType::MessageCreated, audience, m.toJson());

    if (channel == ChannelKind::Voice) {
        CallRecord call;
        call.customerId = customer.id;
        call.conversationId = conversation.id;
        call.direction
            = m_random.bounded(100) < 80 ? CallDirection::Inbound : CallDirection::Outbound;
        QString customerPhone;
        for (const Identity &i : customer.identities) {
            if (i.kind == IdentityKind::Phone)
                customerPhone = i.value;
        }
        const QString brandPhone
            = m_data[QLatin1String("brand")][QLatin1String("phone")].toString();
        call.fromNumber = call.direction == CallDirection::Inbound ? customerPhone : brandPhone;
        call.toNumber = call.direction == CallDirection::Inbound ? brandPhone : customerPhone;
        call.agentId = agent.id;
        call.offeredAt = start;
        call.answeredAt = start.addSecs(qint64(m_random.bounded(5, 90)));
        call.durationSeconds = int(m_random.bounded(45, 1200));
        call.endedAt = call.answeredAt.addSecs(call.durationSeconds);
        call.disposition = pick(m_data.value(QLatin1String("call_dispositions")).toArray());
        call.wrapUpNotes = pick(m_data[QLatin1String("call_wrapups")][customer.language].toArray());
        call.recordingUrl = QStringLiteral("https://recordings.northwind.example/calls/%1.mp3")
                                .arg(conversation.id);
        call.providerCallId = QStringLiteral("CA%1").arg(
            QString::number(conversation.id).rightJustified(32, QLatin1Char('0')));
        call = m_storage.calls().insert(call);
        m_events.record(
            EventType::CallCreated, Audience::usersAndSupervisors({call.agentId}), call.toJson());
    }
}

} // namespace Switchboard::Hub
