// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Bench {

class Rng;

//! Names, subjects and message bodies in several languages, from fixed word lists: text that
//! tokenises like real traffic (diacritics, long and short words, order numbers) without
//! shipping any.
class TextGenerator
{
public:
    //! How many languages the lists cover.
    static int languageCount();
    //! The BCP 47 tag of a language, e.g. "de".
    static QString languageTag(int language);

    //! "Given Family" in the language's naming.
    static QString personName(int language, Rng &rng);
    //! A short subject line.
    static QString subject(int language, Rng &rng);
    //! A message body of minLength to maxLength characters, cut at a word.
    static QString body(int language, Rng &rng, int minLength, int maxLength);
    //! A word used in about one message in ten thousand, for the rare-word search.
    static QString rareWord() { return QStringLiteral("kaleidoscope"); }
    //! Lower-case ASCII for addresses and handles: "Jürgen Groß" -> "jurgen.gro".
    static QString asciiHandle(const QString &name);
};

} // namespace Switchboard::Bench
