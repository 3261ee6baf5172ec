// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace Switchboard::Domain {

//! The channel a conversation happens on.
enum class ChannelKind {
    Voice,
    Email,
    Sms,
    WhatsApp,
    Messenger,
    InstagramDm,
    XDm,
    FacebookComment,
    InstagramComment,
    XPost,
};

//! Who can read what is written on a channel.
enum class Visibility { Private, Public };

enum class ConversationStatus { Open, Pending, Resolved };

enum class Priority { Low, Normal, High, Urgent };

//! An internal note is its own kind: it never leaves the hub.
enum class MessageKind { Inbound, Reply, Note };

//! Delivery of an outgoing reply; inbound messages and notes have None.
enum class DeliveryState { None, Queued, Sent, Delivered, Read, Failed };

enum class Role { Agent, Supervisor, Admin };

enum class PresenceState { Available, Busy, Break, Lunch, Training, AfterCallWork, Offline };

enum class CallDirection { Inbound, Outbound };

//! The tone of what a customer wrote, as the hub's analysis reads it.
enum class Sentiment { Negative, Neutral, Positive };

//! How a customer can be reached or recognised on a channel.
enum class IdentityKind { Email, Phone, X, Facebook, Instagram, WhatsApp };

//! Wire names of an enum; specialised once per enum below.
template <typename E> struct WireNames;

#define SWITCHBOARD_WIRE_NAMES(Enum, ...)                                                          \
    template <> struct WireNames<Enum>                                                             \
    {                                                                                              \
        static constexpr auto names = std::to_array<std::pair<Enum, const char *>>({__VA_ARGS__}); \
    };

SWITCHBOARD_WIRE_NAMES(ChannelKind, {ChannelKind::Voice, "voice"}, {ChannelKind::Email, "email"},
    {ChannelKind::Sms, "sms"}, {ChannelKind::WhatsApp, "whatsapp"},
    {ChannelKind::Messenger, "messenger"}, {ChannelKind::InstagramDm, "instagram_dm"},
    {ChannelKind::XDm, "x_dm"}, {ChannelKind::FacebookComment, "facebook_comment"},
    {ChannelKind::InstagramComment, "instagram_comment"}, {ChannelKind::XPost, "x_post"})
SWITCHBOARD_WIRE_NAMES(Visibility, {Visibility::Private, "private"}, {Visibility::Public, "public"})
SWITCHBOARD_WIRE_NAMES(ConversationStatus, {ConversationStatus::Open, "open"},
    {ConversationStatus::Pending, "pending"}, {ConversationStatus::Resolved, "resolved"})
SWITCHBOARD_WIRE_NAMES(Priority, {Priority::Low, "low"}, {Priority::Normal, "normal"},
    {Priority::High, "high"}, {Priority::Urgent, "urgent"})
SWITCHBOARD_WIRE_NAMES(Sentiment, {Sentiment::Negative, "negative"},
    {Sentiment::Neutral, "neutral"}, {Sentiment::Positive, "positive"})
SWITCHBOARD_WIRE_NAMES(MessageKind, {MessageKind::Inbound, "inbound"},
    {MessageKind::Reply, "reply"}, {MessageKind::Note, "note"})
SWITCHBOARD_WIRE_NAMES(DeliveryState, {DeliveryState::None, "none"},
    {DeliveryState::Queued, "queued"}, {DeliveryState::Sent, "sent"},
    {DeliveryState::Delivered, "delivered"}, {DeliveryState::Read, "read"},
    {DeliveryState::Failed, "failed"})
SWITCHBOARD_WIRE_NAMES(
    Role, {Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"})
SWITCHBOARD_WIRE_NAMES(PresenceState, {PresenceState::Available, "available"},
    {PresenceState::Busy, "busy"}, {PresenceState::Break, "break"}, {PresenceState::Lunch, "lunch"},
    {PresenceState::Training, "training"}, {PresenceState::AfterCallWork, "after_call_work"},
    {PresenceState::Offline, "offline"})
SWITCHBOARD_WIRE_NAMES(
    CallDirection, {CallDirection::Inbound, "inbound"}, {CallDirection::Outbound, "outbound"})
SWITCHBOARD_WIRE_NAMES(IdentityKind, {IdentityKind::Email, "email"}, {IdentityKind::Phone, "phone"},
    {IdentityKind::X, "x"}, {IdentityKind::Facebook, "facebook"},
    {IdentityKind::Instagram, "instagram"}, {IdentityKind::WhatsApp, "whatsapp"})

#undef SWITCHBOARD_WIRE_NAMES

//! The wire name of an enum value, e.g. "instagram_dm".
template <typename E> QString toWire(E value)
{
    for (const auto &[v, name] : WireNames<E>::names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

//! Parses a wire name; nullopt for anything unknown (names are case-sensitive).
template <typename E> std::optional<E> fromWire(QStringView name)
{
    for (const auto &[v, n] : WireNames<E>::names) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

//! All wire names of an enum, in declaration order (for error messages and docs).
template <typename E> QStringList allWireNames()
{
    QStringList out;
    for (const auto &[v, n] : WireNames<E>::names)
        out.append(QString::fromLatin1(n));
    return out;
}

//! Every channel kind, in declaration order.
QList<ChannelKind> allChannelKinds();

//! Public channels are seen by everyone and stay findable; the rest are private.
Visibility visibilityOf(ChannelKind channel);

//! Roles are ordered: an admin may do what a supervisor may, a supervisor what an agent may.
bool roleAtLeast(Role role, Role minimum);

} // namespace Switchboard::Domain
