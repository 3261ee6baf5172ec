// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicySource.h"

#include "store/CacheError.h"
#include "store/CacheReader.h"

#include <QLoggingCategory>

namespace Switchboard::Item {

namespace {
Q_LOGGING_CATEGORY(lcPolicySource, "switchboard.item.policy")
}

PolicySource::PolicySource(Store::CacheDatabase &cache)
    : m_cache(cache)
{
}

PolicySettings PolicySource::settings() const
{
    try {
        return fromJson(Store::CacheReader(m_cache).policy());
    } catch (const Store::CacheError &error) {
        qCWarning(lcPolicySource, "cache read failed: %s", qUtf8Printable(error.message()));
        return {};
    }
}

PolicySettings PolicySource::fromJson(const QJsonObject &policy)
{
    PolicySettings settings;
    if (policy.isEmpty())
        return settings;
    QString error;
    settings.config = Policy::PolicyConfig::fromJson(
        QJsonObject{{QLatin1String("brand"), policy.value(QLatin1String("brand"))},
            {QLatin1String("rules"), policy.value(QLatin1String("rules"))}},
        &error);
    if (!settings.config)
        qCWarning(lcPolicySource, "stored reply policy not usable: %s", qUtf8Printable(error));
    if (const auto role
        = Domain::fromWire<Domain::Role>(policy.value(QLatin1String("override_role")).toString()))
        settings.overrideRole = *role;
    settings.updatedAt = QDateTime::fromString(
        policy.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
    return settings;
}

} // namespace Switchboard::Item
