// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Domestic bank account numbers given with their sort or routing code: a UK sort code, a US
//! routing number, a German BLZ, French bank and branch codes or a whole RIB (key checked), a
//! Spanish CCC (control digits checked). An account number on its own is not reported.
class BankAccountDetector
{
public:
    //! Appends one finding per account, spanning its code and its number.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
