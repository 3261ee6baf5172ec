// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

#include "domain/Utf8.h"

#include <cctype>
#include <cstring>

namespace Switchboard::Store {

namespace {

// Deeper nesting than any record of ours; QJsonDocument's own limit is higher.
constexpr int MaxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether any of eight bytes needs a closer look inside a string: a quote, a backslash, a
// control character or a byte of a multi-byte sequence. Most of a message is plain text, and
// this checks it a word at a time.
bool special(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 high = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 x) { return ((x - ones) & ~x & high) != 0; };
    if (word & high)
        return true;
    // With no high bit set, a byte below 0x20 borrows into its own high bit.
    return ((word - ones * 0x20) & ~word & high) != 0 || hasZero(word ^ (ones * '"'))
        || hasZero(word ^ (ones * '\\'));
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_p(text.data())
    , m_end(text.data() + text.size())
{
}

bool JsonScanner::atEnd()
{
    space();
    return m_p >= m_end;
}

bool JsonScanner::take(char c)
{
    space();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return false;
}

bool JsonScanner::peek(char c)
{
    space();
    return m_p < m_end && *m_p == c;
}

QByteArrayView JsonScanner::string()
{
    if (!take('"'))
        return fail();
    const char *start = m_p;
    while (m_p < m_end) {
        while (m_end - m_p >= 8) {
            quint64 word;
            std::memcpy(&word, m_p, 8);
            if (special(word))
                break;
            m_p += 8;
        }
        if (m_p >= m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return QByteArrayView(start, m_p - 1 - start);
        }
        if (c < 0x20)
            return fail();
        if (c == '\\') {
            if (m_end - m_p < 2)
                return fail();
            const char e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6)
                    return fail();
                for (int i = 2; i < 6; ++i) {
                    if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                        return fail();
                }
                m_p += 6;
            } else if (QByteArrayView("\"\\/bfnrt").contains(e)) {
                m_p += 2;
            } else {
                return fail();
            }
            continue;
        }
        const int length = Domain::Utf8::sequenceLength(
            reinterpret_cast<const unsigned char *>(m_p), m_end - m_p);
        if (length == 0)
            return fail();
        m_p += length;
    }
    return fail();
}

QByteArrayView JsonScanner::value()
{
    space();
    const char *start = m_p;
    if (m_p >= m_end)
        return fail();
    bool good = false;
    switch (*m_p) {
    case '"':
        good = !string().isNull();
        break;
    case '{':
    case '[':
        good = container(0);
        break;
    case 't':
        good = literal("true");
        break;
    case 'f':
        good = literal("false");
        break;
    case 'n':
        good = literal("null");
        break;
    default:
        good = number();
    }
    return good && m_ok ? QByteArrayView(start, m_p - start) : fail();
}

QByteArrayView JsonScanner::skip()
{
    space();
    const char *start = m_p;
    int depth = 0;
    do {
        if (m_p >= m_end)
            return fail();
        switch (*m_p) {
        case '"':
            if (!skipString())
                return fail();
            break;
        case '{':
        case '[':
            ++depth;
            ++m_p;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return fail();
            --depth;
            ++m_p;
            break;
        default:
            if (depth > 0) {
                ++m_p;
                break;
            }
            // A number or literal: up to what ends it.
            while (m_p < m_end && !QByteArrayView(",:]} \n\r\t").contains(*m_p))
                ++m_p;
            if (m_p == start)
                return fail();
        }
    } while (depth > 0);
    return QByteArrayView(start, m_p - start);
}

bool JsonScanner::skipString()
{
    const char *from = m_p + 1;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(from, '"', m_end - from));
        if (!quote)
            return false;
        // Escaped when an odd run of backslashes comes right before it.
        const char *run = quote;
        while (run > from && run[-1] == '\\')
            --run;
        if ((quote - run) % 2 == 0) {
            m_p = quote + 1;
            return true;
        }
        from = quote + 1;
    }
}

QByteArrayView JsonScanner::fail()
{
    m_ok = false;
    m_p = m_end;
    return {};
}

void JsonScanner::space()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonScanner::container(int depth)
{
    if (depth > MaxDepth)
        return false;
    const auto nested = [&](JsonScanner &s) {
        if (s.peek('{') || s.peek('['))
            return s.container(depth + 1);
        return !s.value().isNull();
    };
    if (peek('{'))
        return forEachMember(*this, [&](QByteArrayView, JsonScanner &s) { return nested(s); });
    return forEachElement(*this, nested);
}

// The JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool JsonScanner::number()
{
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return false;
    if (*m_p++ != '0') {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        if (++m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    return true;
}

bool JsonScanner::literal(QByteArrayView word)
{
    if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
        return false;
    m_p += word.size();
    return true;
}

} // namespace Switchboard::Store
