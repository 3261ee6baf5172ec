// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! An admin-defined queue: which waiting work it holds (by the analysis' topic and language and
//! by channel), what an agent needs to take it, and the first-response target per channel.
struct Queue
{
    Id id = 0;
    //! 1-100 characters, unique among queues.
    QString name;
    //! The order in which queues are tried for new work, lowest first.
    int position = 0;
    //! Topics (of the analysis) it holds; empty: any.
    QStringList topics;
    //! Languages (of the analysis) it holds; empty: any.
    QStringList languages;
    //! Channels it holds; empty: any.
    QList<ChannelKind> channels;
    //! Skills an agent must all have to take its work.
    QStringList skills;
    //! Target time to the first response, in seconds, per channel; a channel missing has none.
    QMap<ChannelKind, int> slaSeconds;

    //! Whether work with this topic and language on this channel belongs here.
    bool matches(const QString &topic, const QString &language, ChannelKind channel) const;

    //! The longest first-response target a queue may set: 30 days.
    static constexpr int MaxSlaSeconds = 30 * 24 * 3600;
    static constexpr int MaxNameLength = 100;

    QJsonObject toJson() const;
    //! Checks types, channel names, the name's length and the targets (whole seconds, 1 to
    //! MaxSlaSeconds); id and position may be absent (0).
    static std::optional<Queue> fromJson(
        const QJsonObject &json, QString *error = nullptr, QString *errorField = nullptr);
    bool operator==(const Queue &) const = default;
};

} // namespace Switchboard::Domain
