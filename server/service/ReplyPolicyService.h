// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "domain/AuditEntry.h"
#include "domain/Message.h"
#include "domain/User.h"
#include "policy/ReplyPolicy.h"

#include <QDateTime>
#include <memory>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class Storage;

//! The reply policy as this hub applies it: the brand contacts and admin rules stored in the
//! database, the check every reply passes before it is stored, overrides by permitted users and
//! the audit log that records them.
class ReplyPolicyService
{
public:
    ReplyPolicyService(Storage &storage, EventRecorder &events, const AccessPolicy &access);

    //! Reads the stored configuration. A stored configuration that no longer validates is
    //! logged and the built-in rules apply, so the hub still starts and still checks.
    void load();

    Policy::CheckResult check(Domain::ChannelKind channel, const QString &text) const;

    //! What GET /api/v1/policy answers: {"brand", "rules", "override_role", "updated_at"}.
    QJsonObject toJson() const;
    //! Replaces brand contacts and rules from a PUT body (validated whole; nothing changes on
    //! an error), announces it and records it in the audit log.
    Outcome<QJsonObject> update(const Domain::User &caller, const QJsonObject &body);

    //! What a reply about to be stored was cleared with.
    struct Clearance
    {
        Policy::CheckResult result;
        //! The reply is blocked and goes out on the author's override.
        bool overridden = false;
    };
    //! Checks a reply on channel. A blocked reply is refused with 422 and the findings unless
    //! the author may override and gave a reason; an override by anyone else is 403.
    Outcome<Clearance> clear(const Domain::User &author, Domain::ChannelKind channel,
        const QString &text, const std::optional<QString> &overrideReason) const;
    //! Writes the audit entry of an overridden reply, inside the reply's transaction.
    void recordOverride(const Domain::User &author, const Domain::Message &message,
        const Clearance &clearance, const QString &reason);

    //! Longest override reason, in UTF-16 code units.
    static constexpr int MaxReasonLength = 1000;

private:
    QJsonObject describe(QJsonObject config, const QDateTime &updatedAt) const;

    Storage &m_storage;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    std::shared_ptr<const Policy::ReplyPolicy> m_policy;
    QDateTime m_updatedAt;
};

} // namespace Switchboard::Hub
