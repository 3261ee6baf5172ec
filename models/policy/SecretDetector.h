// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Passwords, PINs, one-time codes and security answers being given out, worded in English,
//! German, French or Spanish: "your temporary password is …", "Ihr Code lautet …",
//! "… is your login code", "use … as your PIN". Talking about them ("we never ask for your
//! password", "enter the code we sent") and promotion, error or postal codes are not findings.
class SecretDetector
{
public:
    //! Appends one finding per secret value in text; the span is the value alone.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
