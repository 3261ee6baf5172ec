// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxItem.h"

#include <array>
#include <utility>

namespace Switchboard::Store {

namespace {

constexpr std::array kindNames{
    std::pair{OutboxItem::Kind::Reply, "reply"},
    std::pair{OutboxItem::Kind::Note, "note"},
    std::pair{OutboxItem::Kind::Assign, "assign"},
    std::pair{OutboxItem::Kind::Status, "status"},
    std::pair{OutboxItem::Kind::Presence, "presence"},
    std::pair{OutboxItem::Kind::CallAction, "call_action"},
    std::pair{OutboxItem::Kind::WrapUp, "wrapup"},
    std::pair{OutboxItem::Kind::StartConversation, "start_conversation"},
    std::pair{OutboxItem::Kind::MergeCustomers, "merge_customers"},
    std::pair{OutboxItem::Kind::SplitCustomer, "split_customer"},
    std::pair{OutboxItem::Kind::Whisper, "whisper"},
    std::pair{OutboxItem::Kind::TakeOver, "take_over"},
    std::pair{OutboxItem::Kind::Tags, "tags"},
};

constexpr std::array stateNames{
    std::pair{OutboxItem::State::Queued, "queued"},
    std::pair{OutboxItem::State::Conflict, "conflict"},
    std::pair{OutboxItem::State::Rejected, "rejected"},
};

template <typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(
    const std::array<std::pair<E, const char *>, N> &names, const QString &name)
{
    for (const auto &[candidate, text] : names) {
        if (name == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString OutboxItem::kindName(Kind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<OutboxItem::Kind> OutboxItem::kindFromName(const QString &name)
{
    return valueOf(kindNames, name);
}

QString OutboxItem::stateName(State state)
{
    return nameOf(stateNames, state);
}

std::optional<OutboxItem::State> OutboxItem::stateFromName(const QString &name)
{
    return valueOf(stateNames, name);
}

} // namespace Switchboard::Store
