// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Switchboard::Domain::Utf8 {

//! The length of the UTF-8 sequence that starts at p (at most n bytes, n > 0), or 0 when it is
//! not valid UTF-8: overlong forms, surrogates and code points above U+10FFFF are refused, as
//! Unicode and QJsonDocument refuse them. For the hub and desktop code that handles JSON text
//! without QString (the first sync's timelines).
inline int sequenceLength(const unsigned char *p, qsizetype n)
{
    const auto cont = [&](int i, unsigned char low = 0x80, unsigned char high = 0xbf) {
        return i < n && p[i] >= low && p[i] <= high;
    };
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        const unsigned char low = c == 0xe0 ? 0xa0 : 0x80;
        const unsigned char high = c == 0xed ? 0x9f : 0xbf;
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const unsigned char low = c == 0xf0 ? 0x90 : 0x80;
        const unsigned char high = c == 0xf4 ? 0x8f : 0xbf;
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

} // namespace Switchboard::Domain::Utf8
