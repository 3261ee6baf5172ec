// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! IBANs, compact or printed in groups: a known country, that country's length and a valid
//! mod-97 check.
class IbanDetector
{
public:
    //! Appends one finding per IBAN in text.
    static void find(const QString &text, QList<Finding> &out);
    //! The IBAN length of a country (ISO 3166 alpha-2, upper case); 0 when it has none.
    static int lengthFor(QStringView country);
};

} // namespace Switchboard::Policy
