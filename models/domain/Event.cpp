// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

#include "JsonReader.h"
#include "WireTime.h"

namespace Switchboard::Domain {

QJsonObject Event::toJson() const
{
    return {{QLatin1String("seq"), seq}, {QLatin1String("type"), type},
        {QLatin1String("at"), WireTime::toJson(at)}, {QLatin1String("data"), data}};
}

std::optional<Event> Event::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Event out;
    out.seq = r.requiredId(QLatin1String("seq"));
    out.type = r.requiredString(QLatin1String("type"));
    out.at = r.optionalTime(QLatin1String("at"));
    out.data = r.object(QLatin1String("data"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
