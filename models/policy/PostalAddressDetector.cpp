// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostalAddressDetector.h"

#include "policy/DetectorSupport.h"

#include <algorithm>

namespace Switchboard::Policy {

namespace {

struct Part
{
    qsizetype start;
    qsizetype end;
    bool street;
};

// A capitalised word of a street or town name, in any of the four languages.
const QString Name = QStringLiteral(R"([\p{Lu}][\p{L}'’.\-]*)");

} // namespace

void PostalAddressDetector::find(const QString &text, QList<Finding> &out)
{
    // Street names are capitalised, so these patterns are case-sensitive.
    static const QRegularExpression english = DetectorSupport::compile(
        QStringLiteral(R"(\b\d{1,5}[A-Za-z]?(?:[\-/]\d+)?,?\s+(?:)") + Name
            + QStringLiteral(R"(\s+){1,4}?(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|)"
                             R"(Drive|Dr\.?|Close|Way|Boulevard|Blvd\.?|Court|Ct\.?|Place|Pl\.?|)"
                             R"(Terrace|Crescent|Gardens|Square|Parkway|Pkwy\.?|Hill|Row|Mews|)"
                             R"(Grove|Walk)(?:\s+(?:NW|NE|SW|SE|N|S|E|W))?\b)"),
        false);
    static const QRegularExpression german = DetectorSupport::compile(
        QStringLiteral(
            R"(\b(?:(?:[\p{Lu}][\p{L}\-]*(?:straße|strasse|str\.|weg|allee|platz|)"
            R"(gasse|ring|damm|ufer|chaussee|steig|pfad))|(?:[\p{Lu}][\p{L}\-]*er\s+)"
            R"((?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm))|)"
            R"((?:Am|An\s+der|Auf\s+dem)\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|)"
            R"(Samstag|Sonntag|Wochenende|Ende|Anfang)\b)[\p{Lu}][\p{L}\-]+))"
            R"(\s+\d{1,4}\s?[a-z]?\b)"),
        false);
    static const QRegularExpression french = DetectorSupport::compile(
        QStringLiteral(R"(\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|)"
                       R"(chemin|allée|impasse|quai|route|cours|square)\s+)"
                       R"((?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?)")
            + Name + QStringLiteral(R"((?:\s+)") + Name + QStringLiteral(R"()*)"),
        false);
    static const QRegularExpression spanish = DetectorSupport::compile(
        QStringLiteral(
            R"(\b(?:Calle|C/|Avenida|Avda\.?|Av\.|Plaza|Pza\.|Paseo|Pº|Camino|)"
            R"(Carretera|Ronda|Travesía)\s*(?:(?:de\s+la|de\s+los|de\s+las|del|de)\s+)?)")
            + Name + QStringLiteral(R"((?:\s+)") + Name
            + QStringLiteral(R"()*,?\s+(?:nº\s*)?\d{1,4}(?:,?\s*\d+º\s*[A-Z]?\b)?)"),
        false);
    // What may follow a street: a postcode with its town, a UK postcode, a US state and ZIP.
    static const QRegularExpression town = DetectorSupport::compile(QStringLiteral(R"(\b\d{5}\s+)")
            + Name + QStringLiteral(R"((?:\s+(?:am|an\s+der|sur|de|del)\s+)") + Name
            + QStringLiteral(
                R"()?|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)"),
        false);
    // Between two parts of one address: commas and at most a town's name.
    static const QRegularExpression gap = DetectorSupport::compile(QStringLiteral(R"(^[,\s]*(?:)")
            + Name + QStringLiteral(R"((?:\s+)") + Name + QStringLiteral(R"(){0,3})?[,\s]*$)"),
        false);

    QList<Part> parts;
    for (const QRegularExpression *re : {&english, &german, &french, &spanish}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            parts.append({m.capturedStart(), m.capturedEnd(), true});
        }
    }
    if (parts.isEmpty())
        return;
    for (auto it = town.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        parts.append({m.capturedStart(), m.capturedEnd(), false});
    }
    std::sort(
        parts.begin(), parts.end(), [](const Part &a, const Part &b) { return a.start < b.start; });

    qsizetype i = 0;
    while (i < parts.size()) {
        if (!parts.at(i).street) {
            ++i;
            continue;
        }
        const qsizetype start = parts.at(i).start;
        qsizetype end = parts.at(i).end;
        qsizetype j = i + 1;
        while (j < parts.size()) {
            const Part &next = parts.at(j);
            if (next.start < end) {
                end = qMax(end, next.end);
                ++j;
                continue;
            }
            if (next.start - end > 40 || !gap.match(text.mid(end, next.start - end)).hasMatch())
                break;
            end = next.end;
            ++j;
        }
        out.append(DetectorSupport::finding(
            FindingKind::PostalAddress, start, end, QStringLiteral("postal address")));
        i = j;
    }
}

} // namespace Switchboard::Policy
