// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Phone numbers: international (+ and a real country calling code, 8 to 15 digits), national
//! with a trunk 0 (9 to 12 digits), North American (NXX NXX XXXX) and Spanish (nine digits
//! from 6, 7, 8 or 9, grouped). Numbers labelled as orders, invoices, tracking or references
//! are not phone numbers. Which of them are the brand's own is the policy's to decide.
class PhoneDetector
{
public:
    //! Appends one finding per phone number in text.
    static void find(const QString &text, QList<Finding> &out);
    //! True when digits start with an ITU-T E.164 country calling code.
    static bool validCountryCode(QStringView digits);
};

} // namespace Switchboard::Policy
