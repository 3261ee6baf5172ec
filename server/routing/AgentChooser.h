// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Queue.h"
#include "domain/User.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace Switchboard::Hub {

//! The skills and languages the active agents of the team have between them: a topic's skill
//! or a customer's language is only required when someone has it.
struct TeamCoverage
{
    QSet<QString> skills;
    QSet<QString> languages;

    static TeamCoverage of(const QList<Domain::User> &users);
};

//! What an agent needs for one conversation, after the team's coverage is taken into account.
struct Requirements
{
    //! Every one of these (the queue's skills, else the topic when someone has that skill).
    QStringList skills;
    //! The analysis' language when required; empty when not.
    QString language;

    //! What the conversation's queue (null: none) and analysis ask for.
    static Requirements of(const Domain::Conversation &conversation, const Domain::Queue *queue,
        const TeamCoverage &team);
};

//! Everything the choice of an agent for one waiting conversation looks at.
struct RoutingInput
{
    Domain::Conversation conversation;
    //! Every user; only active agents who are available are considered.
    QList<Domain::User> users;
    //! Open or pending conversations each user has on the conversation's channel now.
    QHash<Domain::Id, int> load;
    //! Who last worked with this customer, if anyone.
    std::optional<Domain::Id> previousAgent;
    //! The conversation's queue (its skills and languages are required); null: none.
    const Domain::Queue *queue = nullptr;
    //! Agents left out whatever else holds, with the reason code recorded (e.g. "on_call").
    QHash<Domain::Id, QString> excluded;
};

//! The choice and why: recorded in the audit log for supervisors.
struct RoutingDecision
{
    //! Nullopt: no one qualifies; the conversation waits in the queue.
    std::optional<Domain::Id> agentId;
    //! "previous_agent" or "idle_longest" when chosen; "no_agent" otherwise.
    QString rule;
    //! The queue, if the conversation is in one.
    std::optional<Domain::Id> queueId;
    //! The skills and the language required; empty when none applied.
    QStringList skills;
    QString language;
    //! How many agents qualified.
    int candidates = 0;
    //! Why agents were passed over, by reason code ("not_available", "at_capacity",
    //! "no_skill", "no_language", or an exclusion's code), with how many each.
    QHash<QString, int> passedOver;

    QJsonObject toJson() const;
};

//! Picks the agent for a waiting conversation: an active agent who is available, takes the
//! channel and is under their capacity for it, and meets the Requirements. Among those, the
//! agent who last worked with this customer; else the one available longest. Pure: the caller
//! supplies the state.
class AgentChooser
{
public:
    static RoutingDecision choose(const RoutingInput &input);
    //! Why user cannot take work on channel with these requirements now ("" if they can);
    //! load: their open or pending conversations on that channel. Users who are no active
    //! agents are "not_agent" (never counted as passed over).
    static QString refusal(
        const Domain::User &user, Domain::ChannelKind channel, int load, const Requirements &needs);
    //! The skill (when required) reads like the topic, e.g. "billing".
    static QString topicSkill(const Domain::Conversation &conversation);
};

} // namespace Switchboard::Hub
