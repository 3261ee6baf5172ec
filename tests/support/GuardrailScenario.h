// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "TestHub.h"
#include "domain/Conversation.h"

#include <optional>

namespace Switchboard::Test {

//! What the reply-policy tests make happen on a hub in this process: customers writing on a
//! channel, an admin changing the policy, supervisors reading the audit log.
class GuardrailScenario
{
public:
    GuardrailScenario(TestHub &hub, ApiClient &api);

    //! Signs in the fixture's users; false if one could not.
    bool signIn();
    //! A customer writes on a channel as `identity` (a new customer for a new identity); the
    //! conversation is assigned to assignee when given. Answers the conversation as stored.
    Domain::Conversation customerWrites(Domain::ChannelKind channel, Domain::IdentityKind kind,
        const QString &identity, std::optional<Domain::Id> assignee);
    //! PUT /api/v1/policy as the admin: one "words" rule that blocks `word` on every channel.
    ApiReply blockWord(const QString &ruleId, const QString &word);
    //! Every message of a conversation on the hub, oldest first.
    QJsonArray messagesOf(Domain::Id conversationId);
    //! Every conversation of a customer on the hub.
    QList<Domain::Conversation> conversationsOf(Domain::Id customerId);

    QString agentToken;
    QString supervisorToken;
    QString adminToken;

private:
    TestHub &m_hub;
    ApiClient &m_api;
    int m_threads = 0;
};

} // namespace Switchboard::Test
