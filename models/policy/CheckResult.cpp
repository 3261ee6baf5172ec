// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckResult.h"

#include <QJsonArray>

namespace Switchboard::Policy {

QJsonObject CheckResult::toJson() const
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(finding.toJson());
    return QJsonObject{
        {QLatin1String("visibility"), Domain::toWire(visibility)},
        {QLatin1String("verdict"), verdictToWire(verdict)},
        {QLatin1String("findings"), list},
    };
}

Verdict CheckResult::verdictOf(const QList<Finding> &findings)
{
    Verdict verdict = Verdict::Allow;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Block)
            return Verdict::Block;
        verdict = Verdict::Warn;
    }
    return verdict;
}

QString verdictToWire(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allow:
        return QStringLiteral("allow");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Block:
        return QStringLiteral("block");
    }
    Q_UNREACHABLE();
}

std::optional<Verdict> verdictFromWire(QStringView name)
{
    for (Verdict verdict : {Verdict::Allow, Verdict::Warn, Verdict::Block}) {
        if (name == verdictToWire(verdict))
            return verdict;
    }
    return std::nullopt;
}

} // namespace Switchboard::Policy
