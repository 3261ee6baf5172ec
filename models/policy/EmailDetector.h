// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Email addresses. Which of them are the brand's own is the policy's to decide.
class EmailDetector
{
public:
    //! Appends one finding per address in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
