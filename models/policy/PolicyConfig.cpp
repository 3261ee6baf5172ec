// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Switchboard::Policy {

QJsonObject PolicyConfig::toJson() const
{
    QJsonArray list;
    for (const CustomRule &rule : rules)
        list.append(rule.toJson());
    return QJsonObject{{QLatin1String("brand"), brand.toJson()}, {QLatin1String("rules"), list}};
}

std::optional<PolicyConfig> PolicyConfig::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error) {
            *error = document.isNull() ? parseError.errorString()
                                       : QStringLiteral("expected a JSON object");
        }
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

std::optional<PolicyConfig> PolicyConfig::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<PolicyConfig>();
    };
    PolicyConfig config;
    const QJsonValue brand = json.value(QLatin1String("brand"));
    if (!brand.isUndefined() && !brand.isNull() && !brand.isObject())
        return fail(QStringLiteral("\"brand\" must be an object"));
    QString why;
    config.brand = BrandContacts::fromJson(brand.toObject(), &why);
    if (!why.isEmpty())
        return fail(why);
    const QJsonValue rules = json.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isNull() && !rules.isArray())
        return fail(QStringLiteral("\"rules\" must be a list"));
    QSet<QString> kinds;
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString label = entry.value(QLatin1String("name")).toString().isEmpty()
            ? QStringLiteral("rule %1").arg(i + 1)
            : QStringLiteral("rule %1 (\"%2\")")
                  .arg(i + 1)
                  .arg(entry.value(QLatin1String("name")).toString());
        const auto rule = CustomRule::fromJson(entry, &why);
        if (!rule)
            return fail(label + QStringLiteral(": ") + why);
        // Findings name their rule, so two rules may not share a kind.
        if (kinds.contains(rule->kind()))
            return fail(label + QStringLiteral(": another rule has the same id"));
        kinds.insert(rule->kind());
        config.rules.append(*rule);
    }
    if (error)
        error->clear();
    return config;
}

} // namespace Switchboard::Policy
