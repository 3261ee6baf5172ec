// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! US Social Security numbers and UK National Insurance numbers.
//! An SSN printed as 123-45-6789 stands on its own (with the SSA's rules on area, group and
//! serial); spaced or run together it needs the words "SSN" or "social security" just before.
//! A NINO needs HMRC's prefix letters unless "National Insurance" or "NI number" precedes it.
class NationalIdDetector
{
public:
    //! Appends one finding per number in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
