// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsSegments.h"

namespace Switchboard::Policy {

namespace {

// GSM 03.38 default alphabet, in table order (0x00-0x7F); 0x1B (escape) is left out.
const char16_t BasicTable[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table reached through the escape: each costs two septets.
const char16_t ExtensionTable[] = u"\f^{}\\[~]|€";

} // namespace

int SmsSegments::gsmSeptets(QChar c)
{
    const char16_t u = c.unicode();
    for (const char16_t b : BasicTable) {
        if (b == u && b != 0)
            return 1;
    }
    for (const char16_t e : ExtensionTable) {
        if (e == u && e != 0)
            return 2;
    }
    return 0;
}

SmsSegments SmsSegments::count(QStringView text)
{
    SmsSegments result;
    if (text.isEmpty())
        return result;
    int septets = 0;
    for (const QChar c : text) {
        const int cost = gsmSeptets(c);
        if (cost == 0) {
            result.unicode = true;
            break;
        }
        septets += cost;
    }
    // The user data header of a concatenated message takes 6 bytes of each part's 140.
    const int single = result.unicode ? 70 : 160;
    const int perPart = result.unicode ? 67 : 153;
    result.units = result.unicode ? int(text.size()) : septets;
    result.segments = result.units <= single ? 1 : (result.units + perPart - 1) / perPart;
    return result;
}

} // namespace Switchboard::Policy
