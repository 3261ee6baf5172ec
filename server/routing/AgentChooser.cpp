// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentChooser.h"

#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

QJsonObject RoutingDecision::toJson() const
{
    QJsonObject passed;
    for (auto it = passedOver.cbegin(); it != passedOver.cend(); ++it)
        passed.insert(it.key(), it.value());
    return {{QStringLiteral("agent_id"), agentId ? QJsonValue(*agentId) : QJsonValue()},
        {QStringLiteral("rule"), rule}, {QStringLiteral("skill"), skill},
        {QStringLiteral("language"), language}, {QStringLiteral("candidates"), candidates},
        {QStringLiteral("passed_over"), passed}};
}

RoutingDecision AgentChooser::choose(const RoutingInput &input)
{
    RoutingDecision decision;
    const Conversation &c = input.conversation;
    // Available, takes the channel, room for one more.
    QList<const User *> ready;
    for (const User &u : input.users) {
        if (u.role != Role::Agent || !u.active)
            continue;
        if (u.presence.state != PresenceState::Available) {
            ++decision.passedOver[QStringLiteral("not_available")];
            continue;
        }
        if (input.load.value(u.id) >= u.capacity.value(c.channel, 0)) {
            ++decision.passedOver[QStringLiteral("at_capacity")];
            continue;
        }
        ready.append(&u);
    }
    // Skill and language, each required when any agent of the team has it.
    const auto requireAmong = [&](const QString &value, const QString &reason,
                                  const auto &has) -> QString {
        if (value.isEmpty())
            return QString();
        const bool anyone = std::any_of(input.users.cbegin(), input.users.cend(),
            [&](const User &u) { return u.role == Role::Agent && u.active && has(u); });
        if (!anyone)
            return QString();
        const auto kept = std::stable_partition(
            ready.begin(), ready.end(), [&](const User *u) { return has(*u); });
        if (const int left = int(ready.end() - kept); left > 0)
            decision.passedOver.insert(reason, left);
        ready.erase(kept, ready.end());
        return value;
    };
    if (c.analysis) {
        decision.skill = requireAmong(c.analysis->topic, QStringLiteral("no_skill"),
            [&](const User &u) { return u.skills.contains(c.analysis->topic); });
        decision.language = requireAmong(c.analysis->language, QStringLiteral("no_language"),
            [&](const User &u) { return u.languages.contains(c.analysis->language); });
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
    const User *longest = *std::min_element(ready.cbegin(), ready.cend(),
        [](const User *a, const User *b) {
            return a->presence.since != b->presence.since ? a->presence.since < b->presence.since
                                                          : a->id < b->id;
        });
    decision.agentId = longest->id;
    decision.rule = QStringLiteral("idle_longest");
    return decision;
}

} // namespace Switchboard::Hub
