// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Switchboard::Policy {

//! The weighted length of an X post, as twitter-text's parseTweet counts it with config v3.
//!
//! The text is NFC-normalised first. A URL counts 23 whatever its length. An emoji sequence
//! (ZWJ sequences, skin tones, flags, keycaps) counts 2. Every other code point counts 1 in
//! U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F and U+2032-U+2037, and 2 elsewhere, so
//! CJK text counts double.
class XTextLength
{
public:
    //! A URL found in the text: where it starts and how long it is, in UTF-16 code units.
    struct UrlRange
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const UrlRange &) const = default;
    };

    //! The weighted length the X API compares against 280.
    static int weightedLength(const QString &text);
    //! URLs twitter-text would extract (with or without a scheme), in already normalised text.
    static QList<UrlRange> urls(const QString &normalisedText);
    //! The weight of one code point outside URLs and emoji, in whole characters.
    static int codePointWeight(char32_t codePoint);
    //! True for a top-level domain twitter-text's lists contain (ASCII, lower or upper case).
    static bool isKnownTld(QStringView label);
};

} // namespace Switchboard::Policy
