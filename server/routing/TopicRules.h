// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Switchboard::Hub {

//! One admin-defined topic: the words or phrases that say a message is about it.
struct TopicRule
{
    //! A label such as "billing" (lower-case letters, digits, _ and -).
    QString topic;
    //! Matched case- and accent-insensitively as whole words or phrases, in any language.
    QStringList keywords;

    bool operator==(const TopicRule &) const = default;
};

//! The topic rules in the order the admin gave them; the first rule with the most keyword
//! matches names the topic.
class TopicRules
{
public:
    TopicRules() = default;
    explicit TopicRules(QList<TopicRule> rules);

    const QList<TopicRule> &rules() const { return m_rules; }
    QJsonArray toJson() const;
    //! Reads and checks rules as PUT /api/v1/topic-rules takes them; none, with *error set, if
    //! anything is wrong (the field and the reason).
    static std::optional<TopicRules> fromJson(const QJsonValue &json, QString *error);

    struct Match
    {
        QString topic;
        QStringList keywords;
    };
    //! The topic of a text already folded with foldText(); empty topic if no rule matched.
    Match match(const QString &foldedText) const;
    //! The same, given the folded text's words as well (foldedText split at its spaces).
    Match match(const QString &foldedText, const QStringList &words) const;

    //! Lower case, no accents, every run of other than letters and digits one space, padded
    //! with a space at both ends so " word " finds whole words.
    static QString foldText(const QString &text);

    static constexpr int MaxRules = 100;
    static constexpr int MaxKeywords = 200;

private:
    QList<TopicRule> m_rules;
    //! A keyword by its rule's and its own position in m_rules.
    struct KeywordAt
    {
        qsizetype rule = 0;
        qsizetype keyword = 0;
    };
    //! The keywords of one word, by that word folded: found by looking up each of the text's
    //! words instead of searching the text for every keyword.
    QHash<QString, QList<KeywordAt>> m_byWord;
    //! The keywords of several words, folded with the padding spaces, searched for in the text.
    QList<std::pair<QString, KeywordAt>> m_phrases;
    //! Where each rule's keywords start in a flat list of all keywords.
    QList<qsizetype> m_firstKeyword;
};

} // namespace Switchboard::Hub
