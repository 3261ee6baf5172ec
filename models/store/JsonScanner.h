// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Switchboard::Store {

//! Walks JSON text without building anything: finds where values begin and end, and checks the
//! syntax on the way, stricter than QJsonDocument (strings must be valid UTF-8 with no raw
//! control characters; numbers follow the JSON grammar). Whatever it passes, QJsonDocument
//! parses; anything else stops it (ok() turns false) and the caller falls back to QJsonDocument.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text);

    bool ok() const { return m_ok; }
    //! Only whitespace is left.
    bool atEnd();
    //! Takes c after any whitespace, if it is next.
    bool take(char c);
    bool peek(char c);

    //! A string's raw text between its quotes (escapes left as they are); null on failure.
    QByteArrayView string();
    //! Skips one value (checking it) and returns its text; null on failure.
    QByteArrayView value();
    //! Skips one value by its structure alone and returns its text; null where the structure
    //! is broken (an unclosed string or container, a closing bracket where a value should be).
    //! Nothing inside is checked (not the UTF-8 of its strings, their escapes, its numbers or
    //! which bracket closes which): for text that whoever uses it reads and checks again, at a
    //! fraction of value()'s cost.
    QByteArrayView skip();

    //! Fails the scan; returns a null view for convenience.
    QByteArrayView fail();

private:
    void space();
    bool container(int depth);
    bool number();
    bool literal(QByteArrayView word);
    //! Past the string whose opening quote m_p is at; false if it is not closed.
    bool skipString();

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

//! Calls member(key, scanner) for each member of the object at the scanner; the callback
//! consumes the value and may return false to stop. False when the text is not an object, a key
//! is escaped (it could spell a name these bytes do not show), or a callback stopped.
template <typename Member> bool forEachMember(JsonScanner &scan, Member member)
{
    if (!scan.take('{'))
        return false;
    if (scan.take('}'))
        return true;
    do {
        const QByteArrayView key = scan.string();
        if (!scan.ok() || key.contains('\\') || !scan.take(':') || !member(key, scan) || !scan.ok())
            return false;
    } while (scan.take(','));
    return scan.take('}');
}

//! Calls element(scanner) for each element of the array at the scanner, likewise.
template <typename Element> bool forEachElement(JsonScanner &scan, Element element)
{
    if (!scan.take('['))
        return false;
    if (scan.take(']'))
        return true;
    do {
        if (!element(scan) || !scan.ok())
            return false;
    } while (scan.take(','));
    return scan.take(']');
}

} // namespace Switchboard::Store
