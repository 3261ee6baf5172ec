// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Switchboard::Domain {

//! A phone call: when it was offered, answered and ended, and how the agent wrapped it up.
struct CallRecord
{
    Id id = 0;
    Id customerId = 0;
    //! The voice conversation the call belongs to.
    std::optional<Id> conversationId;
    CallDirection direction = CallDirection::Inbound;
    QString fromNumber;
    QString toNumber;
    std::optional<Id> agentId;
    QDateTime offeredAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    int durationSeconds = 0;
    //! The wrap-up disposition code chosen by the agent, e.g. "resolved" or "callback".
    QString disposition;
    QString wrapUpNotes;
    QString recordingUrl;
    QString providerCallId;

    QJsonObject toJson() const;
    static std::optional<CallRecord> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const CallRecord &) const = default;
};

} // namespace Switchboard::Domain
