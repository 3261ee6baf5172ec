// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NationalIdDetector.h"

#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

namespace {

// How far before a number its label may stand ("social security no. " and a little more).
constexpr qsizetype LabelWindow = 40;

bool validSsn(QStringView area, QStringView group, QStringView serial)
{
    const int a = area.toInt();
    return a != 0 && a != 666 && a < 900 && group.toInt() != 0 && serial.toInt() != 0;
}

bool validNinoPrefix(QStringView prefix)
{
    static const QString firstNever = QStringLiteral("DFIQUV");
    static const QString secondNever = QStringLiteral("DFIOQUV");
    static const QStringList unused
        = {QStringLiteral("BG"), QStringLiteral("GB"), QStringLiteral("KN"), QStringLiteral("NK"),
            QStringLiteral("NT"), QStringLiteral("TN"), QStringLiteral("ZZ")};
    const QString upper = prefix.toString().toUpper();
    return !firstNever.contains(upper.at(0)) && !secondNever.contains(upper.at(1))
        && !unused.contains(upper);
}

void findSsn(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression number = DetectorSupport::compile(
        QStringLiteral(R"((?<![\w\-])(\d{3})([ \-]?)(\d{2})\2(\d{4})(?![\w\-]))"));
    static const QRegularExpression label = DetectorSupport::compile(
        QStringLiteral(R"(\b(?:SSN|social\s+security|seguro\s+social)\b)"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!validSsn(m.capturedView(1), m.capturedView(3), m.capturedView(4)))
            continue;
        const bool dashed = m.capturedView(2) == u"-";
        if (!dashed
            && !DetectorSupport::matchesWithin(
                label, text, m.capturedStart() - LabelWindow, m.capturedStart()))
            continue;
        out.append(DetectorSupport::finding(FindingKind::UsSsn, m.capturedStart(), m.capturedEnd(),
            QStringLiteral("US Social Security number")));
    }
}

void findNino(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression number = DetectorSupport::compile(
        QStringLiteral(R"((?<![\w\-])([a-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([a-d])(?![\w\-]))"));
    static const QRegularExpression label = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:national\s+insurance|NI\s+(?:number|no\.?)|NINO|N[úu]mero\s+NI)\b)"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!validNinoPrefix(m.capturedView(1))
            && !DetectorSupport::matchesWithin(
                label, text, m.capturedStart() - LabelWindow, m.capturedStart()))
            continue;
        out.append(DetectorSupport::finding(FindingKind::UkNino, m.capturedStart(), m.capturedEnd(),
            QStringLiteral("UK National Insurance number")));
    }
}

} // namespace

void NationalIdDetector::find(const QString &text, QList<Finding> &out)
{
    findSsn(text, out);
    findNino(text, out);
}

} // namespace Switchboard::Policy
