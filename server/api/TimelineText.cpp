// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineText.h"

#include "domain/WireTime.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
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

} // namespace

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
            out.append(compact(c.toJson()));
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
