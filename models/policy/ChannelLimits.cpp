// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelLimits.h"

#include "SmsSegments.h"
#include "XTextLength.h"

namespace Switchboard::Policy {

using Domain::ChannelKind;

int ChannelLimits::maximum(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::XPost:
        // twitter-text config v3 (config/v3.json): maxWeightedTweetLength 280.
        return 280;
    case ChannelKind::XDm:
        // X API v2 direct messages: "text" up to 10,000 characters.
        return 10000;
    case ChannelKind::Sms:
        // Twilio Messaging: a message body may hold up to 1,600 characters (sent as segments).
        return 1600;
    case ChannelKind::WhatsApp:
        // WhatsApp Cloud API text messages: body up to 4,096 characters.
        return 4096;
    case ChannelKind::Messenger:
        // Messenger Send API: text messages up to 2,000 characters.
        return 2000;
    case ChannelKind::InstagramDm:
        // Instagram Messaging API: text up to 1,000 characters (UTF-8 bytes per Meta; we count
        // characters and let the hub's connector report the rare multi-byte overflow).
        return 1000;
    case ChannelKind::FacebookComment:
        // Facebook Graph API comments: message up to 8,000 characters.
        return 8000;
    case ChannelKind::InstagramComment:
        // Instagram Graph API comments: up to 2,200 characters (the caption limit).
        return 2200;
    case ChannelKind::Email:
    case ChannelKind::Voice:
        return 0;
    }
    return 0;
}

LengthUnit ChannelLimits::unit(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Voice:
        return LengthUnit::NoText;
    case ChannelKind::Email:
        return LengthUnit::Unlimited;
    case ChannelKind::XPost:
        return LengthUnit::WeightedCharacters;
    case ChannelKind::XDm:
    case ChannelKind::Sms:
    case ChannelKind::WhatsApp:
    case ChannelKind::Messenger:
    case ChannelKind::InstagramDm:
    case ChannelKind::FacebookComment:
    case ChannelKind::InstagramComment:
        return LengthUnit::Characters;
    }
    return LengthUnit::Characters;
}

bool ChannelLimits::acceptsText(ChannelKind channel)
{
    return unit(channel) != LengthUnit::NoText;
}

int ChannelLimits::codePoints(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

LengthCheck ChannelLimits::check(ChannelKind channel, const QString &text)
{
    LengthCheck result;
    result.limit = maximum(channel);
    switch (unit(channel)) {
    case LengthUnit::NoText:
        result.used = codePoints(text);
        // Any text at all is too much for a channel that cannot carry it.
        result.over = result.used > 0;
        return result;
    case LengthUnit::WeightedCharacters:
        result.used = XTextLength::weightedLength(text);
        break;
    case LengthUnit::Unlimited:
    case LengthUnit::Characters:
        result.used = codePoints(text);
        break;
    }
    result.over = result.limit > 0 && result.used > result.limit;
    if (channel == ChannelKind::Sms) {
        const SmsSegments segments = SmsSegments::count(text);
        result.smsSegments = segments.segments;
        result.smsUnicode = segments.unicode;
    }
    return result;
}

} // namespace Switchboard::Policy
