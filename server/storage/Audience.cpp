// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Audience.h"

namespace Switchboard::Hub {

Audience Audience::usersAndSupervisors(std::initializer_list<std::optional<Domain::Id>> ids)
{
    Audience out;
    for (const auto &id : ids) {
        if (id && !out.users.contains(*id))
            out.users.append(*id);
    }
    return out;
}

bool Audience::admits(Domain::Id userId, Domain::Role role) const
{
    return everyone || Domain::roleAtLeast(role, Domain::Role::Supervisor)
        || users.contains(userId);
}

QString Audience::encode() const
{
    if (everyone)
        return QStringLiteral("*");
    QString out = QStringLiteral(",");
    for (Domain::Id id : users)
        out += QString::number(id) + QLatin1Char(',');
    return out;
}

Audience Audience::decode(const QString &text)
{
    if (text == QLatin1String("*"))
        return all();
    Audience out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const Domain::Id id = part.toLongLong(&ok);
        if (ok)
            out.users.append(id);
    }
    return out;
}

} // namespace Switchboard::Hub
