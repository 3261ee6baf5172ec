// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/User.h"
#include "routing/TopicRules.h"

#include <QJsonObject>

namespace Switchboard::Hub {

class EventRecorder;
class Storage;

//! The admin's topic rules (GET/PUT /api/v1/topic-rules): kept in the hub's database, read by
//! the analysis of every incoming message. A change is audited and applies once committed.
class TopicRuleService
{
public:
    TopicRuleService(Storage &storage, EventRecorder &events);

    //! Reads the stored rules (none on a new hub).
    void load();
    const TopicRules &rules() const { return m_rules; }
    //! {"rules": [...], "updated_at"}.
    QJsonObject describe() const;
    //! Replaces the rules with body.rules; 400 with the field and reason on bad input.
    Outcome<QJsonObject> update(const Domain::User &caller, const QJsonObject &body);

    //! Where the rules live in the hub's meta table.
    static constexpr QLatin1String RulesKey{"topic_rules"};

private:
    Storage &m_storage;
    EventRecorder &m_events;
    TopicRules m_rules;
    QDateTime m_updatedAt;
};

} // namespace Switchboard::Hub
