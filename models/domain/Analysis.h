// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! What the hub read in a waiting conversation's newest customer message, and why it set the
//! priority it did. Shown to the agent; routing takes the topic and the priority from it.
struct Analysis
{
    //! BCP 47 language of the text ("en", "de", ...); the customer's own when the text says too
    //! little.
    QString language;
    Sentiment sentiment = Sentiment::Neutral;
    //! The lexicon score behind the sentiment: below 0 negative, above 0 positive.
    double sentimentScore = 0;
    //! The topic of the first admin rule whose keywords matched; empty if none did.
    QString topic;
    //! The keywords of the topic rule found in the text.
    QStringList topicKeywords;
    //! Followers of the author of a public post, where the provider says; nullopt otherwise.
    std::optional<qint64> reach;
    //! Each thing that moved the priority, in words, e.g. "public post (+2)".
    QStringList reasons;
    //! The message that was analysed.
    qint64 messageId = 0;
    QDateTime analyzedAt;

    QJsonObject toJson() const;
    static std::optional<Analysis> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Analysis &) const = default;
};

} // namespace Switchboard::Domain
