// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Policy {

//! The check digits that tell a real account or card number from a look-alike.
class Checksums
{
public:
    //! Luhn (ISO/IEC 7812) over a string of ASCII digits.
    static bool luhn(QStringView digits);
    //! ISO 13616 mod-97 over a compact, upper-case IBAN.
    static bool ibanMod97(QStringView iban);
    //! The ABA routing number's 3-7-1 weighted check over nine digits.
    static bool abaRouting(QStringView digits);
    //! The French RIB key: bank (5 digits), branch (5), account (11, letters allowed), key (2).
    static bool ribKey(QStringView bank, QStringView branch, QStringView account, QStringView key);
    //! The Spanish CCC's two control digits: entity (4), office (4), control (2), account (10).
    static bool spanishCcc(
        QStringView entity, QStringView office, QStringView control, QStringView account);
    //! Only the ASCII digits of text.
    static QString digitsOf(QStringView text);
};

} // namespace Switchboard::Policy
