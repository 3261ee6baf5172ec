// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Health and medical details about the customer: conditions, treatments and pregnancy named
//! in English, German, French or Spanish in a sentence that addresses the customer ("your",
//! "Sie", "votre", "tu" …). A sale for cancer research or a router's "diagnosis" is not one.
class HealthDetector
{
public:
    //! Appends one finding per medical term in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
