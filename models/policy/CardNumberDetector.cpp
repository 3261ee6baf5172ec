// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumberDetector.h"

#include "policy/Checksums.h"
#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

namespace {

struct Group
{
    qsizetype start;
    qsizetype end;
};

// Network lengths by first digit: Amex/Diners/JCB (3), Visa (4), Mastercard and Maestro (5, 2),
// Discover and UnionPay (6). Other first digits are airline, fuel or bank-internal numbers.
bool plausibleCard(QStringView digits)
{
    const qsizetype n = digits.size();
    switch (digits.at(0).unicode()) {
    case u'2':
        return n == 16;
    case u'3':
        return n >= 14 && n <= 19;
    case u'4':
        return n == 13 || n == 16 || n == 19;
    case u'5':
    case u'6':
        return n >= 16 && n <= 19;
    default:
        return false;
    }
}

// An IBAN's head ("DE89 ") right before the run: the digits belong to the IBAN.
bool afterIbanHead(const QString &text, qsizetype start)
{
    qsizetype i = start - 1;
    if (i >= 0 && (text.at(i) == u' ' || text.at(i) == u'-'))
        --i;
    return i >= 3 && text.at(i).isDigit() && text.at(i - 1).isDigit() && text.at(i - 2).isLetter()
        && text.at(i - 3).isLetter();
}

} // namespace

void CardNumberDetector::find(const QString &text, QList<Finding> &out)
{
    // Runs of digits joined by single separators; each run is then split into its groups.
    static const QRegularExpression run = DetectorSupport::compile(
        QStringLiteral(R"((?<![\w+\-.])\d+(?:[ .\-\x{00A0}]\d+)+|(?<![\w+\-.])\d{13,19}(?!\w))"));
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype runStart = match.capturedStart();
        const qsizetype runEnd = match.capturedEnd();
        // A letter or another number glued to the end makes it a reference, not a card.
        if (runEnd < text.size() && DetectorSupport::isWordChar(text.at(runEnd)))
            continue;
        if (afterIbanHead(text, runStart))
            continue;
        QList<Group> groups;
        qsizetype i = runStart;
        while (i < runEnd) {
            qsizetype j = i;
            while (j < runEnd && text.at(j).isDigit())
                ++j;
            groups.append({i, j});
            i = j + 1;
        }
        // The whole run first, then ever shorter stretches of whole groups: a CVV or an
        // expiry typed after the number must not hide it.
        bool found = false;
        for (qsizetype count = groups.size(); count >= 1 && !found; --count) {
            for (qsizetype first = 0; first + count <= groups.size() && !found; ++first) {
                const qsizetype s = groups.at(first).start;
                const qsizetype e = groups.at(first + count - 1).end;
                const QString digits = Checksums::digitsOf(QStringView(text).sliced(s, e - s));
                if (digits.size() < 13 || digits.size() > 19 || !plausibleCard(digits)
                    || !Checksums::luhn(digits))
                    continue;
                out.append(DetectorSupport::finding(
                    FindingKind::CardNumber, s, e, QStringLiteral("payment card number")));
                found = true;
            }
        }
    }
}

} // namespace Switchboard::Policy
