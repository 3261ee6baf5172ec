// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/Finding.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace Switchboard::Policy {

//! A rule an admin adds on the hub: a regular expression or a word list, with a severity and
//! the channels it applies to.
struct CustomRule
{
    enum class Type { Regex, Words };

    //! Stable identifier; findings are reported as "custom:<id>" (or the name when id is empty).
    QString id;
    //! What agents and admins see, e.g. "Competitor names".
    QString name;
    Type type = Type::Regex;
    //! For Regex: a PCRE pattern, used as written (add "(?i)" to ignore case).
    QString pattern;
    //! For Words: whole words or phrases, matched without regard to case.
    QStringList words;
    Severity severity = Severity::Warn;
    //! The channels it applies to; empty for every channel.
    QList<Domain::ChannelKind> channels;

    //! "custom:<id>", or "custom:<name>" without an id.
    QString kind() const;
    //! True when the rule applies to replies on channel.
    bool appliesTo(Domain::ChannelKind channel) const
    {
        return channels.isEmpty() || channels.contains(channel);
    }
    //! The expression the rule matches with; nullopt (with error set) when the rule is unusable.
    std::optional<QRegularExpression> compile(QString *error = nullptr) const;

    //! {"id", "name", "type": "regex"|"words", "pattern" or "words", "severity", "channels"}.
    QJsonObject toJson() const;
    //! Reads and validates one rule; nullopt with error on a missing field, an unknown type,
    //! severity or channel, or a pattern that does not compile.
    static std::optional<CustomRule> fromJson(const QJsonObject &json, QString *error);
    bool operator==(const CustomRule &) const = default;
};

} // namespace Switchboard::Policy
