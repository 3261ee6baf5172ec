// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/CheckResult.h"
#include "policy/ReplyPolicy.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Switchboard::Policy {

//! One labelled reply of corpus/guardrails.jsonl.
struct CorpusEntry
{
    QString id;
    QString language;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    QString text;
    Verdict verdict = Verdict::Allow;
    //! Expected findings: kind and UTF-16 span of the sensitive value (severity unused).
    QList<Finding> findings;
};

//! Precision and recall of one kind (or of all findings, or of one verdict).
struct Score
{
    //! Reported findings that match an expected one (same kind, overlapping span).
    int matched = 0;
    //! Reported findings that match none.
    int spurious = 0;
    //! Expected findings some report matches.
    int found = 0;
    //! Expected findings nothing matches.
    int missed = 0;

    double precision() const
    {
        return matched + spurious == 0 ? 1.0 : double(matched) / (matched + spurious);
    }
    double recall() const { return found + missed == 0 ? 1.0 : double(found) / (found + missed); }
};

//! The corpus, and how a policy measures up against it.
class GuardrailsCorpus
{
public:
    //! What evaluate() reports.
    struct Evaluation
    {
        QMap<QString, Score> perKind;
        //! Over all findings of every kind.
        Score overall;
        //! Per verdict ("block", "warn"): a reply counts where expected or reported with it.
        QMap<QString, Score> perVerdict;
        int texts = 0;
        int verdictsRight = 0;
        //! One line per wrong verdict or unmatched finding, for tuning by hand.
        QStringList mistakes;
    };

    //! Reads and checks the corpus: known channels and verdicts, spans inside the text, and each
    //! span's "value" equal to the text it covers. Empty with an error on the first bad line.
    static QList<CorpusEntry> read(const QString &path, QString *error);
    //! Checks every entry with policy and scores the result.
    static Evaluation evaluate(const ReplyPolicy &policy, const QList<CorpusEntry> &entries);
};

} // namespace Switchboard::Policy
