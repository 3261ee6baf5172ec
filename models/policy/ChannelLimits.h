// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace Switchboard::Policy {

//! How a channel measures the length of a reply.
enum class LengthUnit {
    //! No text replies at all (calls).
    NoText,
    //! No limit worth enforcing (email).
    Unlimited,
    //! Unicode code points, so an emoji made of one code point counts once.
    Characters,
    //! X's weighted characters (twitter-text v3: CJK and emoji count double, URLs 23).
    WeightedCharacters,
};

//! A reply's length measured the way its channel measures it.
struct LengthCheck
{
    //! The length in the channel's unit.
    int used = 0;
    //! The channel's maximum; 0 when there is none.
    int limit = 0;
    //! True when the text is longer than the channel accepts.
    bool over = false;
    //! SMS only: how many segments the carrier bills; 0 elsewhere.
    int smsSegments = 0;
    //! SMS only: true when the text needs UCS-2 rather than the GSM 7-bit alphabet.
    bool smsUnicode = false;
};

//! The reply length rules of every channel, shared by the desktop (live counter) and the hub.
class ChannelLimits
{
public:
    //! The channel's maximum reply length in its own unit; 0 when unlimited or text is refused.
    static int maximum(Domain::ChannelKind channel);
    //! How the channel counts.
    static LengthUnit unit(Domain::ChannelKind channel);
    //! False for channels that take no written reply at all.
    static bool acceptsText(Domain::ChannelKind channel);
    //! Measures text against the channel's rules.
    static LengthCheck check(Domain::ChannelKind channel, const QString &text);
    //! Unicode code points in text (a surrogate pair is one).
    static int codePoints(QStringView text);
};

//! Shorthand for ChannelLimits::check.
inline LengthCheck checkLength(Domain::ChannelKind channel, const QString &text)
{
    return ChannelLimits::check(channel, text);
}

} // namespace Switchboard::Policy
