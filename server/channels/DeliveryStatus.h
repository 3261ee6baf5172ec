// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <optional>
#include <utility>

namespace Switchboard::Hub {

//! The delivery state a provider names the way Meta and Twilio both do ("sent", "delivered",
//! "read", "failed"); none for any other name.
inline std::optional<Domain::DeliveryState> deliveryStateNamed(const QString &name)
{
    using Domain::DeliveryState;
    for (const auto &[state, wire] :
        {std::pair{DeliveryState::Sent, "sent"}, std::pair{DeliveryState::Delivered, "delivered"},
            std::pair{DeliveryState::Read, "read"}, std::pair{DeliveryState::Failed, "failed"}}) {
        if (name == QLatin1String(wire))
            return state;
    }
    return std::nullopt;
}

//! Applies a delivery status a provider reported for a reply the hub sent. Statuses may arrive
//! out of order (read before delivered): a reply never moves back. Only replies have a delivery
//! state; a customer's message with that provider id is left alone. False when nothing changed.
inline bool applyDeliveryStatus(
    Domain::Message &message, Domain::DeliveryState state, const QString &error)
{
    using Domain::DeliveryState;
    const auto rank = [](DeliveryState s) {
        switch (s) {
        case DeliveryState::None:
        case DeliveryState::Queued:
            return 0;
        case DeliveryState::Sent:
            return 1;
        case DeliveryState::Delivered:
            return 2;
        case DeliveryState::Read:
            return 3;
        case DeliveryState::Failed:
            return 4;
        }
        return 0;
    };
    if (message.kind != Domain::MessageKind::Reply || rank(state) <= rank(message.delivery))
        return false;
    message.delivery = state;
    message.deliveryError = error;
    return true;
}

} // namespace Switchboard::Hub
