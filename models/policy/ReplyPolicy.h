// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/CheckResult.h"
#include "policy/PolicyConfig.h"

#include <QRegularExpression>
#include <optional>

namespace Switchboard::Policy {

//! The public/private reply guardrails, run by the composer on every keystroke and by the hub on
//! every outgoing reply. Card numbers and secrets are blocked everywhere; bank and identity
//! details, dates of birth and health details are blocked on public channels; contact details
//! are a warning on public channels unless they are the brand's own; custom rules apply as
//! configured. check() is const and may be called from several threads at once.
class ReplyPolicy
{
public:
    //! The built-in rules alone.
    ReplyPolicy();
    //! The built-in rules with the brand's contacts and custom rules (validate the config with
    //! PolicyConfig::fromJson; a rule that does not compile is left out).
    explicit ReplyPolicy(PolicyConfig config);

    const PolicyConfig &config() const { return m_config; }
    //! Checks a reply about to be sent on channel.
    CheckResult check(Domain::ChannelKind channel, const QString &text) const;
    //! The severity of a built-in kind on channels of this visibility; nullopt when the kind is
    //! allowed there (or is not built in).
    static std::optional<Severity> severityFor(QStringView kind, Domain::Visibility visibility);

private:
    struct CompiledRule
    {
        CustomRule rule;
        QString kind;
        QRegularExpression expression;
    };

    PolicyConfig m_config;
    QList<CompiledRule> m_rules;
};

} // namespace Switchboard::Policy
