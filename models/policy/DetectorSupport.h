// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QRegularExpression>
#include <QString>

namespace Switchboard::Policy {

//! What the detectors share: how their patterns are compiled and how context is looked up.
//! The hub checks from several threads, so detectors keep their patterns in function-local
//! statics (initialised once, thread-safe) and never hold state between calls.
class DetectorSupport
{
public:
    //! A pattern with Unicode \w and \b (so "é" and "ß" are letters), optionally case-blind,
    //! compiled now rather than on the first keystroke.
    static QRegularExpression compile(const QString &pattern, bool caseInsensitive = true);
    //! True when re matches somewhere that starts in [from, to) of text.
    static bool matchesWithin(
        const QRegularExpression &re, const QString &text, qsizetype from, qsizetype to);
    //! A finding with the kind, span and message; the severity is the policy's to set.
    static Finding finding(
        QLatin1StringView kind, qsizetype start, qsizetype end, const QString &message);
    //! True for letters and digits in any script.
    static bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }
};

} // namespace Switchboard::Policy
