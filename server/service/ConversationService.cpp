// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "PeopleService.h"
#include "ReplyPolicyService.h"
#include "domain/Event.h"
#include "domain/PrivateChannels.h"
#include "policy/Masking.h"
#include "storage/ConversationRepository.h"
#include "storage/ConversationTagRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonArray>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QJsonValue optionalIdJson(std::optional<Id> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

ConversationService::ConversationService(
    Storage &storage, EventRecorder &events, const AccessPolicy &access, ReplyPolicyService &policy)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_policy(policy)
{
}

Outcome<Conversation> ConversationService::loadForAction(const User &caller, Id id)
{
    const auto conversation = m_storage.conversations().byId(id);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation %1").arg(id));
    if (!m_access.canAct(caller, *conversation)) {
        return ServiceError::forbidden(conversation->assigneeId
                ? QStringLiteral("conversation %1 is assigned to another agent").arg(id)
                : QStringLiteral("agents may not act on unassigned conversations on this hub"));
    }
    return *conversation;
}

void ConversationService::saveConversation(
    const Conversation &conversation, std::optional<Id> before)
{
    m_storage.conversations().update(conversation);
    m_events.record(EventType::ConversationUpdated, m_access.audienceFor(conversation, before),
        conversation.toJson());
}

Outcome<Message> ConversationService::post(
    const User &author, Id conversationId, const Draft &draft)
{
    if (const auto invalid = validate(draft))
        return *invalid;
    Transaction tx(m_storage.database());
    auto loaded = loadForAction(author, conversationId);
    if (!loaded.ok())
        return loaded.error();
    if (draft.kind == MessageKind::Reply && draft.after) {
        // Otherwise any large id would slip past the collision guard.
        const auto seen = m_storage.messages().byId(*draft.after);
        if (!seen || seen->conversationId != conversationId) {
            return ServiceError::invalid(QStringLiteral("after"),
                QStringLiteral("after: must be the id of a message in this conversation"));
        }
    }
    auto message = write(author, loaded.value(), draft);
    if (message.ok())
        tx.commit();
    return message;
}

Outcome<ConversationService::Started> ConversationService::startPrivate(const User &author,
    Id customerId, ChannelKind channel, std::optional<Id> origin, const QString &subject,
    const Draft &draft)
{
    if (const auto invalid = validate(draft))
        return *invalid;
    Transaction tx(m_storage.database());
    const auto customer = m_storage.customers().byId(customerId);
    if (!customer)
        return ServiceError::notFound(QStringLiteral("customer %1").arg(customerId));
    std::optional<Conversation> from;
    if (origin) {
        from = m_storage.conversations().byId(*origin);
        if (!from)
            return ServiceError::notFound(QStringLiteral("conversation %1").arg(*origin));
        if (from->customerId != customerId) {
            return ServiceError::invalid(QStringLiteral("origin_conversation_id"),
                QStringLiteral("origin_conversation_id: conversation %1 belongs to another "
                               "customer")
                    .arg(*origin));
        }
    }
    if (visibilityOf(channel) == Visibility::Public || !PrivateChannels::identityFor(channel)) {
        return ServiceError::invalid(QStringLiteral("channel"),
            QStringLiteral("channel: must be a private text channel "
                           "(email, sms, whatsapp, messenger, instagram_dm or x_dm)"));
    }
    if (!PrivateChannels::canReach(
            *customer, channel, from ? std::optional(from->channel) : std::nullopt)) {
        return ServiceError::invalid(QStringLiteral("channel"),
            QStringLiteral("channel: customer %1 has no %2 identity")
                .arg(customerId)
                .arg(toWire(*PrivateChannels::identityFor(channel))));
    }

    ConversationFilter open;
    open.customerId = customerId;
    open.channel = channel;
    open.limit = 500;
    std::optional<Conversation> conversation;
    for (const Conversation &c : m_storage.conversations().list(open)) {
        if (c.status != ConversationStatus::Resolved)
            conversation = c;
    }
    if (conversation) {
        auto loaded = loadForAction(author, conversation->id);
        if (!loaded.ok())
            return loaded.error();
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Conversation c;
        c.customerId = customerId;
        c.channel = channel;
        c.status = ConversationStatus::Open;
        c.assigneeId = author.id;
        c.priority = from ? from->priority : Priority::Normal;
        c.subject = subject.isEmpty() && from ? from->subject : subject;
        c.createdAt = now;
        c.updatedAt = now;
        c.originConversationId = origin;
        conversation = m_storage.conversations().insert(c);
        m_events.record(EventType::ConversationCreated, m_access.audienceFor(*conversation),
            conversation->toJson());
    }
    Draft first = draft;
    first.kind = MessageKind::Reply;
    first.after.reset();
    auto message = write(author, *conversation, first);
    if (!message.ok())
        return message.error();
    Started started{*m_storage.conversations().byId(conversation->id), message.value()};
    tx.commit();
    return started;
}

