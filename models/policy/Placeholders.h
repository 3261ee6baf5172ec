// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "domain/User.h"

#include <QString>
#include <QStringList>

namespace Switchboard::Policy {

//! Fills {customer.first_name}, {customer.name}, {agent.name} and {agent.first_name} in a
//! canned response.
class Placeholders
{
public:
    //! The text with what could be filled in, and what could not.
    struct Expansion
    {
        QString text;
        //! Placeholders with a name nobody knows, left in the text as typed (e.g. "{order.id}").
        QStringList unknown;
        //! Known placeholders with nothing to put in (a customer without a name), left as typed
        //! so the agent sees the gap rather than a sentence with a hole in it.
        QStringList unresolved;
    };

    //! Every placeholder name expand() understands, with braces, for help texts.
    static QStringList known();
    //! Expands the placeholders of templateText for this customer and agent.
    static Expansion expand(
        const QString &templateText, const Domain::Customer &customer, const Domain::User &agent);
    //! The first word of a display name: "Ana" of "Ana María López".
    static QString firstName(const QString &name);
};

} // namespace Switchboard::Policy
