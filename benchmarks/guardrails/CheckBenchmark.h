// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/ReplyPolicy.h"

#include <QList>
#include <QString>

namespace Switchboard::Policy {

//! Times ReplyPolicy::check on realistic 1,000-character replies, as the composer runs it on
//! every keystroke.
class CheckBenchmark
{
public:
    //! One reply and what its checks took.
    struct Variant
    {
        QString name;
        Domain::ChannelKind channel;
        QString text;
        int findings = 0;
        double medianMicroseconds = 0;
        double p99Microseconds = 0;
    };

    //! The replies: plain, with contact details, with a card number, with bank details, on public
    //! and private channels; each exactly 1,000 characters.
    static QList<Variant> variants();
    //! Checks each variant runs times (after a warm-up) and fills in its timings.
    static void run(const ReplyPolicy &policy, QList<Variant> &variants, int runs);
};

} // namespace Switchboard::Policy
