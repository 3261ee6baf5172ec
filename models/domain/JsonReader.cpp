// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include "WireTime.h"

#include <cmath>

namespace Switchboard::Domain {

namespace {

// Doubles hold integers exactly up to 2^53; beyond that a JSON number is not a safe id.
constexpr double MaxSafeInteger = 9007199254740991.0;

} // namespace

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{
}

bool JsonReader::has(QLatin1String key) const
{
    return m_object.contains(key);
}

void JsonReader::fail(QLatin1String key, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_errorField = key;
    m_error = QStringLiteral("%1: %2").arg(key, message);
}

QString JsonReader::requiredString(QLatin1String key, bool allowEmpty)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    if (!allowEmpty && v.toString().trimmed().isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QLatin1String key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return fallback;
    }
    return v.toString();
}

qint64 JsonReader::requiredInteger(QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("is required"));
        return min;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > MaxSafeInteger) {
        fail(key, QStringLiteral("must be a whole number"));
        return min;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return min;
    }
    return n;
}

qint64 JsonReader::optionalInteger(QLatin1String key, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return requiredInteger(key, min, max);
}

Id JsonReader::requiredId(QLatin1String key)
{
    return requiredInteger(key, 1, static_cast<qint64>(MaxSafeInteger));
}

std::optional<Id> JsonReader::optionalId(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const Id id = requiredId(key);
    return ok() ? std::optional<Id>(id) : std::nullopt;
}

bool JsonReader::optionalBool(QLatin1String key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

bool JsonReader::requiredBool(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key,
            v.isUndefined() || v.isNull() ? QStringLiteral("is required")
                                          : QStringLiteral("must be true or false"));
        return false;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be an array of strings"));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QList<Id> JsonReader::idList(QLatin1String key, qsizetype maxItems)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const QString expected
        = QStringLiteral("must be an array of at most %1 distinct ids").arg(maxItems);
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(key, expected);
        return {};
    }
    QList<Id> out;
    for (const QJsonValue &item : v.toArray()) {
        const double d = item.toDouble();
        if (!item.isDouble() || std::trunc(d) != d || d < 1 || d > MaxSafeInteger
            || out.contains(static_cast<Id>(d))) {
            fail(key, expected);
            return {};
        }
        out.append(static_cast<Id>(d));
    }
    return out;
}

QJsonObject JsonReader::object(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

QDateTime JsonReader::optionalTime(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be an ISO 8601 time string"));
        return {};
    }
    const auto time = WireTime::parse(v.toString());
    if (!time) {
        fail(key, QStringLiteral("must be an ISO 8601 time with a UTC offset"));
        return {};
    }
    return *time;
}

} // namespace Switchboard::Domain
