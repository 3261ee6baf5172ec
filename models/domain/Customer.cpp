// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customer.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>

namespace Switchboard::Domain {

QJsonObject Identity::toJson() const
{
    return {{QLatin1String("id"), id}, {QLatin1String("kind"), toWire(kind)},
        {QLatin1String("value"), value}};
}

std::optional<Identity> Identity::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Identity out;
    out.id = r.optionalInteger(QLatin1String("id"), 0, Q_INT64_C(1) << 53, 0);
    out.kind = r.requiredEnum(QLatin1String("kind"), IdentityKind::Email);
    out.value = r.requiredString(QLatin1String("value"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

QJsonObject Customer::toJson() const
{
    QJsonArray ids;
    for (const Identity &identity : identities)
        ids.append(identity.toJson());
    return {{QLatin1String("id"), id}, {QLatin1String("name"), name},
        {QLatin1String("language"), language},
        {QLatin1String("tags"), QJsonArray::fromStringList(tags)}, {QLatin1String("notes"), notes},
        {QLatin1String("identities"), ids},
        {QLatin1String("created_at"), WireTime::toJson(createdAt)},
        {QLatin1String("updated_at"), WireTime::toJson(updatedAt)}};
}

std::optional<Customer> Customer::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Customer out;
    out.id = r.requiredId(QLatin1String("id"));
    out.name = r.requiredString(QLatin1String("name"), true);
    out.language = r.optionalString(QLatin1String("language"));
    out.tags = r.stringList(QLatin1String("tags"));
    out.notes = r.optionalString(QLatin1String("notes"));
    out.createdAt = r.optionalTime(QLatin1String("created_at"));
    out.updatedAt = r.optionalTime(QLatin1String("updated_at"));
    const QJsonValue ids = json.value(QLatin1String("identities"));
    if (!ids.isUndefined() && !ids.isArray())
        r.fail(QLatin1String("identities"), QStringLiteral("must be an array"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    for (const QJsonValue &v : ids.toArray()) {
        auto identity = Identity::fromJson(v.toObject(), error);
        if (!identity)
            return std::nullopt;
        out.identities.append(*identity);
    }
    return out;
}

} // namespace Switchboard::Domain
