// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "storage/ConversationRepository.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QJsonArray>

namespace Switchboard::Hub {

using namespace Domain;

ConversationService::ConversationService(
    Storage &storage, EventRecorder &events, const AccessPolicy &access)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
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

Outcome<Message> ConversationService::post(const User &author, Id conversationId, MessageKind kind,
    const QString &body, const QString &clientId, std::optional<Id> after)
{
    if (kind == MessageKind::Inbound)
        return ServiceError::invalid(
            QStringLiteral("kind"), QStringLiteral("kind must be reply or note"));
    if (body.trimmed().isEmpty())
        return ServiceError::invalid(
            QStringLiteral("body"), QStringLiteral("body must not be empty"));
    if (body.size() > MaxBodyLength) {
        return ServiceError::invalid(QStringLiteral("body"),
            QStringLiteral("body must be at most %1 characters").arg(MaxBodyLength));
    }
    Transaction tx(m_storage.database());
    auto loaded = loadForAction(author, conversationId);
    if (!loaded.ok())
        return loaded.error();
    Conversation conversation = loaded.value();

    if (kind == MessageKind::Reply && after) {
        // Otherwise any large id would slip past the guard below.
        const auto seen = m_storage.messages().byId(*after);
        if (!seen || seen->conversationId != conversationId) {
            return ServiceError::invalid(QStringLiteral("after"),
                QStringLiteral("after: must be the id of a message in this conversation"));
        }
    }
    if (kind == MessageKind::Reply) {
        // The collision guard: anything the customer or a colleague wrote after what the author
        // saw. The author's own earlier messages are not news to them.
        QList<Message> missed;
        for (const Message &m :
            m_storage.messages().inConversation(conversationId, after.value_or(0), 1000)) {
            if (m.authorUserId != author.id)
                missed.append(m);
        }
        if (!missed.isEmpty()) {
            QJsonArray list;
            for (const Message &m : missed)
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
    message.kind = kind;
    message.authorUserId = author.id;
    message.authorName = author.name;
    message.body = body;
    message.createdAt = now;
    message.delivery = kind == MessageKind::Reply ? DeliveryState::Queued : DeliveryState::None;
    message.clientId = clientId;
    message = m_storage.messages().insert(message);
    if (kind == MessageKind::Reply)
        m_storage.messages().queueDelivery(message);

    const std::optional<Id> before = conversation.assigneeId;
    // Answering a waiting conversation takes it: the customer now has an agent.
    if (kind == MessageKind::Reply && !conversation.assigneeId)
        conversation.assigneeId = author.id;
    conversation.updatedAt = now;
    conversation.lastMessageAt = now;
    conversation.lastMessageId = message.id;
    m_events.record(
        EventType::MessageCreated, m_access.audienceFor(conversation, before), message.toJson());
    saveConversation(conversation, before);
    tx.commit();
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
    conversation.assigneeId = assigneeId;
    conversation.updatedAt = QDateTime::currentDateTimeUtc();
    saveConversation(conversation, before);
    tx.commit();
    return conversation;
}

Outcome<Conversation> ConversationService::setStatus(
    const User &caller, Id conversationId, ConversationStatus status)
{
    Transaction tx(m_storage.database());
    auto loaded = loadForAction(caller, conversationId);
    if (!loaded.ok())
        return loaded.error();
    Conversation conversation = loaded.value();
    if (conversation.status == status) {
        tx.commit();
        return conversation;
    }
    conversation.status = status;
    conversation.updatedAt = QDateTime::currentDateTimeUtc();
    saveConversation(conversation, conversation.assigneeId);
    tx.commit();
    return conversation;
}

} // namespace Switchboard::Hub
