// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Payment card numbers: 13 to 19 digits, grouped by spaces, dashes or dots or not at all,
//! with a card network's leading digits and a valid Luhn check digit.
class CardNumberDetector
{
public:
    //! Appends one finding per card number in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
