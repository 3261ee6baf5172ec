// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentChooser.h"

#include <QJsonArray>
#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QString NotAgent = QStringLiteral("not_agent");

} // namespace

TeamCoverage TeamCoverage::of(const QList<User> &users)
{
    TeamCoverage team;
    for (const User &u : users) {
        if (u.role != Role::Agent || !u.active)
            continue;
        for (const QString &s : u.skills)
            team.skills.insert(s);
        for (const QString &l : u.languages)
            team.languages.insert(l);
    }
    return team;
}

Requirements Requirements::of(
    const Conversation &conversation, const Queue *queue, const TeamCoverage &team)
{
    Requirements needs;
    const QString topic = AgentChooser::topicSkill(conversation);
    const QString language = conversation.analysis ? conversation.analysis->language : QString();
    if (queue) {
        // The admin's queue says what its work needs, whoever has it.
        needs.skills = queue->skills;
        if (!queue->languages.isEmpty())
            needs.language = language;
    } else if (!topic.isEmpty() && team.skills.contains(topic)) {
        // Without a queue, the topic's skill when someone has it, so an unusual topic does not
        // leave the work with no one.
        needs.skills = {topic};
    }
    if (needs.language.isEmpty() && team.languages.contains(language))
        needs.language = language;
    return needs;
}

QString AgentChooser::topicSkill(const Conversation &conversation)
{
    return conversation.analysis ? conversation.analysis->topic : QString();
}

QString AgentChooser::refusal(
    const User &user, ChannelKind channel, int load, const Requirements &needs)
{
    if (user.role != Role::Agent || !user.active)
        return NotAgent;
    if (user.presence.state != PresenceState::Available)
        return QStringLiteral("not_available");
    // Voice without a capacity set is one call at a time, as calls were offered before queues.
    if (load >= user.capacity.value(channel, channel == ChannelKind::Voice ? 1 : 0))
        return QStringLiteral("at_capacity");
    for (const QString &skill : needs.skills) {
        if (!user.skills.contains(skill))
            return QStringLiteral("no_skill");
    }
    if (!needs.language.isEmpty() && !user.languages.contains(needs.language))
        return QStringLiteral("no_language");
    return QString();
}

QJsonObject RoutingDecision::toJson() const
{
    QJsonObject passed;
    for (auto it = passedOver.cbegin(); it != passedOver.cend(); ++it)
        passed.insert(it.key(), it.value());
    return {{QStringLiteral("agent_id"), agentId ? QJsonValue(*agentId) : QJsonValue()},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("queue_id"), queueId ? QJsonValue(*queueId) : QJsonValue()},
        {QStringLiteral("skills"), QJsonArray::fromStringList(skills)},
        {QStringLiteral("language"), language}, {QStringLiteral("candidates"), candidates},
        {QStringLiteral("passed_over"), passed}};
}

RoutingDecision AgentChooser::choose(const RoutingInput &input)
{
    RoutingDecision decision;
    const Conversation &c = input.conversation;
    const Requirements needs = Requirements::of(c, input.queue, TeamCoverage::of(input.users));
    decision.skills = needs.skills;
    decision.language = needs.language;
    if (input.queue)
        decision.queueId = input.queue->id;
    QList<const User *> ready;
    for (const User &u : input.users) {
        QString why = refusal(u, c.channel, input.load.value(u.id), needs);
        if (why == NotAgent)
            continue;
        if (why.isEmpty())
            why = input.excluded.value(u.id);
        if (!why.isEmpty()) {
            ++decision.passedOver[why];
            continue;
        }
        ready.append(&u);
    }
    decision.candidates = int(ready.size());
    if (ready.isEmpty()) {
        decision.rule = QStringLiteral("no_agent");
        return decision;
    }
    if (input.previousAgent) {
        for (const User *u : ready) {
            if (u->id == *input.previousAgent) {
                decision.agentId = u->id;
                decision.rule = QStringLiteral("previous_agent");
                return decision;
            }
        }
    }
    const User *longest
        = *std::min_element(ready.cbegin(), ready.cend(), [](const User *a, const User *b) {
              return a->presence.since != b->presence.since ? a->presence.since < b->presence.since
                                                            : a->id < b->id;
          });
    decision.agentId = longest->id;
    decision.rule = QStringLiteral("idle_longest");
    return decision;
}

} // namespace Switchboard::Hub
