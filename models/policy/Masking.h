// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Policy {

//! What internal notes and every log store instead of a card number.
class Masking
{
public:
    //! Replaces every digit of each card number in text but its first 6 and last 4 with '*',
    //! keeping the grouping: "4111 1111 1111 1111" becomes "4111 11** **** 1111".
    static QString maskCardNumbers(const QString &text);
    //! Makes every log message of this process pass through maskCardNumbers() before the
    //! handler that was installed before (Qt's own by default) writes it.
    static void installLogFilter();
};

} // namespace Switchboard::Policy
