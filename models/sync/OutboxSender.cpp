// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "SyncLog.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheWriter.h"
#include "store/CustomerMoves.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QTimer>

namespace Switchboard::Sync {

using Store::OutboxItem;

OutboxSender::OutboxSender(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_cache(cache)
{
}

void OutboxSender::pause()
{
    m_paused = true;
}

void OutboxSender::resume()
{
    m_paused = false;
    pump();
}

void OutboxSender::abort()
{
    if (m_current) {
        Net::HttpJob *job = m_current;
        m_current = nullptr;
        job->abort();
    }
}

void OutboxSender::pump()
{
    if (m_paused || m_current)
        return;
    std::optional<OutboxItem> item;
    try {
        Store::Outbox outbox(m_cache);
        item = outbox.nextQueued();
        if (!item)
            return;
        outbox.noteAttempt(item->id);
    } catch (const Store::CacheError &error) {
        Q_EMIT cacheFailed(error.message());
        return;
    }
    const Net::HttpRequest request
        = Net::HttpRequest::withBody(item->method, item->path, item->body, true);
    m_current = m_http.send(request);
    connect(m_current, &Net::HttpJob::finished, this,
        [this, sent = *item, job = m_current.data()](const Net::HttpResponse &response) {
            if (m_current != job)
                return; // aborted
            m_current = nullptr;
            finished(sent, response);
        });
}

void OutboxSender::storeAnswer(
    const OutboxItem &item, const QJsonObject &answer, Store::ChangeSet &changes)
{
    // The stream brings the same records as events; storing the answer now shows the result at
    // once, and the event changes nothing when it arrives.
    Store::CacheWriter writer(m_cache);
    switch (item.kind) {
    case OutboxItem::Kind::Reply:
    case OutboxItem::Kind::Note:
    case OutboxItem::Kind::Whisper:
        if (const auto message = Domain::Message::fromJson(answer))
            writer.insertMessage(*message, changes, false);
        break;
    case OutboxItem::Kind::Assign:
    case OutboxItem::Kind::Status:
    case OutboxItem::Kind::TakeOver:
    case OutboxItem::Kind::Tags:
        if (const auto conversation = Domain::Conversation::fromJson(answer))
            writer.upsertConversation(*conversation, changes);
        break;
    case OutboxItem::Kind::Presence:
        if (const auto user = Domain::User::fromJson(answer))
            writer.upsertUser(*user, changes);
        break;
    case OutboxItem::Kind::CallAction:
    case OutboxItem::Kind::WrapUp:
        if (const auto call = Domain::CallRecord::fromJson(answer))
            writer.upsertCall(*call, changes);
        break;
    case OutboxItem::Kind::StartConversation:
        // {"conversation", "message"}: the conversation first, so the message has its home.
        if (const auto conversation = Domain::Conversation::fromJson(
                answer.value(QLatin1String("conversation")).toObject()))
            writer.upsertConversation(*conversation, changes);
        if (const auto message
            = Domain::Message::fromJson(answer.value(QLatin1String("message")).toObject()))
            writer.insertMessage(*message, changes, false);
        break;
    case OutboxItem::Kind::MergeCustomers:
    case OutboxItem::Kind::SplitCustomer: {
        // The answer in the shape of the event that announces it (customer.merged or .split).
        const bool merge = item.kind == OutboxItem::Kind::MergeCustomers;
        const QJsonObject data = merge
            ? QJsonObject{{QLatin1String("customer"), answer},
                {QLatin1String("merged_id"), item.body.value(QLatin1String("customer_id"))}}
            : QJsonObject{{QLatin1String("customer"), answer.value(QLatin1String("customer"))},
                {QLatin1String("new_customer"), answer.value(QLatin1String("new_customer"))},
                {QLatin1String("conversation_ids"),
                    item.body.value(QLatin1String("conversation_ids"))}};
        QString error;
        if (!Store::CustomerMoves(m_cache, writer)
                 .apply(
                     merge ? Domain::EventType::CustomerMerged : Domain::EventType::CustomerSplit,
                     data, changes, &error))
            qCWarning(lcSync, "could not store the hub's answer: %s", qUtf8Printable(error));
        break;
    }
    }
}

void OutboxSender::finished(const OutboxItem &item, const Net::HttpResponse &response)
{
    if (response.error == Net::TransportError::Aborted)
        return;
    const bool hubTrouble = response.transportFailed() || response.status >= 500
        || response.status == 429 || response.status == 408;
    if (hubTrouble) {
        m_paused = true;
        const QString reason = response.transportFailed()
            ? response.errorString
            : tr("the hub answered %1").arg(response.status);
        qCInfo(lcSync, "outbox paused: %s", qUtf8Printable(reason));
        Q_EMIT hubUnreachable(reason);
        return;
    }
    if (response.status == 401) {
        m_paused = true;
        Q_EMIT unauthorized();
        return;
    }
    Store::ChangeSet changes;
    std::optional<OutboxItem> updated;
    try {
        Store::Outbox outbox(m_cache);
        m_cache.transaction([&] {
            if (response.ok()) {
                storeAnswer(item, response.json(), changes);
                outbox.remove(item.id, changes);
            } else if (response.status == 409 && response.hubError() == QLatin1String("conflict")) {
                QList<Domain::Message> missed;
                Store::CacheWriter writer(m_cache);
                for (const QJsonValue &value :
                    response.json().value(QLatin1String("missed")).toArray()) {
                    if (const auto message = Domain::Message::fromJson(value.toObject())) {
                        missed << *message;
                        writer.insertMessage(*message, changes, false);
                    }
                }
                outbox.markConflict(item.id, response.hubMessage(), missed, changes);
                updated = outbox.item(item.id);
            } else {
                const QString code = response.hubError().isEmpty()
                    ? QStringLiteral("http_%1").arg(response.status)
                    : response.hubError();
                const QString message = response.hubMessage().isEmpty()
                    ? tr("the hub refused this (HTTP %1)").arg(response.status)
                    : response.hubMessage();
                outbox.markRejected(item.id, code, message,
                    response.json().value(QLatin1String("findings")).toArray(), changes);
                updated = outbox.item(item.id);
            }
        });
    } catch (const Store::CacheError &error) {
        // Nothing was recorded: the item stays queued and goes again with its client id.
        m_paused = true;
        Q_EMIT cacheFailed(error.message());
        return;
    }
    Q_EMIT changed(changes);
    if (updated && updated->state == OutboxItem::State::Conflict)
        Q_EMIT conflict(*updated);
    else if (updated && updated->state == OutboxItem::State::Rejected)
        Q_EMIT rejected(*updated);
    // The next item goes on a fresh turn of the event loop, so a long outbox never starves the
    // stream.
    QTimer::singleShot(0, this, &OutboxSender::pump);
}

} // namespace Switchboard::Sync
