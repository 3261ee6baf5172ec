// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Queue.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace Switchboard::Domain {

bool Queue::matches(const QString &topic, const QString &language, ChannelKind channel) const
{
    return (topics.isEmpty() || topics.contains(topic))
        && (languages.isEmpty() || languages.contains(language))
        && (channels.isEmpty() || channels.contains(channel));
}

QJsonObject Queue::toJson() const
{
    QJsonArray channelNames;
    for (ChannelKind c : channels)
        channelNames.append(toWire(c));
    QJsonObject sla;
    for (auto it = slaSeconds.cbegin(); it != slaSeconds.cend(); ++it)
        sla.insert(toWire(it.key()), it.value());
    return {{QLatin1String("id"), id}, {QLatin1String("name"), name},
        {QLatin1String("position"), position},
        {QLatin1String("topics"), QJsonArray::fromStringList(topics)},
        {QLatin1String("languages"), QJsonArray::fromStringList(languages)},
        {QLatin1String("channels"), channelNames},
        {QLatin1String("skills"), QJsonArray::fromStringList(skills)},
        {QLatin1String("sla_seconds"), sla}};
}

std::optional<Queue> Queue::fromJson(const QJsonObject &json, QString *error, QString *errorField)
{
    JsonReader r(json);
    Queue out;
    out.id = r.optionalInteger(QLatin1String("id"), 0, Q_INT64_C(1) << 53, 0);
    out.name = r.requiredString(QLatin1String("name"));
    if (r.ok() && out.name.size() > MaxNameLength)
        r.fail(QLatin1String("name"),
            QStringLiteral("must be at most %1 characters").arg(MaxNameLength));
    out.position = int(r.optionalInteger(QLatin1String("position"), 0, 1000000, 0));
    out.topics = r.stringList(QLatin1String("topics"));
    out.languages = r.stringList(QLatin1String("languages"));
    for (const QString &name : r.stringList(QLatin1String("channels"))) {
        const auto channel = fromWire<ChannelKind>(name);
        if (!channel) {
            r.fail(QLatin1String("channels"),
                QStringLiteral("\"%1\" is not a channel (one of: %2)")
                    .arg(name, allWireNames<ChannelKind>().join(QStringLiteral(", "))));
        } else if (!out.channels.contains(*channel)) {
            out.channels.append(*channel);
        }
    }
    out.skills = r.stringList(QLatin1String("skills"));
    const QJsonValue sla = json.value(QLatin1String("sla_seconds"));
    if (sla.isObject()) {
        const QJsonObject targets = sla.toObject();
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            const auto channel = fromWire<ChannelKind>(it.key());
            const double seconds = it.value().toDouble(-1);
            if (!channel) {
                r.fail(QLatin1String("sla_seconds"),
                    QStringLiteral("\"%1\" is not a channel").arg(it.key()));
            } else if (!it.value().isDouble() || seconds != double(qint64(seconds)) || seconds < 1
                || seconds > MaxSlaSeconds) {
                r.fail(QLatin1String("sla_seconds"),
                    QStringLiteral("%1 must be a whole number of seconds from 1 to %2")
                        .arg(it.key())
                        .arg(MaxSlaSeconds));
            } else {
                out.slaSeconds.insert(*channel, int(seconds));
            }
        }
    } else if (!sla.isUndefined() && !sla.isNull()) {
        r.fail(QLatin1String("sla_seconds"), QStringLiteral("must be an object"));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        if (errorField)
            *errorField = r.errorField();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
