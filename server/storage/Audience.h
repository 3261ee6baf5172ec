// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QList>
#include <QString>

namespace Switchboard::Hub {

//! Who may receive an event. Supervisors and admins receive every event; agents receive those
//! addressed to everyone and those naming them.
struct Audience
{
    bool everyone = false;
    QList<Domain::Id> users;

    static Audience all() { return {true, {}}; }
    //! The listed users (and supervisors); ids that are nullopt are skipped.
    static Audience usersAndSupervisors(std::initializer_list<std::optional<Domain::Id>> ids);

    bool admits(Domain::Id userId, Domain::Role role) const;

    //! Stored form: "*" for everyone, otherwise ",3,7," (empty list: ",").
    QString encode() const;
    static Audience decode(const QString &text);
};

} // namespace Switchboard::Hub
