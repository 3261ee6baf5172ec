// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireTime.h"

#include <QTimeZone>

namespace Switchboard::Domain::WireTime {

QJsonValue toJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parse(const QString &text)
{
    // A time without an offset would be read as local time and silently shift; refuse it.
    if (text.isEmpty()
        || !(text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+'))
            || text.lastIndexOf(QLatin1Char('-')) > 10))
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace Switchboard::Domain::WireTime
