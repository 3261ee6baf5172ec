// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateOfBirthDetector.h"

#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

namespace {

// Room for "DOB " or "you were born on " before, " as your date of birth" after.
constexpr qsizetype WindowBefore = 40;
constexpr qsizetype WindowAfter = 30;

} // namespace

void DateOfBirthDetector::find(const QString &text, QList<Finding> &out)
{
    static const QString monthsEn = QStringLiteral(
        R"((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|)"
        R"(sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)");
    static const QString monthsDe = QStringLiteral(
        R"((?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|)"
        R"(november|dezember))");
    static const QString monthsFr = QStringLiteral(
        R"((?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|)"
        R"(décembre))");
    static const QString monthsEs = QStringLiteral(
        R"((?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|)"
        R"(noviembre|diciembre))");
    static const QRegularExpression date
        = DetectorSupport::compile(QStringLiteral(R"((?<![\w./\-])(?:)"
                                                  R"(\d{4}-\d{1,2}-\d{1,2}|)"
                                                  R"(\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|)"
                                                  R"(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)")
            + monthsEn + QStringLiteral(R"(,?\s+\d{4}|)") + monthsEn
            + QStringLiteral(R"(\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|)")
            + QStringLiteral(R"(\d{1,2}\.\s*)") + monthsDe + QStringLiteral(R"(\s+\d{4}|)")
            + QStringLiteral(R"((?:1er|\d{1,2})\s+)") + monthsFr + QStringLiteral(R"(\s+\d{4}|)")
            + QStringLiteral(R"(\d{1,2}\s+de\s+)") + monthsEs
            + QStringLiteral(R"(\s+(?:de|del)\s+\d{4})") + QStringLiteral(R"()(?![\w/\-]|[.]\d))"));
    static const QRegularExpression labelBefore = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:date\s+of\s+birth|birth\s*date|DOB|D\.O\.B\.?|born(?:\s+on)?|birthday|)"
        R"(Geburtsdatum|Geburtstag|geboren(?:\s+am)?|geb\.|)"
        R"(date\s+de\s+naissance|née?\s+le|née?|)"
        R"(fecha\s+de\s+nacimiento|nacid[oa]\s+el|nacid[oa]|F\.\s?nac\.?|cumpleaños))"
        R"((?:\s+\w+){0,3}[\s:,=\-]*$)"));
    static const QRegularExpression labelAfter = DetectorSupport::compile(QStringLiteral(
        R"(^[\s,\-–—(]*(?:\w+\s+){0,3}(?:date\s+of\s+birth|DOB|birthday|Geburtsdatum|)"
        R"(date\s+de\s+naissance|fecha\s+de\s+nacimiento)\b)"));
    for (auto it = date.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - WindowBefore);
        const QString before = text.mid(from, m.capturedStart() - from);
        const QString after = text.mid(m.capturedEnd(), WindowAfter);
        if (!labelBefore.match(before).hasMatch() && !labelAfter.match(after).hasMatch())
            continue;
        out.append(DetectorSupport::finding(FindingKind::DateOfBirth, m.capturedStart(),
            m.capturedEnd(), QStringLiteral("date of birth")));
    }
}

} // namespace Switchboard::Policy
