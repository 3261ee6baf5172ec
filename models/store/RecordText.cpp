// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordText.h"

#include <cstring>

namespace Switchboard::Store {

namespace {

// A skipper over JSON text, not a parser: it finds where values begin and end and trusts that
// the text is valid JSON (the caller's parser decides that). Any surprise stops it.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd()
    {
        space();
        return m_p >= m_end;
    }

    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }

    //! A string's raw text between its quotes (escapes left as they are).
    QByteArrayView string()
    {
        if (!take('"'))
            return fail();
        const char *start = m_p;
        for (;;) {
            const void *hit = std::memchr(m_p, '"', size_t(m_end - m_p));
            if (!hit)
                return fail();
            const char *quote = static_cast<const char *>(hit);
            // A quote preceded by an odd number of backslashes is escaped.
            const char *back = quote;
            while (back > start && back[-1] == '\\')
                --back;
            m_p = quote + 1;
            if ((quote - back) % 2 == 0)
                return QByteArrayView(start, quote - start);
        }
    }

    //! Skips one value and returns its text.
    QByteArrayView value()
    {
        space();
        const char *start = m_p;
        if (m_p >= m_end)
            return fail();
        if (*m_p == '"') {
            string();
        } else if (*m_p == '{' || *m_p == '[') {
            container();
        } else {
            while (m_p < m_end && !std::strchr(",]} \t\r\n", *m_p))
                ++m_p;
        }
        return m_ok ? QByteArrayView(start, m_p - start) : fail();
    }

private:
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // Brackets inside strings do not count; strings are skipped whole.
    void container()
    {
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                if (string().isNull())
                    return;
                continue;
            }
            ++m_p;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return;
            }
        }
        fail();
    }
    QByteArrayView fail()
    {
        m_ok = false;
        m_p = m_end;
        return {};
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

// Calls member(key, scanner) for each member of the object at the scanner; the callback must
// consume the value. False when the text is not an object.
template <typename Member> bool members(Scanner &scan, Member member)
{
    if (!scan.take('{'))
        return false;
    if (scan.take('}'))
        return true;
    do {
        const QByteArrayView key = scan.string();
        // An escaped key could spell a name the parser reads differently from these bytes.
        if (!scan.ok() || key.contains('\\') || !scan.take(':') || !member(key, scan)
            || !scan.ok())
            return false;
    } while (scan.take(','));
    return scan.take('}');
}

template <typename Element> bool elements(Scanner &scan, Element element)
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

} // namespace

QList<QByteArrayView> RecordText::arrayElements(QByteArrayView object, QByteArrayView key)
{
    QList<QByteArrayView> out;
    bool seen = false;
    Scanner scan(object);
    const bool ok = members(scan, [&](QByteArrayView name, Scanner &s) {
        if (name != key) {
            s.value();
            return true;
        }
        if (seen)
            return false;
        seen = true;
        return elements(s, [&](Scanner &e) {
            out << e.value();
            return true;
        });
    });
    if (!ok || !scan.atEnd())
        return {};
    return out;
}

QList<QByteArrayView> RecordText::timelineMessages(QByteArrayView timeline)
{
    QList<QByteArrayView> out;
    for (const QByteArrayView item : arrayElements(timeline, "items")) {
        QByteArrayView message;
        bool seen = false;
        Scanner scan(item);
        const bool ok = members(scan, [&](QByteArrayView name, Scanner &s) {
            if (name != "message") {
                s.value();
                return true;
            }
            if (seen)
                return false;
            seen = true;
            message = s.value();
            return true;
        });
        if (!ok)
            return {};
        out << message;
    }
    return out;
}

} // namespace Switchboard::Store
