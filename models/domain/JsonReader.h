// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! Reads fields out of a JSON object with type checks, keeping the first problem it meets.
//! Callers read every field they need, then look at ok() once; values read after an error
//! are defaults and must not be used.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);

    //! True when no field so far was missing or of the wrong type.
    bool ok() const { return m_error.isEmpty(); }
    //! The first problem, in words a developer can act on.
    QString error() const { return m_error; }
    //! The field the first problem is about.
    QString errorField() const { return m_errorField; }

    bool has(QLatin1String key) const;

    //! A string that must be present; empty strings are refused unless allowEmpty.
    QString requiredString(QLatin1String key, bool allowEmpty = false);
    //! A string that may be absent or null; fallback then.
    QString optionalString(QLatin1String key, const QString &fallback = {});
    //! A positive id that must be present.
    Id requiredId(QLatin1String key);
    //! A positive id, or nullopt when absent or null.
    std::optional<Id> optionalId(QLatin1String key);
    //! A whole number that must be present, within [min, max].
    qint64 requiredInteger(QLatin1String key, qint64 min, qint64 max);
    //! A whole number within [min, max], or fallback when absent or null.
    qint64 optionalInteger(QLatin1String key, qint64 min, qint64 max, qint64 fallback);
    bool optionalBool(QLatin1String key, bool fallback);
    //! A boolean that must be present (null is refused).
    bool requiredBool(QLatin1String key);
    //! An array of strings, or empty when absent.
    QStringList stringList(QLatin1String key);
    //! An array of ids (whole numbers ≥ 1), at most maxItems and each once; empty when absent.
    QList<Id> idList(QLatin1String key, qsizetype maxItems);
    //! An object, or empty when absent.
    QJsonObject object(QLatin1String key);
    //! An ISO 8601 time; invalid when absent or null.
    QDateTime optionalTime(QLatin1String key);

    //! An enum by its wire name, required.
    template <typename E> E requiredEnum(QLatin1String key, E fallback)
    {
        const QString name = requiredString(key);
        if (!ok())
            return fallback;
        return checkEnum<E>(key, name, fallback);
    }
    //! An enum by its wire name, or fallback when absent or null.
    template <typename E> E optionalEnum(QLatin1String key, E fallback)
    {
        if (!has(key) || m_object.value(key).isNull())
            return fallback;
        return requiredEnum<E>(key, fallback);
    }

    //! Records a problem found by the caller (a semantic check); keeps the first one.
    void fail(QLatin1String key, const QString &message);

private:
    template <typename E> E checkEnum(QLatin1String key, const QString &name, E fallback)
    {
        if (auto v = fromWire<E>(name))
            return *v;
        fail(key,
            QStringLiteral("must be one of: %1").arg(allWireNames<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    QJsonObject m_object;
    QString m_error;
    QString m_errorField;
};

} // namespace Switchboard::Domain
