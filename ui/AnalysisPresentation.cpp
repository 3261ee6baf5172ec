// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisPresentation.h"

#include <QLocale>

namespace Switchboard::Ui {

using namespace Domain;

QString AnalysisPresentation::priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString AnalysisPresentation::sentimentName(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Negative:
        return tr("Negative");
    case Sentiment::Neutral:
        return tr("Neutral");
    case Sentiment::Positive:
        return tr("Positive");
    }
    return {};
}

QString AnalysisPresentation::reasonText(const QString &reason)
{
    if (reason == QLatin1String("public"))
        return tr("public post (+2)");
    if (reason == QLatin1String("negative"))
        return tr("negative (+2)");
    if (reason == QLatin1String("very_negative"))
        return tr("very negative (+3)");
    if (reason == QLatin1String("positive"))
        return tr("positive (−1)");
    if (reason == QLatin1String("reach_1k"))
        return tr("1,000+ followers (+1)");
    if (reason == QLatin1String("reach_10k"))
        return tr("10,000+ followers (+2)");
    if (reason == QLatin1String("reach_100k"))
        return tr("100,000+ followers (+3)");
    return reason;
}

QString AnalysisPresentation::describe(const Analysis &analysis, Priority priority)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Priority: %1").arg(priorityName(priority));
    QStringList reading{sentimentName(analysis.sentiment)};
    if (!analysis.language.isEmpty()) {
        const QLocale language(analysis.language);
        reading << (language.language() == QLocale::C ? analysis.language
                                                      : QLocale::languageToString(language.language()));
    }
    lines << reading.join(QStringLiteral(" · "));
    if (!analysis.topic.isEmpty()) {
        QString topic = analysis.topic;
        topic.replace(QLatin1Char('_'), QLatin1Char(' '));
        lines << (analysis.topicKeywords.isEmpty()
                ? tr("Topic: %1").arg(topic)
                : tr("Topic: %1 (%2)").arg(topic, analysis.topicKeywords.join(QStringLiteral(", "))));
    }
    if (analysis.reach)
        lines << tr("Reach: %1 followers").arg(locale.toString(*analysis.reach));
    QStringList why;
    for (const QString &reason : analysis.reasons)
        why << reasonText(reason);
    lines << (why.isEmpty() ? tr("Why: nothing raised or lowered it")
                            : tr("Why: %1").arg(why.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Switchboard::Ui
