// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "User.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard::Domain {

QJsonObject Presence::toJson() const
{
    return {{QLatin1String("state"), toWire(state)}, {QLatin1String("reason"), reason},
        {QLatin1String("since"), WireTime::toJson(since)}};
}

QJsonObject User::toJson() const
{
    QJsonObject caps;
    for (auto it = capacity.cbegin(); it != capacity.cend(); ++it)
        caps.insert(toWire(it.key()), it.value());
    return {{QLatin1String("id"), id}, {QLatin1String("username"), username},
        {QLatin1String("name"), name}, {QLatin1String("role"), toWire(role)},
        {QLatin1String("skills"), QJsonArray::fromStringList(skills)},
        {QLatin1String("languages"), QJsonArray::fromStringList(languages)},
        {QLatin1String("capacity"), caps}, {QLatin1String("presence"), presence.toJson()},
        {QLatin1String("active"), active}, {QLatin1String("voice_address"), voiceAddress}};
}

bool User::voiceAddressValid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(sips?:[A-Za-z0-9._~+%!$&'()*,;=-]+@[A-Za-z0-9.-]+(:[0-9]{1,5})?(;[A-Za-z0-9=._-]+)*"
        "|client:[A-Za-z0-9._-]{1,121}"
        "|\\+[1-9][0-9]{6,14})$"));
    return pattern.match(text).hasMatch();
}

std::optional<User> User::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    User out;
    out.id = r.requiredId(QLatin1String("id"));
    out.username = r.optionalString(QLatin1String("username"));
    out.name = r.requiredString(QLatin1String("name"));
    out.role = r.requiredEnum(QLatin1String("role"), Role::Agent);
    out.skills = r.stringList(QLatin1String("skills"));
    out.languages = r.stringList(QLatin1String("languages"));
    out.active = r.optionalBool(QLatin1String("active"), true);
    out.voiceAddress = r.optionalString(QLatin1String("voice_address"));
    const QJsonObject caps = r.object(QLatin1String("capacity"));
    JsonReader p(r.object(QLatin1String("presence")));
    out.presence.state = p.optionalEnum(QLatin1String("state"), PresenceState::Offline);
    out.presence.reason = p.optionalString(QLatin1String("reason"));
    out.presence.since = p.optionalTime(QLatin1String("since"));
    if (!p.ok())
        r.fail(QLatin1String("presence"), p.error());
    for (auto it = caps.begin(); it != caps.end() && r.ok(); ++it) {
        const auto channel = fromWire<ChannelKind>(it.key());
        if (!channel || !it.value().isDouble() || it.value().toDouble() < 0)
            r.fail(QLatin1String("capacity"),
                QStringLiteral("must map channel kinds to non-negative numbers"));
        else
            out.capacity.insert(*channel, it.value().toInt());
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
