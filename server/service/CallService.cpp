// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "storage/CallRepository.h"
#include "storage/Storage.h"

#include <QRegularExpression>

namespace Switchboard::Hub {

using namespace Domain;

CallService::CallService(Storage &storage, EventRecorder &events, const AccessPolicy &access)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
{
}

Outcome<CallRecord> CallService::wrapUp(
    const User &caller, Id callId, const QString &disposition, const std::optional<QString> &notes)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!code.match(disposition).hasMatch()) {
        return ServiceError::invalid(QStringLiteral("disposition"),
            QStringLiteral("disposition must be a code of 1-40 lower-case letters, digits or _"));
    }
    if (notes && notes->size() > 10000)
        return ServiceError::invalid(
            QStringLiteral("notes"), QStringLiteral("notes must be at most 10000 characters"));
    Transaction tx(m_storage.database());
    auto call = m_storage.calls().byId(callId);
    if (!call)
        return ServiceError::notFound(QStringLiteral("call %1").arg(callId));
    if (call->agentId != caller.id && !m_access.isSupervisor(caller))
        return ServiceError::forbidden(
            QStringLiteral("only the agent who took the call or a supervisor wraps it up"));
    call->disposition = disposition;
    if (notes)
        call->wrapUpNotes = *notes;
    m_storage.calls().update(*call);
    m_events.record(
        EventType::CallUpdated, Audience::usersAndSupervisors({call->agentId}), call->toJson());
    tx.commit();
    return *call;
}

} // namespace Switchboard::Hub
