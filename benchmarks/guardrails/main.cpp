// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-guardrails-eval: scores the reply policy against the labelled corpus (precision and
// recall per kind, overall and per verdict) and times one check of a 1,000-character reply.
#include "CheckBenchmark.h"
#include "GuardrailsCorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Switchboard;
using namespace Switchboard::Policy;

namespace {

QString pct(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Precision and recall of the reply guardrails, and their speed."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
        QStringLiteral("Folder with guardrails.jsonl and policy.json."), QStringLiteral("dir"),
        QStringLiteral(SWITCHBOARD_GUARDRAILS_CORPUS));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Timed checks per reply (default 20000)."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption mistakesOption(
        QStringLiteral("mistakes"), QStringLiteral("List every wrong verdict and finding."));
    parser.addOptions({corpusOption, runsOption, mistakesOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString dir = parser.value(corpusOption);
    QFile configFile(dir + QStringLiteral("/policy.json"));
    if (!configFile.open(QIODevice::ReadOnly)) {
        err << configFile.fileName() << ": " << configFile.errorString() << Qt::endl;
        return 1;
    }
    QString error;
    const auto config = PolicyConfig::fromJson(configFile.readAll(), &error);
    if (!config) {
        err << configFile.fileName() << ": " << error << Qt::endl;
        return 1;
    }
    const QList<CorpusEntry> entries
        = GuardrailsCorpus::read(dir + QStringLiteral("/guardrails.jsonl"), &error);
    if (entries.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    const ReplyPolicy policy(*config);
    const GuardrailsCorpus::Evaluation eval = GuardrailsCorpus::evaluate(policy, entries);

    out << "Corpus: " << eval.texts << " texts\n\n";
    out << "| kind | expected | reported | precision | recall |\n|---|---:|---:|---:|---:|\n";
    for (auto it = eval.perKind.cbegin(); it != eval.perKind.cend(); ++it) {
        const Score &s = it.value();
        out << "| " << it.key() << " | " << s.found + s.missed << " | " << s.matched + s.spurious
            << " | " << pct(s.precision()) << " | " << pct(s.recall()) << " |\n";
    }
    out << "| **all findings** | " << eval.overall.found + eval.overall.missed << " | "
        << eval.overall.matched + eval.overall.spurious << " | " << pct(eval.overall.precision())
        << " | " << pct(eval.overall.recall()) << " |\n\n";
    out << "| verdict | expected | reported | precision | recall |\n|---|---:|---:|---:|---:|\n";
    for (auto it = eval.perVerdict.cbegin(); it != eval.perVerdict.cend(); ++it) {
        const Score &s = it.value();
        out << "| " << it.key() << " | " << s.found + s.missed << " | " << s.matched + s.spurious
            << " | " << pct(s.precision()) << " | " << pct(s.recall()) << " |\n";
    }
    out << "\nVerdicts right: " << eval.verdictsRight << " of " << eval.texts << "\n";
    if (parser.isSet(mistakesOption)) {
        out << "\nMistakes:\n";
        for (const QString &line : eval.mistakes)
            out << "  " << line << "\n";
    }

    QList<CheckBenchmark::Variant> variants = CheckBenchmark::variants();
    CheckBenchmark::run(policy, variants, qMax(100, parser.value(runsOption).toInt()));
    out << "\n| 1,000-character reply | channel | findings | median µs | p99 µs |\n"
        << "|---|---|---:|---:|---:|\n";
    double worst = 0;
    for (const auto &v : std::as_const(variants)) {
        out << "| " << v.name << " | " << Domain::toWire(v.channel) << " | " << v.findings << " | "
            << QString::number(v.medianMicroseconds, 'f', 1) << " | "
            << QString::number(v.p99Microseconds, 'f', 1) << " |\n";
        worst = qMax(worst, v.p99Microseconds);
    }
    out << "\nTarget: one check under 1,000 µs; worst p99 " << QString::number(worst, 'f', 1)
        << " µs (" << (worst < 1000 ? "met" : "NOT met") << ")\n";
    return 0;
}
