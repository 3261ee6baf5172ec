// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/BrandContacts.h"
#include "policy/CustomRule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace Switchboard::Policy {

//! What a hub configures about the reply policy; it stores this and serves it to desktops.
//! {"brand": {...}, "rules": [{...}, ...]}
struct PolicyConfig
{
    BrandContacts brand;
    QList<CustomRule> rules;

    //! The JSON document described above.
    QJsonObject toJson() const;
    //! Reads and validates a whole configuration; nullopt with a clear error (naming the rule)
    //! on malformed JSON, a bad rule or a regular expression that does not compile.
    static std::optional<PolicyConfig> fromJson(const QByteArray &json, QString *error = nullptr);
    //! The same from a parsed object.
    static std::optional<PolicyConfig> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const PolicyConfig &) const = default;
};

} // namespace Switchboard::Policy
