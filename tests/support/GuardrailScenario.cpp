// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardrailScenario.h"

#include "service/InboundService.h"
#include "storage/ConversationRepository.h"
#include "storage/Storage.h"

#include <stdexcept>

namespace Switchboard::Test {

GuardrailScenario::GuardrailScenario(TestHub &hub, ApiClient &api)
    : m_hub(hub)
    , m_api(api)
{
}

bool GuardrailScenario::signIn()
{
    agentToken = m_api.login(QStringLiteral("agent1"), TestHub::password());
    supervisorToken = m_api.login(QStringLiteral("supervisor"), TestHub::password());
    adminToken = m_api.login(QStringLiteral("admin"), TestHub::password());
    return !agentToken.isEmpty() && !supervisorToken.isEmpty() && !adminToken.isEmpty();
}

Domain::Conversation GuardrailScenario::customerWrites(Domain::ChannelKind channel,
    Domain::IdentityKind kind, const QString &identity, std::optional<Domain::Id> assignee)
{
    Hub::InboundMessage inbound;
    inbound.channel = channel;
    inbound.sender = {0, kind, identity};
    inbound.senderName = QStringLiteral("Robin Example");
    inbound.threadId = QStringLiteral("guardrail-thread-%1").arg(++m_threads);
    inbound.subject = QStringLiteral("My bill");
    inbound.body = QStringLiteral("Why is my bill so high this month?");
    const Domain::Id id = m_hub.hub().inbound().receive(inbound).conversation.id;
    if (assignee) {
        const ApiReply assigned
            = m_api.post(QStringLiteral("/api/v1/conversations/%1/assign").arg(id),
                {{QStringLiteral("assignee_id"), *assignee},
                    {QStringLiteral("client_id"), newClientId()}},
                supervisorToken);
        if (assigned.status != 200)
            throw std::runtime_error("cannot assign the test conversation");
    }
    return *m_hub.hub().storage().conversations().byId(id);
}

ApiReply GuardrailScenario::blockWord(const QString &ruleId, const QString &word)
{
    const QJsonObject rule{{QStringLiteral("id"), ruleId}, {QStringLiteral("name"), ruleId},
        {QStringLiteral("type"), QStringLiteral("words")},
        {QStringLiteral("words"), QJsonArray{word}},
        {QStringLiteral("severity"), QStringLiteral("block")},
        {QStringLiteral("channels"), QJsonArray()}};
    return m_api.request("PUT", QStringLiteral("/api/v1/policy"),
        {{QStringLiteral("client_id"), newClientId()}, {QStringLiteral("brand"), QJsonObject()},
            {QStringLiteral("rules"), QJsonArray{rule}}},
        adminToken);
}

QJsonArray GuardrailScenario::messagesOf(Domain::Id conversationId)
{
    return m_api
        .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=1000").arg(conversationId),
            supervisorToken)
        .items();
}

QList<Domain::Conversation> GuardrailScenario::conversationsOf(Domain::Id customerId)
{
    QList<Domain::Conversation> out;
    for (const QJsonValue &value :
        m_api
            .get(QStringLiteral("/api/v1/conversations?customer_id=%1&limit=500").arg(customerId),
                supervisorToken)
            .items()) {
        if (const auto conversation = Domain::Conversation::fromJson(value.toObject()))
            out << *conversation;
    }
    return out;
}

} // namespace Switchboard::Test
