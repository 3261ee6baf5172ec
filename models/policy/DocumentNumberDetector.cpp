// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentNumberDetector.h"

#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

namespace {

// The number follows its label after at most a few connecting words: "passport number",
// "n°", "is", ":".
const QString Connector = QStringLiteral(
    R"((?:\s*(?:number|no\.?|n[°º]|nr\.?|#|num[ée]ro|n[úu]mero|is|ist|est|es|:|-))*\s*)");
// At least six characters, one of them a digit; a date is never a document number.
const QString Token = QStringLiteral(
    R"(((?=[a-z\-]*\d)(?!\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}\b)[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){5,19})(?![\w\-]))");

void findLabelled(const QString &text, const QRegularExpression &re, QLatin1StringView kind,
    const QString &message, QList<Finding> &out)
{
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append(DetectorSupport::finding(kind, m.capturedStart(1), m.capturedEnd(1), message));
    }
}

} // namespace

void DocumentNumberDetector::find(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression passport = DetectorSupport::compile(
        QStringLiteral(R"(\b(?:passports?|reisepass(?:nummer)?|passnummer|pass-nr\.?|)"
                       R"(passeport|pasaporte))")
        + Connector + Token);
    static const QRegularExpression licence = DetectorSupport::compile(
        QStringLiteral(R"(\b(?:driving\s+licen[cs]e|driver'?s?\s+licen[cs]e|DL|)"
                       R"(f[üu]hrerschein(?:nummer)?|permis(?:\s+de\s+conduire)?|)"
                       R"(carn[ée]t?\s+de\s+conducir|permiso\s+de\s+conducir|)"
                       R"(licencia\s+de\s+conducir))")
        + Connector + Token);
    // DVLA layout: surname (5, padded with 9), birth date digits, initials, check digit,
    // two letters.
    static const QRegularExpression dvla = DetectorSupport::compile(
        QStringLiteral(R"((?<!\w)(?-i:[A-Z9]{5}\d[0156]\d{4}[A-Z9]{2}\d[A-Z]{2})(?!\w))"), false);
    const QString passportMessage = QStringLiteral("passport number");
    const QString licenceMessage = QStringLiteral("driving licence number");
    findLabelled(text, passport, FindingKind::Passport, passportMessage, out);
    const qsizetype before = out.size();
    findLabelled(text, licence, FindingKind::DrivingLicence, licenceMessage, out);
    for (auto it = dvla.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        bool known = false;
        for (qsizetype i = before; i < out.size(); ++i)
            known = known || (out.at(i).start == m.capturedStart());
        if (!known)
            out.append(DetectorSupport::finding(
                FindingKind::DrivingLicence, m.capturedStart(), m.capturedEnd(), licenceMessage));
    }
}

} // namespace Switchboard::Policy
