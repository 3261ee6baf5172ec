// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QJsonArray>
#include <QList>

namespace Switchboard::Domain {

//! Ids as the JSON array the wire protocol carries them in (JsonReader::idList reads it back).
inline QJsonArray idsToJson(const QList<Id> &ids)
{
    QJsonArray out;
    for (const Id id : ids)
        out.append(id);
    return out;
}

} // namespace Switchboard::Domain
