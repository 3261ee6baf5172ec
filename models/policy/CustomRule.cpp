// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomRule.h"

#include <QJsonArray>

namespace Switchboard::Policy {

QString CustomRule::kind() const
{
    return QString(FindingKind::CustomPrefix) + (id.isEmpty() ? name : id);
}

std::optional<QRegularExpression> CustomRule::compile(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<QRegularExpression>();
    };
    QRegularExpression re;
    if (type == Type::Words) {
        QStringList escaped;
        for (const QString &word : words) {
            if (!word.trimmed().isEmpty())
                escaped.append(QRegularExpression::escape(word.trimmed()));
        }
        if (escaped.isEmpty())
            return fail(QStringLiteral("a word list needs at least one word"));
        // Whole words only: "cheap" must not fire inside "cheaper".
        re = QRegularExpression(
            QStringLiteral(R"((?<!\w)(?:)") + escaped.join(u'|') + QStringLiteral(R"()(?!\w))"),
            QRegularExpression::UseUnicodePropertiesOption
                | QRegularExpression::CaseInsensitiveOption);
    } else {
        if (pattern.isEmpty())
            return fail(QStringLiteral("a regex rule needs a pattern"));
        re = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            return fail(QStringLiteral("invalid regular expression at offset %1: %2")
                            .arg(re.patternErrorOffset())
                            .arg(re.errorString()));
        }
        // A pattern that matches nothing at all would flag every reply.
        if (re.match(QString()).hasMatch())
            return fail(QStringLiteral("the regular expression matches empty text"));
    }
    re.optimize();
    if (error)
        error->clear();
    return re;
}

QJsonObject CustomRule::toJson() const
{
    QJsonObject out{
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("type"),
            type == Type::Words ? QStringLiteral("words") : QStringLiteral("regex")},
        {QLatin1String("severity"), severityToWire(severity)},
    };
    if (type == Type::Words)
        out.insert(QLatin1String("words"), QJsonArray::fromStringList(words));
    else
        out.insert(QLatin1String("pattern"), pattern);
    QJsonArray list;
    for (Domain::ChannelKind channel : channels)
        list.append(Domain::toWire(channel));
    out.insert(QLatin1String("channels"), list);
    return out;
}

std::optional<CustomRule> CustomRule::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<CustomRule>();
    };
    CustomRule rule;
    rule.id = json.value(QLatin1String("id")).toString().trimmed();
    rule.name = json.value(QLatin1String("name")).toString().trimmed();
    if (rule.id.isEmpty() && rule.name.isEmpty())
        return fail(QStringLiteral("needs an id or a name"));
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == QLatin1String("regex")) {
        rule.type = Type::Regex;
        rule.pattern = json.value(QLatin1String("pattern")).toString();
    } else if (type == QLatin1String("words")) {
        rule.type = Type::Words;
        const QJsonValue words = json.value(QLatin1String("words"));
        if (!words.isArray())
            return fail(QStringLiteral("\"words\" must be a list of strings"));
        for (const QJsonValue &word : words.toArray()) {
            if (!word.isString())
                return fail(QStringLiteral("\"words\" must be a list of strings"));
            rule.words.append(word.toString());
        }
    } else {
        return fail(QStringLiteral("unknown type \"%1\" (one of regex, words)").arg(type));
    }
    const auto severity = severityFromWire(json.value(QLatin1String("severity")).toString());
    if (!severity) {
        return fail(QStringLiteral("unknown severity \"%1\" (one of warn, block)")
                        .arg(json.value(QLatin1String("severity")).toString()));
    }
    rule.severity = *severity;
    const QJsonValue channels = json.value(QLatin1String("channels"));
    if (!channels.isUndefined() && !channels.isNull() && !channels.isArray())
        return fail(QStringLiteral("\"channels\" must be a list of channel names"));
    for (const QJsonValue &name : channels.toArray()) {
        const auto channel = Domain::fromWire<Domain::ChannelKind>(name.toString());
        if (!channel) {
            return fail(
                QStringLiteral("unknown channel \"%1\" (one of %2)")
                    .arg(name.toString(),
                        Domain::allWireNames<Domain::ChannelKind>().join(QLatin1String(", "))));
        }
        rule.channels.append(*channel);
    }
    QString why;
    if (!rule.compile(&why))
        return fail(why);
    if (error)
        error->clear();
    return rule;
}

} // namespace Switchboard::Policy
