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
    //! Where a call stands, derived from its times and hold flag.
    enum class State {
        //! Ringing for agentId, or waiting in the queue when agentId is empty.
        Offered,
        //! An agent is talking to the caller.
        Answered,
        //! Answered, and the caller is on hold.
        OnHold,
        //! Over; a call that ended without an answer was missed.
        Ended,
    };

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
    //! Talk time: from each answer to the next transfer or the end, summed.
    int durationSeconds = 0;
    bool onHold = false;
    //! When the current hold began; invalid when not on hold.
    QDateTime holdStartedAt;
    //! Time spent on hold in holds that are over.
    int heldSeconds = 0;
    //! After-call work: from the end of the call to its first wrap-up, in seconds; 0 before
    //! that, and for a call wrapped up before it ended. Part of the call's handle time.
    int wrapUpSeconds = 0;
    //! The wrap-up disposition code chosen by the agent, e.g. "resolved" or "callback".
    QString disposition;
    QString wrapUpNotes;
    QString recordingUrl;
    QString providerCallId;

    State state() const;
    //! Ended without anyone answering. (A call transferred and then dropped before the new
    //! agent answered has no answeredAt either, but it has talk time.)
    bool missed() const
    {
        return endedAt.isValid() && !answeredAt.isValid() && durationSeconds == 0;
    }

    QJsonObject toJson() const;
    static std::optional<CallRecord> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const CallRecord &) const = default;
};

} // namespace Switchboard::Domain
