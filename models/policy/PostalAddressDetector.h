// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Postal addresses: a street with its house number as written in English ("42 Elm Road"),
//! German ("Hauptstraße 12"), French ("12 rue de la Paix") or Spanish ("Calle Mayor 5"),
//! together with the town and postcode that follow it. A postcode or a street name alone is
//! not reported. Which of them is the brand's own is the policy's to decide.
class PostalAddressDetector
{
public:
    //! Appends one finding per address in text, from the street to the postcode.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
