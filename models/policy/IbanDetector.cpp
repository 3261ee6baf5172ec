// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IbanDetector.h"

#include "policy/Checksums.h"
#include "policy/DetectorSupport.h"

#include <array>
#include <utility>

namespace Switchboard::Policy {

int IbanDetector::lengthFor(QStringView country)
{
    // SWIFT's IBAN registry.
    static constexpr auto lengths = std::to_array<std::pair<const char *, int>>({
        {"AD", 24},
        {"AE", 23},
        {"AL", 28},
        {"AT", 20},
        {"AZ", 28},
        {"BA", 20},
        {"BE", 16},
        {"BG", 22},
        {"BH", 22},
        {"BR", 29},
        {"BY", 28},
        {"CH", 21},
        {"CR", 22},
        {"CY", 28},
        {"CZ", 24},
        {"DE", 22},
        {"DK", 18},
        {"DO", 28},
        {"EE", 20},
        {"EG", 29},
        {"ES", 24},
        {"FI", 18},
        {"FO", 18},
        {"FR", 27},
        {"GB", 22},
        {"GE", 22},
        {"GI", 23},
        {"GL", 18},
        {"GR", 27},
        {"GT", 28},
        {"HR", 21},
        {"HU", 28},
        {"IE", 22},
        {"IL", 23},
        {"IQ", 23},
        {"IS", 26},
        {"IT", 27},
        {"JO", 30},
        {"KW", 30},
        {"KZ", 20},
        {"LB", 28},
        {"LC", 32},
        {"LI", 21},
        {"LT", 20},
        {"LU", 20},
        {"LV", 21},
        {"MC", 27},
        {"MD", 24},
        {"ME", 22},
        {"MK", 19},
        {"MR", 27},
        {"MT", 31},
        {"MU", 30},
        {"NL", 18},
        {"NO", 15},
        {"PK", 24},
        {"PL", 28},
        {"PS", 29},
        {"PT", 25},
        {"QA", 29},
        {"RO", 24},
        {"RS", 22},
        {"SA", 24},
        {"SC", 31},
        {"SE", 24},
        {"SI", 19},
        {"SK", 24},
        {"SM", 27},
        {"ST", 25},
        {"SV", 28},
        {"TL", 23},
        {"TN", 24},
        {"TR", 26},
        {"UA", 29},
        {"VA", 22},
        {"VG", 24},
        {"XK", 20},
    });
    for (const auto &[code, length] : lengths) {
        if (country == QLatin1String(code))
            return length;
    }
    return 0;
}

void IbanDetector::find(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression head
        = DetectorSupport::compile(QStringLiteral(R"((?<!\w)[a-z]{2}\d{2}(?=[ \-]?[a-z0-9]))"));
    auto it = head.globalMatch(text);
    qsizetype resumeAt = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        if (start < resumeAt)
            continue;
        const int length = lengthFor(text.mid(start, 2).toUpper());
        if (length == 0)
            continue;
        // Collect the account part: letters and digits, single spaces or dashes between groups.
        QString compact = text.mid(start, 4).toUpper();
        qsizetype i = match.capturedEnd();
        qsizetype end = i;
        while (i < text.size() && compact.size() < length) {
            const QChar c = text.at(i);
            if (c.isDigit() || (c.unicode() < 128 && c.isLetter())) {
                compact.append(c.toUpper());
                end = ++i;
            } else if ((c == u' ' || c == u'-' || c == QChar(0x00A0)) && i + 1 < text.size()
                && text.at(i + 1).isLetterOrNumber() && i > 0 && text.at(i - 1) != c) {
                ++i;
            } else {
                break;
            }
        }
        if (compact.size() != length)
            continue;
        if (end < text.size() && DetectorSupport::isWordChar(text.at(end)))
            continue;
        if (!Checksums::ibanMod97(compact))
            continue;
        out.append(DetectorSupport::finding(FindingKind::Iban, start, end, QStringLiteral("IBAN")));
        resumeAt = end;
    }
}

} // namespace Switchboard::Policy
