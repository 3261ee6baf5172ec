// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace Switchboard::Ui {

//! The composer's words for what the reply policy found: the policy's own messages are English
//! for logs; these are translated and say what to do.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    //! "Card number — never send card numbers"; a custom rule shows its name.
    static QString reason(const Policy::Finding &finding);
    //! The reason for a finding kind alone (e.g. from the hub's audit log); a custom rule shows
    //! its id.
    static QString reason(const QString &kind, const QString &ruleName = {});
};

} // namespace Switchboard::Ui
