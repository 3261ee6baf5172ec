// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicRuleService.h"

#include "EventRecorder.h"
#include "domain/AuditEntry.h"
#include "domain/WireTime.h"
#include "storage/Database.h"
#include "storage/Storage.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTopicRules, "switchboard.hub.routing")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QString UpdatedAtKey = QStringLiteral("topic_rules_updated_at");

} // namespace

TopicRuleService::TopicRuleService(Storage &storage, EventRecorder &events)
    : m_storage(storage)
    , m_events(events)
{
}

void TopicRuleService::load()
{
    const QString text = m_storage.metaValue(RulesKey);
    m_updatedAt = WireTime::fromMs(m_storage.metaValue(UpdatedAtKey).toLongLong());
    if (text.isEmpty())
        return;
    QString error;
    const auto rules = TopicRules::fromJson(QJsonDocument::fromJson(text.toUtf8()).array(), &error);
    if (rules)
        m_rules = *rules;
    else
        qCWarning(lcTopicRules) << "the stored topic rules are unreadable, none apply:" << error;
}

QJsonObject TopicRuleService::describe() const
{
    return {{QStringLiteral("rules"), m_rules.toJson()},
        {QStringLiteral("updated_at"), WireTime::toJson(m_updatedAt)}};
}

Outcome<QJsonObject> TopicRuleService::update(const User &caller, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("rules") && it.key() != QLatin1String("client_id")) {
            return ServiceError::invalid(
                it.key(), QStringLiteral("%1: unknown field").arg(it.key()));
        }
    }
    QString error;
    const auto rules = TopicRules::fromJson(body.value(QLatin1String("rules")), &error);
    if (!rules)
        return ServiceError::invalid(QStringLiteral("rules"), error);
    Transaction tx(m_storage.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_storage.setMetaValue(
        RulesKey, QString::fromUtf8(QJsonDocument(rules->toJson()).toJson(QJsonDocument::Compact)));
    m_storage.setMetaValue(UpdatedAtKey, QString::number(WireTime::toMs(now)));
    AuditEntry entry;
    entry.at = now;
    entry.userId = caller.id;
    entry.userName = caller.name;
    entry.action = AuditAction::TopicRulesUpdated;
    entry.details = {{QLatin1String("topics"), rules->rules().size()}};
    m_events.audit(std::move(entry));
    // The new rules apply once they are stored for good, not before.
    m_storage.database().afterCommit([this, applied = *rules, now] {
        m_rules = applied;
        m_updatedAt = now;
    });
    tx.commit();
    return describe();
}

} // namespace Switchboard::Hub
