// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicRules.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace Switchboard::Hub {

TopicRules::TopicRules(QList<TopicRule> rules)
    : m_rules(std::move(rules))
{
    qsizetype keywords = 0;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        m_firstKeyword.append(keywords);
        const QStringList &ruleKeywords = m_rules.at(i).keywords;
        keywords += ruleKeywords.size();
        for (qsizetype k = 0; k < ruleKeywords.size(); ++k) {
            const QString folded = foldText(ruleKeywords.at(k));
            const QString word = folded.trimmed();
            if (word.contains(QLatin1Char(' ')))
                m_phrases.append({folded, KeywordAt{i, k}});
            else
                m_byWord[word].append(KeywordAt{i, k});
        }
    }
    m_firstKeyword.append(keywords);
}

QString TopicRules::foldText(const QString &text)
{
    QString out(QLatin1Char(' '));
    out.reserve(text.size() + 2);
    bool space = true;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (!space)
        out.append(QLatin1Char(' '));
    return out;
}

TopicRules::Match TopicRules::match(const QString &foldedText) const
{
    return match(foldedText, foldedText.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

TopicRules::Match TopicRules::match(const QString &foldedText, const QStringList &words) const
{
    // Which keywords the text holds, each rule's in a run of its own.
    QVarLengthArray<bool, 256> found(m_firstKeyword.isEmpty() ? 0 : m_firstKeyword.last(), false);
    const auto mark
        = [&](const KeywordAt &at) { found[m_firstKeyword.at(at.rule) + at.keyword] = true; };
    for (const QString &word : words) {
        const auto it = m_byWord.constFind(word);
        if (it != m_byWord.cend()) {
            for (const KeywordAt &at : *it)
                mark(at);
        }
    }
    for (const auto &[phrase, at] : m_phrases) {
        if (foldedText.contains(phrase))
            mark(at);
    }
    Match best;
    qsizetype bestCount = 0;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const qsizetype first = m_firstKeyword.at(i);
        const qsizetype count
            = std::count(found.begin() + first, found.begin() + m_firstKeyword.at(i + 1), true);
        if (count <= bestCount)
            continue;
        best.topic = m_rules.at(i).topic;
        best.keywords.clear();
        for (qsizetype k = 0; k < m_rules.at(i).keywords.size(); ++k) {
            if (found[first + k])
                best.keywords.append(m_rules.at(i).keywords.at(k));
        }
        bestCount = count;
    }
    return best;
}

QJsonArray TopicRules::toJson() const
{
    QJsonArray out;
    for (const TopicRule &rule : m_rules) {
        out.append(QJsonObject{{QStringLiteral("topic"), rule.topic},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(rule.keywords)}});
    }
    return out;
}

std::optional<TopicRules> TopicRules::fromJson(const QJsonValue &json, QString *error)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (!json.isArray())
        return fail(QStringLiteral("rules must be an array of {\"topic\", \"keywords\"}"));
    const QJsonArray array = json.toArray();
    if (array.size() > MaxRules)
        return fail(QStringLiteral("rules: at most %1 topics").arg(MaxRules));
    QList<TopicRule> rules;
    QSet<QString> topics;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(where + QStringLiteral(" must be an object"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("topic") && it.key() != QLatin1String("keywords"))
                return fail(where + QStringLiteral(": unknown field %1").arg(it.key()));
        }
        TopicRule rule;
        rule.topic = object.value(QLatin1String("topic")).toString();
        if (!label.match(rule.topic).hasMatch()) {
            return fail(where
                + QStringLiteral(".topic must be 1-40 lower-case letters, digits, _ or -"));
        }
        if (topics.contains(rule.topic))
            return fail(where + QStringLiteral(".topic %1 appears twice").arg(rule.topic));
        topics.insert(rule.topic);
        const QJsonValue keywords = object.value(QLatin1String("keywords"));
        if (!keywords.isArray() || keywords.toArray().isEmpty()
            || keywords.toArray().size() > MaxKeywords) {
            return fail(where
                + QStringLiteral(".keywords must be an array of 1 to %1 words or phrases")
                      .arg(MaxKeywords));
        }
        for (const QJsonValue &k : keywords.toArray()) {
            const QString keyword = k.toString().trimmed();
            if (!k.isString() || foldText(keyword).trimmed().isEmpty() || keyword.size() > 80) {
                return fail(where
                    + QStringLiteral(".keywords: each must be a word or phrase of at most 80 "
                                     "characters with a letter or digit"));
            }
            rule.keywords.append(keyword);
        }
        rules.append(rule);
    }
    return TopicRules(rules);
}

} // namespace Switchboard::Hub
