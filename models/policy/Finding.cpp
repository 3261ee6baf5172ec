// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace Switchboard::Policy {

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {QLatin1String("kind"), kind},
        {QLatin1String("severity"), severityToWire(severity)},
        {QLatin1String("start"), start},
        {QLatin1String("end"), end},
        {QLatin1String("message"), message},
    };
}

QString severityToWire(Severity severity)
{
    return severity == Severity::Block ? QStringLiteral("block") : QStringLiteral("warn");
}

std::optional<Severity> severityFromWire(QStringView name)
{
    if (name == QLatin1String("warn"))
        return Severity::Warn;
    if (name == QLatin1String("block"))
        return Severity::Block;
    return std::nullopt;
}

} // namespace Switchboard::Policy
