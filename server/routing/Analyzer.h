// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TopicRules.h"
#include "domain/Analysis.h"
#include "domain/Enums.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>

namespace Switchboard::Hub {

//! What the analysis reads: the customer's newest message and what is known around it.
struct AnalysisInput
{
    //! The conversation's subject and the message's text.
    QString text;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    //! The message's channel metadata (followers_count on X posts).
    QJsonObject channelMetadata;
    //! The customer's language, when known: used when the text says too little.
    QString customerLanguage;
    //! What the conversation is about so far: its subject (an email's, or the opening message's
    //! start), read for the topic when the message itself names none ("Thanks, that works").
    QString context;
    //! The topic an earlier analysis of the conversation found, kept when neither the message
    //! nor the context names one.
    QString previousTopic;
    qint64 messageId = 0;
};

struct AnalysisResult
{
    Domain::Analysis analysis;
    Domain::Priority priority = Domain::Priority::Normal;
};

//! Reads incoming work: its language (marker words of English, German, French and Spanish), its
//! sentiment (a lexicon per language, with negations and intensifiers, plus emoji; -6 or below is
//! very negative), its topic
//! (the admin's keyword rules) and, for public posts, the author's reach; and turns what it
//! found into a priority with its reasons. Deterministic and fast (no I/O after construction).
class Analyzer
{
public:
    //! Loads the lexicons compiled into the hub (resources/analysis/lexicon.json).
    Analyzer();

    AnalysisResult analyze(const AnalysisInput &input, const TopicRules &rules) const;

    //! The language of folded text ("" when unsure), the fallback when it says too little.
    QString guessLanguage(const QStringList &tokens, const QString &fallback) const;
    //! The lexicon score of folded tokens in a language (0 for an unknown language), plus the
    //! emoji in the original text.
    double sentimentScore(const QStringList &tokens, const QString &language,
        const QString &original) const;

    //! Reason codes and the points each adds to the priority score (docs/api.md, Analysis).
    static int pointsFor(const QString &reason);
    //! The priority a score gives: 5 or more urgent, 3 or more high, below 0 low, else normal.
    static Domain::Priority priorityFor(int points);

private:
    struct Lexicon
    {
        QSet<QString> markers;
        QSet<QString> negations;
        QSet<QString> intensifiers;
        QHash<QString, double> words;
        //! Words given with a trailing * (any ending), longest first.
        QList<QPair<QString, double>> prefixes;
    };
    double wordScore(const Lexicon &lexicon, const QString &word) const;

    QHash<QString, Lexicon> m_lexicons;
    QList<QPair<QString, double>> m_emoji;
};

} // namespace Switchboard::Hub
