// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analysis.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>

namespace Switchboard::Domain {

QJsonObject Analysis::toJson() const
{
    return {{QLatin1String("language"), language},
        {QLatin1String("sentiment"), toWire(sentiment)},
        {QLatin1String("sentiment_score"), sentimentScore}, {QLatin1String("topic"), topic},
        {QLatin1String("topic_keywords"), QJsonArray::fromStringList(topicKeywords)},
        {QLatin1String("reach"), reach ? QJsonValue(*reach) : QJsonValue()},
        {QLatin1String("reasons"), QJsonArray::fromStringList(reasons)},
        {QLatin1String("message_id"), messageId},
        {QLatin1String("analyzed_at"), WireTime::toJson(analyzedAt)}};
}

std::optional<Analysis> Analysis::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader r(json);
    Analysis out;
    out.language = r.optionalString(QLatin1String("language"));
    out.sentiment = r.optionalEnum(QLatin1String("sentiment"), Sentiment::Neutral);
    const QJsonValue score = json.value(QLatin1String("sentiment_score"));
    if (score.isDouble())
        out.sentimentScore = score.toDouble();
    else if (!score.isUndefined() && !score.isNull())
        r.fail(QLatin1String("sentiment_score"), QStringLiteral("must be a number"));
    out.topic = r.optionalString(QLatin1String("topic"));
    out.topicKeywords = r.stringList(QLatin1String("topic_keywords"));
    const QJsonValue reach = json.value(QLatin1String("reach"));
    if (reach.isDouble() && reach.toDouble() >= 0)
        out.reach = reach.toInteger();
    else if (!reach.isUndefined() && !reach.isNull())
        r.fail(QLatin1String("reach"), QStringLiteral("must be a whole number of 0 or more"));
    out.reasons = r.stringList(QLatin1String("reasons"));
    out.messageId = r.optionalInteger(QLatin1String("message_id"), 0, Q_INT64_C(1) << 53, 0);
    out.analyzedAt = r.optionalTime(QLatin1String("analyzed_at"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return out;
}

} // namespace Switchboard::Domain
