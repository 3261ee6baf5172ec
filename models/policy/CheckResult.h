// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/Finding.h"

#include <QJsonObject>
#include <QList>

namespace Switchboard::Policy {

//! What the policy says about a whole reply: the strongest severity among its findings.
enum class Verdict { Allow, Warn, Block };

//! The answer of one check, as served by POST /api/v1/replies/check.
struct CheckResult
{
    Domain::Visibility visibility = Domain::Visibility::Private;
    Verdict verdict = Verdict::Allow;
    //! Ordered by start offset.
    QList<Finding> findings;

    //! {"visibility": "public"|"private", "verdict": "allow"|"warn"|"block", "findings": [...]}.
    QJsonObject toJson() const;
    //! The verdict the findings call for: Block over Warn over Allow.
    static Verdict verdictOf(const QList<Finding> &findings);
};

//! "allow", "warn" or "block".
QString verdictToWire(Verdict verdict);
//! Parses a verdict's wire name; nullopt for anything else.
std::optional<Verdict> verdictFromWire(QStringView name);

} // namespace Switchboard::Policy
