// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneDetector.h"

#include "policy/Checksums.h"
#include "policy/DetectorSupport.h"

namespace Switchboard::Policy {

bool PhoneDetector::validCountryCode(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    if (digits.at(0) == u'1' || digits.at(0) == u'7')
        return true;
    if (digits.size() < 2)
        return false;
    // Two-digit codes; every other assigned code has three digits under these prefixes.
    static const QStringList two = QStringLiteral(
        "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 "
        "62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98")
                                       .split(u' ');
    static const QStringList threePrefix
        = QStringLiteral("21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 80 85 87 88 96 97 99")
              .split(u' ');
    const QString head = digits.first(2).toString();
    if (two.contains(head))
        return true;
    return digits.size() >= 3 && threePrefix.contains(head);
}

void PhoneDetector::find(const QString &text, QList<Finding> &out)
{
    static const QRegularExpression candidate = DetectorSupport::compile(QStringLiteral(
        R"((?<![\w@+\-./,])(?:\+\s?)?(?:\(\d{1,4}\)\s?)?\d(?:[ .\-]?(?:\(\d{1,4}\)|\d))*)"
        R"((?![\w\-]|[.,]\d))"));
    static const QRegularExpression nanp = DetectorSupport::compile(QStringLiteral(
        R"(^(?:\+?1[ .\-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[ .\-])[2-9]\d{2}[ .\-]\d{4}$)"));
    static const QRegularExpression spanish = DetectorSupport::compile(
        QStringLiteral(R"(^[6-9]\d{2}(?: \d{3} \d{3}| \d{2} \d{2} \d{2})$)"));
    // An identifier's label a few words before the number.
    static const QRegularExpression label = DetectorSupport::compile(QStringLiteral(
        R"(\b(?:order|invoice|tracking|reference|ref|ticket|case|serial|model|item|article|)"
        R"(product|SKU|voucher|membership|member|loyalty|customer\s+number|account|batch|)"
        R"(Bestell\w*|Rechnung\w*|Sendung\w*|Auftrag\w*|Artikel\w*|Kunden\w*|Mitglied\w*|)"
        R"(Referenz|commande|facture|suivi|dossier|référence|pedido|factura|seguimiento|)"
        R"(referencia|socio|número\s+de\s+pedido|n[°º])\W*(?:\w+\W+){0,2}$)"));
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString number = m.captured();
        const QString digits = Checksums::digitsOf(number);
        const qsizetype n = digits.size();
        bool phone = false;
        if (number.startsWith(u'+')) {
            phone = n >= 8 && n <= 15 && validCountryCode(digits);
        } else if (digits.startsWith(QLatin1String("00"))) {
            phone = n >= 10 && n <= 15 && validCountryCode(QStringView(digits).sliced(2))
                && number.contains(u' ');
        } else if (digits.startsWith(u'0') || number.startsWith(QLatin1String("(0"))) {
            phone = n >= 9 && n <= 12;
        } else {
            phone = nanp.match(number).hasMatch() || spanish.match(number).hasMatch();
        }
        if (!phone)
            continue;
        const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 30);
        if (label.match(text.mid(from, m.capturedStart() - from)).hasMatch())
            continue;
        out.append(DetectorSupport::finding(FindingKind::Phone, m.capturedStart(), m.capturedEnd(),
            QStringLiteral("phone number")));
    }
}

} // namespace Switchboard::Policy
