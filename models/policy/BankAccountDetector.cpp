// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankAccountDetector.h"

#include "policy/Checksums.h"
#include "policy/DetectorSupport.h"

#include <algorithm>

namespace Switchboard::Policy {

namespace {

enum class Part { Code, SortCode, Account, BareNumber };

struct Piece
{
    Part part;
    qsizetype start;
    qsizetype end;
};

// How far apart a code and its account number may stand ("sort code 20-00-00, account number
// 55779911" has 17 characters between them).
constexpr qsizetype MaxGap = 40;

void structured(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression rib = DetectorSupport::compile(
        QStringLiteral(R"((?<![\w\-])(\d{5}) ?(\d{5}) ?([0-9a-z]{11}) ?(\d{2})(?![\w\-]))"));
    static const QRegularExpression ccc = DetectorSupport::compile(
        QStringLiteral(R"((?<![\w\-])(\d{4})([ \-]?)(\d{4})\2(\d{2})\2(\d{10})(?![\w\-]))"));
    for (auto it = rib.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (Checksums::ribKey(
                m.capturedView(1), m.capturedView(2), m.capturedView(3), m.capturedView(4)))
            out.append(DetectorSupport::finding(FindingKind::BankAccount, m.capturedStart(),
                m.capturedEnd(), QStringLiteral("bank account number (RIB)")));
    }
    for (auto it = ccc.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (Checksums::spanishCcc(
                m.capturedView(1), m.capturedView(3), m.capturedView(4), m.capturedView(5)))
            out.append(DetectorSupport::finding(FindingKind::BankAccount, m.capturedStart(),
                m.capturedEnd(), QStringLiteral("bank account number (CCC)")));
    }
}

} // namespace

void BankAccountDetector::find(const QString &text, QList<Finding> &out)
{
    const qsizetype before = out.size();
    structured(text, out);

    static const QRegularExpression sortCode
        = DetectorSupport::compile(QStringLiteral(R"((?<![\w\-])\d{2}-\d{2}-\d{2}(?![\w\-]))"));
    static const QRegularExpression code = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:sort[ \-]?code|routing(?:\s+(?:number|no\.?|code))?|ABA|RTN|BLZ|Bankleitzahl|)"
        R"(code\s+banque|code\s+guichet|c[óo]digo\s+de\s+entidad|entidad|oficina|sucursal))"
        R"(\s*(?:is|:|n°|nº|#)?\s*(\d[\d \-]{2,12}\d)(?![\w]))"));
    static const QRegularExpression account = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:account(?:\s+(?:number|no\.?|#))?|acc(?:t|\.)?(?:\s*no\.?)?|Kontonummer|)"
        R"(Konto(?:-?Nr\.?)?|Kto\.?(?:-?Nr\.?)?|(?:num[ée]ro\s+de\s+)?compte|)"
        R"((?:n[úu]mero\s+de\s+)?cuenta))"
        R"(\s*(?:is|ist|est|es|:|n°|nº|#)?\s*(\d[\d \-]{4,20}\d|(?-i:\d[0-9A-Z]{6,14}\d))(?!\w))"));
    static const QRegularExpression bare
        = DetectorSupport::compile(QStringLiteral(R"((?<![\w\-])\d{8}(?![\w\-]))"));

    QList<Piece> pieces;
    auto collect = [&](const QRegularExpression &re, Part part, int group) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            pieces.append({part, m.capturedStart(group), m.capturedEnd(group)});
        }
    };
    collect(sortCode, Part::SortCode, 0);
    collect(code, Part::Code, 1);
    collect(account, Part::Account, 1);
    collect(bare, Part::BareNumber, 0);
    if (pieces.isEmpty())
        return;
    std::sort(pieces.begin(), pieces.end(),
        [](const Piece &a, const Piece &b) { return a.start < b.start; });

    // Neighbouring pieces form one cluster; a cluster with a code and a number is an account.
    auto close = [&](qsizetype first, qsizetype last) {
        bool hasCode = false;
        bool hasSortCode = false;
        bool hasAccount = false;
        bool hasBare = false;
        qsizetype start = pieces.at(first).start;
        qsizetype end = pieces.at(first).end;
        for (qsizetype i = first; i <= last; ++i) {
            const Piece &p = pieces.at(i);
            hasCode = hasCode || p.part == Part::Code;
            hasSortCode = hasSortCode || p.part == Part::SortCode;
            hasAccount = hasAccount || p.part == Part::Account;
            hasBare = hasBare || p.part == Part::BareNumber;
            start = qMin(start, p.start);
            end = qMax(end, p.end);
        }
        if (!((hasCode || hasSortCode) && (hasAccount || (hasSortCode && hasBare))))
            return;
        for (qsizetype i = before; i < out.size(); ++i) {
            if (out.at(i).start < end && start < out.at(i).end)
                return;
        }
        out.append(DetectorSupport::finding(FindingKind::BankAccount, start, end,
            QStringLiteral("bank account number with sort or routing code")));
    };
    qsizetype first = 0;
    qsizetype reach = pieces.at(0).end;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (pieces.at(i).start - reach > MaxGap) {
            close(first, i - 1);
            first = i;
        }
        reach = qMax(reach, pieces.at(i).end);
    }
    close(first, pieces.size() - 1);
}

} // namespace Switchboard::Policy
