// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineText.h"

#include "domain/WireTime.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/JsonText.h"
#include "storage/MessageText.h"
#include "storage/Storage.h"

#include <QJsonDocument>
#include <algorithm>
#include <climits>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A string as QJsonDocument writes it; false (nothing appended) for text with a surrogate, which
// is left to Qt's own writer with the rest of its record.
bool appendString(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        if (c.isSurrogate())
            return false;
    }
    const QByteArray utf8 = text.toUtf8();
    return JsonText::appendString(
        out, reinterpret_cast<const unsigned char *>(utf8.constData()), utf8.size());
}

template <typename E> void appendWire(QByteArray &out, E value)
{
    for (const auto &[v, name] : WireNames<E>::names) {
        if (v == value) {
            out.append('"');
            out.append(name);
            out.append('"');
            return;
        }
    }
    Q_UNREACHABLE();
}

void appendTime(QByteArray &out, const QDateTime &time)
{
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    // JsonText::time() writes 0 as "no time": the epoch itself, and earlier, go through Qt.
    out.append(!time.isValid() ? QByteArrayLiteral("null")
            : ms > 0           ? JsonText::time(ms)
                               : JsonText::qtJson(WireTime::toJson(time)));
}

void appendOptionalId(QByteArray &out, const std::optional<Id> &id)
{
    if (id)
        JsonText::appendInteger(out, *id);
    else
        out.append("null");
}

} // namespace

QByteArray TimelineText::conversation(const Conversation &c)
{
    if (c.analysis)
        return compact(c.toJson());
    QByteArray out;
    out.reserve(512);
    out.append("{\"analysis\":null,\"assignee_id\":");
    appendOptionalId(out, c.assigneeId);
    out.append(",\"channel\":");
    appendWire(out, c.channel);
    out.append(",\"created_at\":");
    appendTime(out, c.createdAt);
    out.append(",\"customer_id\":");
    JsonText::appendInteger(out, c.customerId);
    out.append(",\"external_thread_id\":");
    if (!appendString(out, c.externalThreadId))
        return compact(c.toJson());
    out.append(",\"id\":");
    JsonText::appendInteger(out, c.id);
    out.append(",\"last_message_at\":");
    appendTime(out, c.lastMessageAt);
    out.append(",\"last_message_id\":");
    JsonText::appendInteger(out, c.lastMessageId);
    out.append(",\"origin_conversation_id\":");
    appendOptionalId(out, c.originConversationId);
    out.append(",\"priority\":");
    appendWire(out, c.priority);
    out.append(",\"queue_id\":");
    appendOptionalId(out, c.queueId);
    out.append(",\"sla_due_at\":");
    appendTime(out, c.slaDueAt);
    out.append(",\"status\":");
    appendWire(out, c.status);
    out.append(",\"subject\":");
    if (!appendString(out, c.subject))
        return compact(c.toJson());
    out.append(",\"tags\":[");
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        if (i > 0)
            out.append(',');
        if (!appendString(out, c.tags.at(i)))
            return compact(c.toJson());
    }
    out.append("],\"updated_at\":");
    appendTime(out, c.updatedAt);
    out.append(",\"visibility\":");
    appendWire(out, c.visibility());
    out.append('}');
    return out;
}


TimelineText::TimelineText(Storage &storage, MessageRepository::Reader reader)
    : m_storage(storage)
    , m_reader(reader)
{
}

QByteArray TimelineText::of(const Customer &customer)
{
    // One more than shown of each kind tells whether anything older was left out.
    const QList<MessageText::Row> messages
        = MessageText(m_storage.database()).ofCustomer(customer.id, Limit + 1, m_reader);
    const QList<CallRecord> calls = m_storage.calls().ofCustomer(customer.id, Limit + 1);
    struct Item
    {
        // Epoch milliseconds; an invalid time sorts first, as an invalid QDateTime does.
        qint64 at = LLONG_MIN;
        const MessageText::Row *message = nullptr;
        const CallRecord *call = nullptr;
    };
    QList<Item> items;
    items.reserve(messages.size() + calls.size());
    for (const MessageText::Row &m : messages)
        items.append({m.createdAtMs == 0 ? LLONG_MIN : m.createdAtMs, &m, nullptr});
    for (const CallRecord &c : calls)
        items.append(
            {c.offeredAt.isValid() ? c.offeredAt.toMSecsSinceEpoch() : LLONG_MIN, nullptr, &c});
    std::stable_sort(
        items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at < b.at; });
    const bool truncated = items.size() > Limit;
    if (truncated)
        items = items.mid(items.size() - Limit);

    ConversationFilter filter;
    filter.customerId = customer.id;
    filter.limit = 500;
    qsizetype size = 1024;
    for (const Item &item : std::as_const(items))
        size += item.message ? item.message->json.size() + 64 : 512;
    QByteArray out;
    out.reserve(size);
    out.append("{\"conversations\":[");
    for (bool first = true;;) {
        const auto page = m_storage.conversations().list(filter);
        for (const Conversation &c : page) {
            if (!std::exchange(first, false))
                out.append(',');
            out.append(conversation(c));
        }
        if (page.size() < filter.limit)
            break;
        filter.afterId = page.last().id;
    }
    out.append("],\"customer\":");
    out.append(compact(customer.toJson()));
    out.append(",\"items\":[");
    // Keys in QJsonObject's order, as the codecs' objects were written before.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        const Item &item = items.at(i);
        if (item.message) {
            out.append("{\"at\":");
            out.append(item.message->createdAt);
            out.append(",\"message\":");
            out.append(item.message->json);
            out.append(",\"type\":\"message\"}");
            continue;
        }
        const QJsonObject record = item.call->toJson();
        out.append(compact({{QStringLiteral("type"), QStringLiteral("call")},
            {QStringLiteral("at"), record.value(QLatin1String("offered_at"))},
            {QStringLiteral("call"), record}}));
    }
    out.append("],\"truncated\":");
    out.append(truncated ? "true" : "false");
    out.append('}');
    return out;
}

} // namespace Switchboard::Hub