std::optional<ServiceError> ConversationService::validate(const Draft &draft)
{
    if (draft.kind == MessageKind::Inbound)
        return ServiceError::invalid(
            QStringLiteral("kind"), QStringLiteral("kind must be reply or note"));
    if (draft.body.trimmed().isEmpty())
        return ServiceError::invalid(
            QStringLiteral("body"), QStringLiteral("body must not be empty"));
    if (draft.body.size() > MaxBodyLength) {
        return ServiceError::invalid(QStringLiteral("body"),
            QStringLiteral("body must be at most %1 characters").arg(MaxBodyLength));
    }
    return std::nullopt;
}

Outcome<Message> ConversationService::write(
    const User &author, Conversation conversation, const Draft &draft)
{
    const bool reply = draft.kind == MessageKind::Reply;
    // The policy comes first: a blocked reply must be fixed whatever else happened meanwhile.
    std::optional<ReplyPolicyService::Clearance> clearance;
    if (reply) {
        auto cleared
            = m_policy.clear(author, conversation.channel, draft.body, draft.overrideReason);
        if (!cleared.ok())
            return cleared.error();
        clearance = cleared.value();
        // The collision guard: anything the customer or a colleague wrote after what the
        // author saw. The author's own earlier messages are not news to them.
        QList<Message> missed;
        for (const Message &m : m_storage.messages().inConversation(
                 conversation.id, draft.after.value_or(0), 1000, m_access.messageReader(author))) {
            if (m.authorUserId != author.id)
                missed.append(m);
        }
        if (!missed.isEmpty()) {
            QJsonArray list;
            for (const Message &m : std::as_const(missed))
                list.append(m.toJson());
            return ServiceError{409, QStringLiteral("conflict"),
                QStringLiteral("%1 message(s) arrived after the one you answered; read them and "
                               "send again with \"after\" set to the newest")
                    .arg(missed.size()),
                QStringLiteral("after"), {{QStringLiteral("missed"), list}}};
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Message message;
    message.conversationId = conversation.id;
    message.customerId = conversation.customerId;
    message.channel = conversation.channel;
    message.kind = draft.kind;
    message.authorUserId = author.id;
    message.authorName = author.name;
    // A card number has no business in a note; colleagues need to know one was given, not
    // what it was.
    message.body = reply ? draft.body : Policy::Masking::maskCardNumbers(draft.body);
    message.createdAt = now;
    message.delivery = reply ? DeliveryState::Queued : DeliveryState::None;
    message.clientId = draft.clientId;
    message.whisperTo = draft.whisperTo.value_or(0);
    message = m_storage.messages().insert(message);
    if (draft.whisperTo) {
        // Only the assignee and supervisors hear of it; the conversation's last message stays
        // one everyone who reads it can see.
        m_events.record(EventType::MessageCreated, Audience::usersAndSupervisors({draft.whisperTo}),
            message.toJson());
        return message;
    }
    if (reply) {
        m_storage.messages().queueDelivery(message);
        m_policy.recordOverride(
            author, message, *clearance, draft.overrideReason.value_or(QString()));
    }

    const std::optional<Id> before = conversation.assigneeId;
    // Answering a waiting conversation takes it: the customer now has an agent.
    if (reply && !conversation.assigneeId)
        conversation.assigneeId = author.id;
    conversation.updatedAt = now;
    conversation.lastMessageAt = now;
    conversation.lastMessageId = message.id;
    m_events.record(
        EventType::MessageCreated, m_access.audienceFor(conversation, before), message.toJson());
    saveConversation(conversation, before);
    return message;
}

Outcome<Conversation> ConversationService::assign(
    const User &caller, Id conversationId, std::optional<Id> assigneeId)
{
    Transaction tx(m_storage.database());
    auto loaded = loadForAction(caller, conversationId);
    if (!loaded.ok())
        return loaded.error();
    Conversation conversation = loaded.value();
    if (assigneeId) {
        const auto assignee = m_storage.users().byId(*assigneeId);
        if (!assignee)
            return ServiceError::notFound(QStringLiteral("user %1").arg(*assigneeId));
        if (!assignee->active) {
            return ServiceError::invalid(QStringLiteral("assignee_id"),
                QStringLiteral("assignee_id: user %1 is deactivated").arg(*assigneeId));
        }
        // An agent may take a waiting conversation or pass on their own; handing out a waiting
        // conversation to someone else is a supervisor's call.
        if (!m_access.isSupervisor(caller) && !conversation.assigneeId
            && *assigneeId != caller.id) {
            return ServiceError::forbidden(
                QStringLiteral("only supervisors assign waiting conversations to someone else"));
        }
    }
    if (conversation.assigneeId == assigneeId) {
        tx.commit();
        return conversation;
    }
    const std::optional<Id> before = conversation.assigneeId;
    reassign(conversation, assigneeId);
    // Moving a colleague's work is a supervisor's intervention; taking or passing on one's own
    // or waiting work is not.
    if (m_access.isSupervisor(caller) && before && *before != caller.id) {
        m_events.audit(caller, AuditAction::SupervisorReassign, conversation.id, std::nullopt,
            {{QLatin1String("from"), *before}, {QLatin1String("to"), optionalIdJson(assigneeId)}});
    }
    tx.commit();
    return conversation;
}

void ConversationService::reassign(Conversation &conversation, std::optional<Id> assigneeId)
{
    const std::optional<Id> before = conversation.assigneeId;
    conversation.assigneeId = assigneeId;
    conversation.updatedAt = QDateTime::currentDateTimeUtc();
    saveConversation(conversation, before);
}

Outcome<Conversation> ConversationService::monitor(const User &supervisor, Id conversationId)
{
    Transaction tx(m_storage.database());
    const auto conversation = m_storage.conversations().byId(conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation %1").arg(conversationId));
    m_events.audit(supervisor, AuditAction::SupervisorMonitor, conversationId, std::nullopt,
        {{QLatin1String("assignee_id"), optionalIdJson(conversation->assigneeId)}});
    tx.commit();
    return *conversation;
}

Outcome<Message> ConversationService::whisper(
    const User &supervisor, Id conversationId, const QString &body, const QString &clientId)
{
    Draft draft;
    draft.kind = MessageKind::Note;
    draft.body = body;
    draft.clientId = clientId;
    if (const auto invalid = validate(draft))
        return *invalid;
    Transaction tx(m_storage.database());
    const auto conversation = m_storage.conversations().byId(conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation %1").arg(conversationId));
    if (!conversation->assigneeId) {
        return ServiceError{409, QStringLiteral("no_assignee"),
            QStringLiteral("conversation %1 has no assignee to whisper to").arg(conversationId), {},
            {}};
    }
    draft.whisperTo = conversation->assigneeId;
    auto message = write(supervisor, *conversation, draft);
    if (!message.ok())
        return message;
    m_events.audit(supervisor, AuditAction::SupervisorWhisper, conversationId, message.value().id,
        {{QLatin1String("to"), *conversation->assigneeId}});
    tx.commit();
    return message;
}

Outcome<Conversation> ConversationService::takeOver(const User &supervisor, Id conversationId)
{
    Transaction tx(m_storage.database());
    auto conversation = m_storage.conversations().byId(conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation %1").arg(conversationId));
    const std::optional<Id> before = conversation->assigneeId;
    if (before != supervisor.id) {
        reassign(*conversation, supervisor.id);
        m_events.audit(supervisor, AuditAction::SupervisorTakeOver, conversationId, std::nullopt,
            {{QLatin1String("from"), optionalIdJson(before)}});
    }
    tx.commit();
    return *conversation;
}

Outcome<Conversation> ConversationService::change(
    const User &caller, Id conversationId, const std::function<bool(Conversation &)> &apply)
{
    Transaction tx(m_storage.database());
    auto loaded = loadForAction(caller, conversationId);
    if (!loaded.ok())
        return loaded.error();
    Conversation changed = loaded.value();
    changed.updatedAt = QDateTime::currentDateTimeUtc();
    if (!apply(changed)) {
        tx.commit();
        return loaded;
    }
    saveConversation(changed, changed.assigneeId);
    tx.commit();
    return changed;
}

Outcome<Conversation> ConversationService::setStatus(
    const User &caller, Id conversationId, ConversationStatus status)
{
    return change(caller, conversationId, [status](Conversation &c) {
        if (c.status == status)
            return false;
        c.status = status;
        return true;
    });
}

Outcome<Conversation> ConversationService::setTags(
    const User &caller, Id conversationId, QStringList tags)
{
    tags.removeDuplicates();
    if (auto invalid = PeopleService::checkLabels(QStringLiteral("tags"), tags))
        return *invalid;
    return change(caller, conversationId, [&](Conversation &c) {
        if (c.tags == tags)
            return false;
        c.tags = tags;
        ConversationTagRepository(m_storage.database()).replace(c.id, tags, caller.id, c.updatedAt);
        return true;
    });
}

} // namespace Switchboard::Hub
