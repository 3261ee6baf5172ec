// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace Switchboard::Domain::WireTime {

//! UTC ISO 8601 with milliseconds ("2026-11-23T17:34:37.123Z"); null for an invalid time.
QJsonValue toJson(const QDateTime &time);

//! Parses an ISO 8601 time with an offset or Z; nullopt when malformed.
std::optional<QDateTime> parse(const QString &text);

//! Milliseconds since the epoch, the form stored in databases; 0 for an invalid time.
qint64 toMs(const QDateTime &time);

//! The inverse of toMs; 0 gives an invalid (null) time.
QDateTime fromMs(qint64 ms);

} // namespace Switchboard::Domain::WireTime
