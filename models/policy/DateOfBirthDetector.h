// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Dates of birth: a full date (numeric, or written out in English, German, French or Spanish)
//! with "date of birth", "born on", "Geburtsdatum", "née le", "fecha de nacimiento" and the
//! like just before or just after it. Other dates (deliveries, contracts) are not reported.
class DateOfBirthDetector
{
public:
    //! Appends one finding per date of birth in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
