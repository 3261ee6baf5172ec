// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardrailsCorpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Policy {

QList<CorpusEntry> GuardrailsCorpus::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<CorpusEntry> out;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(why);
            return QList<CorpusEntry>();
        };
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(line, &parseError).object();
        if (json.isEmpty())
            return fail(parseError.errorString());
        CorpusEntry entry;
        entry.id = json.value(QLatin1String("id")).toString();
        entry.language = json.value(QLatin1String("lang")).toString();
        entry.text = json.value(QLatin1String("text")).toString();
        const auto channel = Domain::fromWire<Domain::ChannelKind>(
            json.value(QLatin1String("channel")).toString());
        const auto verdict = verdictFromWire(json.value(QLatin1String("verdict")).toString());
        if (entry.id.isEmpty() || entry.text.isEmpty() || !channel || !verdict)
            return fail(QStringLiteral("needs an id, a text, a known channel and a verdict"));
        entry.channel = *channel;
        entry.verdict = *verdict;
        for (const QJsonValue &value : json.value(QLatin1String("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            Finding finding;
            finding.kind = f.value(QLatin1String("kind")).toString();
            finding.start = f.value(QLatin1String("start")).toInt(-1);
            finding.end = f.value(QLatin1String("end")).toInt(-1);
            if (finding.kind.isEmpty() || finding.start < 0 || finding.end <= finding.start
                || finding.end > entry.text.size())
                return fail(QStringLiteral("finding needs a kind and a span inside the text"));
            if (entry.text.mid(finding.start, finding.end - finding.start)
                != f.value(QLatin1String("value")).toString())
                return fail(
                    QStringLiteral("span of %1 does not cover its value").arg(finding.kind));
            entry.findings.append(finding);
        }
        out.append(entry);
    }
    error->clear();
    return out;
}

GuardrailsCorpus::Evaluation GuardrailsCorpus::evaluate(
    const ReplyPolicy &policy, const QList<CorpusEntry> &entries)
{
    Evaluation out;
    auto sameKindOverlap
        = [](const Finding &a, const Finding &b) { return a.kind == b.kind && a.overlaps(b); };
    for (const CorpusEntry &entry : entries) {
        const CheckResult result = policy.check(entry.channel, entry.text);
        ++out.texts;
        if (result.verdict == entry.verdict) {
            ++out.verdictsRight;
        } else {
            out.mistakes.append(QStringLiteral("%1 verdict %2, expected %3: %4")
                                    .arg(entry.id, verdictToWire(result.verdict),
                                        verdictToWire(entry.verdict), entry.text));
        }
        for (Verdict v : {Verdict::Block, Verdict::Warn}) {
            Score &score = out.perVerdict[verdictToWire(v)];
            const bool expected = entry.verdict == v;
            const bool reported = result.verdict == v;
            score.matched += expected && reported;
            score.spurious += reported && !expected;
            score.found += expected && reported;
            score.missed += expected && !reported;
        }
        for (const Finding &reported : result.findings) {
            const bool match = std::any_of(entry.findings.cbegin(), entry.findings.cend(),
                [&](const Finding &e) { return sameKindOverlap(e, reported); });
            Score &score = out.perKind[reported.kind];
            (match ? score.matched : score.spurious)++;
            (match ? out.overall.matched : out.overall.spurious)++;
            if (!match) {
                out.mistakes.append(
                    QStringLiteral("%1 spurious %2 \"%3\"")
                        .arg(entry.id, reported.kind,
                            entry.text.mid(reported.start, reported.end - reported.start)));
            }
        }
        for (const Finding &expected : entry.findings) {
            const bool match = std::any_of(result.findings.cbegin(), result.findings.cend(),
                [&](const Finding &r) { return sameKindOverlap(expected, r); });
            Score &score = out.perKind[expected.kind];
            (match ? score.found : score.missed)++;
            (match ? out.overall.found : out.overall.missed)++;
            if (!match) {
                out.mistakes.append(
                    QStringLiteral("%1 missed %2 \"%3\"")
                        .arg(entry.id, expected.kind,
                            entry.text.mid(expected.start, expected.end - expected.start)));
            }
        }
    }
    return out;
}

} // namespace Switchboard::Policy
