// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyPolicyService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "domain/WireTime.h"
#include "storage/AuditRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPolicy, "switchboard.hub.policy")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QString ConfigKey = QStringLiteral("reply_policy");
const QString UpdatedAtKey = QStringLiteral("reply_policy_updated_at");

//! The findings as the audit log keeps them: where and what, never the text.
QJsonArray findingsWithoutText(const QList<Policy::Finding> &findings)
{
    QJsonArray out;
    for (const Policy::Finding &f : findings) {
        QJsonObject json = f.toJson();
        json.remove(QLatin1String("message"));
        out.append(json);
    }
    return out;
}

} // namespace

ReplyPolicyService::ReplyPolicyService(
    Storage &storage, EventRecorder &events, const AccessPolicy &access)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
    , m_policy(std::make_shared<Policy::ReplyPolicy>())
{
}

void ReplyPolicyService::load()
{
    const QString stored = m_storage.metaValue(ConfigKey);
    m_updatedAt = WireTime::fromMs(m_storage.metaValue(UpdatedAtKey).toLongLong());
    if (stored.isEmpty())
        return;
    QString error;
    const auto config = Policy::PolicyConfig::fromJson(stored.toUtf8(), &error);
    if (!config) {
        qCWarning(lcPolicy).noquote()
            << "the stored reply policy is unusable, the built-in rules apply:" << error;
        return;
    }
    m_policy = std::make_shared<Policy::ReplyPolicy>(*config);
}

Policy::CheckResult ReplyPolicyService::check(ChannelKind channel, const QString &text) const
{
    return m_policy->check(channel, text);
}

QJsonObject ReplyPolicyService::toJson() const
{
    return describe(m_policy->config().toJson(), m_updatedAt);
}

QJsonObject ReplyPolicyService::describe(QJsonObject config, const QDateTime &updatedAt) const
{
    config.insert(QLatin1String("override_role"), toWire(m_access.settings().overrideRole));
    config.insert(QLatin1String("updated_at"), WireTime::toJson(updatedAt));
    return config;
}

Outcome<QJsonObject> ReplyPolicyService::update(const User &caller, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("brand") && it.key() != QLatin1String("rules")
            && it.key() != QLatin1String("client_id")) {
            return ServiceError::invalid(it.key(),
                QStringLiteral("%1: unknown field (brand and rules are set)").arg(it.key()));
        }
    }
    if (!body.value(QLatin1String("rules")).isArray())
        return ServiceError::invalid(
            QStringLiteral("rules"), QStringLiteral("rules: must be a list"));
    if (!body.value(QLatin1String("brand")).isObject())
        return ServiceError::invalid(
            QStringLiteral("brand"), QStringLiteral("brand: must be an object"));
    QString error;
    const auto config = Policy::PolicyConfig::fromJson(body, &error);
    if (!config) {
        const QString field = error.startsWith(QLatin1String("rule")) ? QStringLiteral("rules")
                                                                      : QStringLiteral("brand");
        return ServiceError::invalid(field, error);
    }

    Transaction tx(m_storage.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_storage.setMetaValue(ConfigKey,
        QString::fromUtf8(QJsonDocument(config->toJson()).toJson(QJsonDocument::Compact)));
    m_storage.setMetaValue(UpdatedAtKey, QString::number(WireTime::toMs(now)));
    const QJsonObject json = describe(config->toJson(), now);
    m_events.record(EventType::PolicyUpdated, Audience::all(), json);
    AuditEntry entry;
    entry.at = now;
    entry.userId = caller.id;
    entry.userName = caller.name;
    entry.action = AuditAction::ReplyPolicyUpdated;
    entry.details = {{QLatin1String("rules"), config->rules.size()}};
    m_events.audit(std::move(entry));
    // The new rules apply once they are stored for good, not before.
    m_storage.database().afterCommit(
        [this, policy = std::make_shared<const Policy::ReplyPolicy>(*config), now] {
            m_policy = policy;
            m_updatedAt = now;
        });
    tx.commit();
    return json;
}

Outcome<ReplyPolicyService::Clearance> ReplyPolicyService::clear(const User &author,
    ChannelKind channel, const QString &text, const std::optional<QString> &overrideReason) const
{
    if (overrideReason) {
        if (!m_access.mayOverrideReplyPolicy(author)) {
            return ServiceError::forbidden(
                QStringLiteral("overriding the reply policy needs the %1 role")
                    .arg(toWire(m_access.settings().overrideRole)));
        }
        if (overrideReason->trimmed().isEmpty())
            return ServiceError::invalid(QStringLiteral("override.reason"),
                QStringLiteral("override.reason: a reason is required to override the policy"));
        if (overrideReason->size() > MaxReasonLength) {
            return ServiceError::invalid(QStringLiteral("override.reason"),
                QStringLiteral("override.reason: must be at most %1 characters")
                    .arg(MaxReasonLength));
        }
    }
    Clearance clearance{check(channel, text), false};
    if (clearance.result.verdict != Policy::Verdict::Block)
        return clearance;
    if (overrideReason) {
        clearance.overridden = true;
        return clearance;
    }
    QStringList reasons;
    for (const Policy::Finding &f : std::as_const(clearance.result.findings)) {
        if (f.severity == Policy::Severity::Block && !reasons.contains(f.message))
            reasons.append(f.message);
    }
    QJsonObject extra = clearance.result.toJson();
    return ServiceError{422, QStringLiteral("policy_blocked"),
        QStringLiteral("the reply policy blocks this reply: %1")
            .arg(reasons.join(QLatin1String(", "))),
        QStringLiteral("body"), extra};
}

void ReplyPolicyService::recordOverride(
    const User &author, const Message &message, const Clearance &clearance, const QString &reason)
{
    if (!clearance.overridden)
        return;
    AuditEntry entry;
    entry.at = message.createdAt;
    entry.userId = author.id;
    entry.userName = author.name;
    entry.action = AuditAction::ReplyPolicyOverride;
    entry.conversationId = message.conversationId;
    entry.messageId = message.id;
    entry.reason = reason.trimmed();
    entry.details = {{QLatin1String("channel"), toWire(message.channel)},
        {QLatin1String("visibility"), toWire(visibilityOf(message.channel))},
        {QLatin1String("findings"), findingsWithoutText(clearance.result.findings)}};
    m_events.audit(std::move(entry));
}

} // namespace Switchboard::Hub
