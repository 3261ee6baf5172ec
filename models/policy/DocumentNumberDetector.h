// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QList>

namespace Switchboard::Policy {

//! Passport and driving-licence numbers. Their formats differ by country and look like any
//! reference, so a number counts only right after the document's name (in English, German,
//! French or Spanish); the UK licence number's own 16-character layout counts anywhere.
class DocumentNumberDetector
{
public:
    //! Appends one finding per document number in text.
    static void find(const QString &text, QList<Finding> &out);
};

} // namespace Switchboard::Policy
