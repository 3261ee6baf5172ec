// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <optional>

namespace Switchboard::Store {

//! Finds records inside the text of a hub answer, so the cache can keep the hub's own JSON text
//! instead of encoding the parsed record again (a seventh of the first sync's processor time).
//! It only locates text: the caller parses and checks the same answer with the codecs, and
//! stores a slice only for a record they accepted.
class RecordText
{
public:
    //! The text of each element of a timeline object's "items" array, and within it the value of
    //! its "message" key: one entry per element, empty for an element without one (a call).
    //! Empty when the text is not such an object or repeats a key the slices depend on; the
    //! caller then encodes the records itself.
    static QList<QByteArrayView> timelineMessages(QByteArrayView timeline);
    //! How much of the text arrayElements() checks.
    enum class Check {
        //! All of it, as JsonScanner::value() does.
        Whole,
        //! The object's structure and keys only (JsonScanner::skip()): for a caller that reads
        //! and checks each element's text again, and does not use the other members.
        Structure,
    };
    //! The text of each element of the array under `key` in a top-level object (none when the
    //! object lacks the key); nullopt unless the text passes the checks asked for and the key
    //! appears at most once.
    static std::optional<QList<QByteArrayView>> arrayElements(
        QByteArrayView object, QByteArrayView key, Check check = Check::Whole);
};

} // namespace Switchboard::Store
