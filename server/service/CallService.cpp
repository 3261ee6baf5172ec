// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallService.h"

#include "AccessPolicy.h"
#include "EventRecorder.h"
#include "domain/Event.h"
#include "policy/Masking.h"
#include "storage/CallRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>
#include <algorithm>

namespace Switchboard::Hub {

using namespace Domain;

CallService::CallService(Storage &storage, EventRecorder &events, const AccessPolicy &access)
    : m_storage(storage)
    , m_events(events)
    , m_access(access)
{
}

namespace {

QString stateName(CallRecord::State state)
{
    switch (state) {
    case CallRecord::State::Offered:
        return QStringLiteral("offered");
    case CallRecord::State::Answered:
        return QStringLiteral("answered");
    case CallRecord::State::OnHold:
        return QStringLiteral("on hold");
    case CallRecord::State::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

int secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? int(std::max<qint64>(0, from.secsTo(to))) : 0;
}

// Closes a running hold so held_seconds stays the sum of finished holds.
void finishHold(CallRecord &call, const QDateTime &now)
{
    if (call.onHold)
        call.heldSeconds += secondsBetween(call.holdStartedAt, now);
    call.onHold = false;
    call.holdStartedAt = QDateTime();
}

// Talk time is summed per leg, so a transferred call keeps the first agent's time.
void finishLeg(CallRecord &call, const QDateTime &now)
{
    call.durationSeconds += secondsBetween(call.answeredAt, now);
}

} // namespace

Outcome<CallRecord> CallService::control(const User &caller, Id callId,
    std::initializer_list<CallRecord::State> allowed, const QString &stateRule,
    bool offeredAgentOnly, const std::function<std::optional<ServiceError>(CallRecord &)> &change)
{
    Transaction tx(m_storage.database());
    auto call = m_storage.calls().byId(callId);
    if (!call)
        return ServiceError::notFound(QStringLiteral("call %1").arg(callId));
    const bool own = call->agentId == caller.id;
    if (offeredAgentOnly && !own) {
        return ServiceError::forbidden(
            QStringLiteral("call %1 is not offered to you; only its agent answers it").arg(callId));
    }
    if (!own && !m_access.isSupervisor(caller)) {
        return ServiceError::forbidden(
            QStringLiteral("only the call's agent or a supervisor controls call %1").arg(callId));
    }
    if (std::find(allowed.begin(), allowed.end(), call->state()) == allowed.end()) {
        return ServiceError{409, QStringLiteral("call_state"),
            QStringLiteral("call %1 is %2: %3")
                .arg(callId)
                .arg(stateName(call->state()), stateRule),
            {}, {}};
    }
    const std::optional<Id> before = call->agentId;
    if (const auto refused = change(*call))
        return *refused;
    m_storage.calls().update(*call);
    // Both agents hear of a transfer or a decline: the one who had the call and the one who has it.
    m_events.record(EventType::CallUpdated, Audience::usersAndSupervisors({before, call->agentId}),
        call->toJson());
    tx.commit();
    return *call;
}

Outcome<CallRecord> CallService::tellProvider(
    Outcome<CallRecord> result, CallProviderControl::Step step)
{
    if (!m_provider || !result.ok() || result.value().providerCallId.isEmpty()
        || !result.value().agentId)
        return result;
    if (const auto agent = m_storage.users().byId(*result.value().agentId))
        m_provider->apply(result.value(), step, *agent);
    return result;
}

Outcome<CallRecord> CallService::answer(const User &caller, Id callId)
{
    return tellProvider(control(caller, callId, {CallRecord::State::Offered},
        QStringLiteral("only an offered call can be answered"), true, [](CallRecord &call) {
            call.answeredAt = QDateTime::currentDateTimeUtc();
            return std::optional<ServiceError>();
        }),
        CallProviderControl::Step::Connect);
}

Outcome<CallRecord> CallService::decline(const User &caller, Id callId)
{
    return control(caller, callId, {CallRecord::State::Offered},
        QStringLiteral("only an offered call can be declined"), false, [](CallRecord &call) {
            // Back to the queue; offering it to someone else is routing's job.
            call.agentId.reset();
            return std::optional<ServiceError>();
        });
}

Outcome<CallRecord> CallService::hold(const User &caller, Id callId)
{
    return tellProvider(control(caller, callId, {CallRecord::State::Answered},
        QStringLiteral("only an answered call that is not on hold can be put on hold"), false,
        [](CallRecord &call) {
            call.onHold = true;
            call.holdStartedAt = QDateTime::currentDateTimeUtc();
            return std::optional<ServiceError>();
        }),
        CallProviderControl::Step::Wait);
}

Outcome<CallRecord> CallService::resume(const User &caller, Id callId)
{
    return tellProvider(control(caller, callId, {CallRecord::State::OnHold},
        QStringLiteral("only a call on hold can be resumed"), false, [](CallRecord &call) {
            finishHold(call, QDateTime::currentDateTimeUtc());
            return std::optional<ServiceError>();
        }),
        CallProviderControl::Step::Connect);
}

Outcome<CallRecord> CallService::transfer(const User &caller, Id callId, Id toUserId)
{
    return tellProvider(control(caller, callId, {CallRecord::State::Answered, CallRecord::State::OnHold},
        QStringLiteral("only an answered call can be transferred"), false,
        [&](CallRecord &call) -> std::optional<ServiceError> {
            const auto target = m_storage.users().byId(toUserId);
            if (!target)
                return ServiceError::notFound(QStringLiteral("user %1").arg(toUserId));
            if (!target->active) {
                return ServiceError::invalid(QStringLiteral("to_user_id"),
                    QStringLiteral("to_user_id: user %1 is deactivated").arg(toUserId));
            }
            if (call.agentId == toUserId) {
                return ServiceError::invalid(QStringLiteral("to_user_id"),
                    QStringLiteral("to_user_id: call %1 is already with user %2")
                        .arg(callId)
                        .arg(toUserId));
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            finishHold(call, now);
            finishLeg(call, now);
            // Offered again, now to the new agent, who answers it in turn.
            call.answeredAt = QDateTime();
            call.agentId = toUserId;
            return std::nullopt;
        }),
        CallProviderControl::Step::Wait);
}

Outcome<CallRecord> CallService::end(const User &caller, Id callId)
{
    return tellProvider(control(caller, callId,
        {CallRecord::State::Offered, CallRecord::State::Answered, CallRecord::State::OnHold},
        QStringLiteral("the call has already ended"), false, [](CallRecord &call) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            finishHold(call, now);
            finishLeg(call, now);
            call.endedAt = now;
            return std::optional<ServiceError>();
        }),
        CallProviderControl::Step::HangUp);
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
    // The after-call work ends with the first wrap-up of an ended call.
    if (call->disposition.isEmpty() && call->endedAt.isValid())
        call->wrapUpSeconds
            = std::max(0, secondsBetween(call->endedAt, QDateTime::currentDateTimeUtc()));
    call->disposition = disposition;
    if (notes)
        call->wrapUpNotes = Policy::Masking::maskCardNumbers(*notes);
    m_storage.calls().update(*call);
    m_events.record(
        EventType::CallUpdated, Audience::usersAndSupervisors({call->agentId}), call->toJson());
    tx.commit();
    return *call;
}

} // namespace Switchboard::Hub
