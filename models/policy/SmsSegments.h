// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Policy {

//! How an SMS body is split for the carrier (3GPP TS 23.038 alphabets, TS 23.040 concatenation).
struct SmsSegments
{
    //! Segments billed; 0 for an empty body.
    int segments = 0;
    //! True when a character outside the GSM 7-bit alphabet forces UCS-2 for the whole message.
    bool unicode = false;
    //! Septets (GSM-7) or UTF-16 code units (UCS-2) the body takes.
    int units = 0;

    //! Counts segments: GSM-7 holds 160 septets alone or 153 per part, UCS-2 70 or 67.
    static SmsSegments count(QStringView text);
    //! Septets a character takes in GSM-7: 1 in the basic table, 2 through the escape table, 0
    //! when it has no GSM-7 encoding.
    static int gsmSeptets(QChar c);
};

} // namespace Switchboard::Policy
