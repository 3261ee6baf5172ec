// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QSet<QString> foldedSet(const QJsonArray &words)
{
    QSet<QString> out;
    for (const QJsonValue &w : words)
        out.insert(TopicRules::foldText(w.toString()).trimmed());
    return out;
}

QStringList tokensOf(const QString &folded)
{
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Analyzer::Analyzer()
{
    QFile file(QStringLiteral(":/switchboard/analysis/lexicon.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject languages = root.value(QLatin1String("languages")).toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonObject l = it.value().toObject();
        Lexicon lexicon;
        lexicon.markers = foldedSet(l.value(QLatin1String("markers")).toArray());
        lexicon.negations = foldedSet(l.value(QLatin1String("negations")).toArray());
        lexicon.intensifiers = foldedSet(l.value(QLatin1String("intensifiers")).toArray());
        const QJsonObject words = l.value(QLatin1String("words")).toObject();
        for (auto w = words.begin(); w != words.end(); ++w) {
            const bool prefix = w.key().endsWith(QLatin1Char('*'));
            const QString key
                = TopicRules::foldText(prefix ? w.key().chopped(1) : w.key()).trimmed();
            if (prefix)
                lexicon.prefixes.append({key, w.value().toDouble()});
            else
                lexicon.words.insert(key, w.value().toDouble());
        }
        std::sort(lexicon.prefixes.begin(), lexicon.prefixes.end(),
            [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        m_lexicons.insert(it.key(), lexicon);
    }
    const QJsonObject emoji = root.value(QLatin1String("emoji")).toObject();
    for (auto it = emoji.begin(); it != emoji.end(); ++it)
        m_emoji.append({it.key(), it.value().toDouble()});
}

QString Analyzer::guessLanguage(const QStringList &tokens, const QString &fallback) const
{
    QString best;
    int bestHits = 0;
    int secondHits = 0;
    for (auto it = m_lexicons.cbegin(); it != m_lexicons.cend(); ++it) {
        // Marker words, and the words of its sentiment lexicon: short messages often carry
        // little else ("Vielen Dank, jetzt funktioniert alles super!").
        int hits = 0;
        for (const QString &t : tokens)
            hits += it->markers.contains(t) || it->words.contains(t) ? 1 : 0;
        if (hits > bestHits) {
            secondHits = bestHits;
            bestHits = hits;
            best = it.key();
        } else if (hits > secondHits) {
            secondHits = hits;
        }
    }
    // Two marker words, and more than any other language has: a short text in between says
    // too little, and the customer's own language is the better guess.
    if (bestHits >= 2 && bestHits > secondHits)
        return best;
    return fallback.section(QLatin1Char('-'), 0, 0).toLower();
}

double Analyzer::wordScore(const Lexicon &lexicon, const QString &word) const
{
    if (const auto it = lexicon.words.constFind(word); it != lexicon.words.cend())
        return *it;
    for (const auto &[prefix, score] : lexicon.prefixes) {
        if (word.startsWith(prefix))
            return score;
    }
    return 0;
}

double Analyzer::sentimentScore(
    const QStringList &tokens, const QString &language, const QString &original) const
{
    double total = 0;
    if (const auto found = m_lexicons.constFind(language); found != m_lexicons.cend()) {
        const Lexicon &lexicon = *found;
        int negatedUntil = -1;
        double boost = 1;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString &word = tokens.at(i);
            if (lexicon.negations.contains(word)) {
                negatedUntil = int(i) + 3;
                continue;
            }
            if (lexicon.intensifiers.contains(word)) {
                boost = 1.5;
                continue;
            }
            // Two-word entries ("vielen dank", "schon wieder") before single words.
            double score = 0;
            if (i + 1 < tokens.size()) {
                score = lexicon.words.value(word + QLatin1Char(' ') + tokens.at(i + 1));
                if (score != 0)
                    ++i;
            }
            if (score == 0)
                score = wordScore(lexicon, word);
            if (score != 0) {
                // A negation turns the next word that carries a sentiment, then ends.
                if (i <= negatedUntil) {
                    score = -score;
                    negatedUntil = -1;
                }
                total += score * boost;
            }
            boost = 1;
        }
    }
    for (const auto &[emoji, score] : m_emoji)
        total += score * original.count(emoji);
    return total;
}

int Analyzer::pointsFor(const QString &reason)
{
    static const QHash<QString, int> points{{QStringLiteral("public"), 2},
        {QStringLiteral("negative"), 2}, {QStringLiteral("very_negative"), 3},
        {QStringLiteral("positive"), -1}, {QStringLiteral("reach_1k"), 1},
        {QStringLiteral("reach_10k"), 2}, {QStringLiteral("reach_100k"), 3}};
    return points.value(reason);
}

Priority Analyzer::priorityFor(int points)
{
    if (points >= 5)
        return Priority::Urgent;
    if (points >= 3)
        return Priority::High;
    if (points < 0)
        return Priority::Low;
    return Priority::Normal;
}

AnalysisResult Analyzer::analyze(const AnalysisInput &input, const TopicRules &rules) const
{
    const QString folded = TopicRules::foldText(input.text);
    const QStringList tokens = tokensOf(folded);
    AnalysisResult result;
    Analysis &a = result.analysis;
    a.messageId = input.messageId;
    a.analyzedAt = QDateTime::currentDateTimeUtc();
    a.language = guessLanguage(tokens, input.customerLanguage);
    a.sentimentScore = sentimentScore(tokens, a.language, input.text);
    a.sentiment = a.sentimentScore <= -1 ? Sentiment::Negative
        : a.sentimentScore >= 1          ? Sentiment::Positive
                                         : Sentiment::Neutral;
    TopicRules::Match topic = rules.match(folded, tokens);
    if (topic.topic.isEmpty() && !input.context.isEmpty())
        topic = rules.match(TopicRules::foldText(input.context));
    a.topic = topic.topic.isEmpty() ? input.previousTopic : topic.topic;
    a.topicKeywords = topic.keywords;
    const QJsonValue followers = input.channelMetadata.value(QLatin1String("followers_count"));
    if (followers.isDouble() && followers.toDouble() >= 0)
        a.reach = followers.toInteger();

    const bool isPublic = visibilityOf(input.channel) == Visibility::Public;
    if (isPublic)
        a.reasons.append(QStringLiteral("public"));
    if (a.sentiment == Sentiment::Negative)
        a.reasons.append(a.sentimentScore <= -6 ? QStringLiteral("very_negative")
                                                : QStringLiteral("negative"));
    else if (a.sentiment == Sentiment::Positive)
        a.reasons.append(QStringLiteral("positive"));
    // Reach counts where everyone can see the post.
    if (isPublic && a.reach) {
        if (*a.reach >= 100000)
            a.reasons.append(QStringLiteral("reach_100k"));
        else if (*a.reach >= 10000)
            a.reasons.append(QStringLiteral("reach_10k"));
        else if (*a.reach >= 1000)
            a.reasons.append(QStringLiteral("reach_1k"));
    }
    int points = 0;
    for (const QString &reason : a.reasons)
        points += pointsFor(reason);
    result.priority = priorityFor(points);
    return result;
}

} // namespace Switchboard::Hub
