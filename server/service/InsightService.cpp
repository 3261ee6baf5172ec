// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightService.h"

#include "domain/InsightTags.h"
#include "domain/Queue.h"
#include "domain/WireTime.h"
#include "storage/ConversationTagRepository.h"
#include "storage/QueueRepository.h"
#include "storage/ReportRepository.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <functional>

namespace Switchboard::Hub {

using namespace Domain;

namespace {

//! Seconds, rounded, of an average over `count` items of `total` ms; null without items.
QJsonValue averageSeconds(qint64 totalMs, int count)
{
    return count ? QJsonValue(qRound64(double(totalMs) / count / 1000.0)) : QJsonValue();
}

//! The figures of one agent or queue on one day.
struct Figures
{
    int handled = 0;
    qint64 handleMs = 0;
    //! Handled items whose handle time is known.
    int handleTimed = 0;
    int answered = 0;
    qint64 responseMs = 0;
    //! Answered items with a first-response target, and those that met it.
    int withTarget = 0;
    int inSla = 0;

    void addHandled(const WorkItem &item)
    {
        ++handled;
        if (item.milliseconds) {
            handleMs += *item.milliseconds;
            ++handleTimed;
        }
    }
    void addResponse(const WorkItem &item, std::optional<int> targetSeconds)
    {
        ++answered;
        responseMs += item.milliseconds.value_or(0);
        if (targetSeconds) {
            ++withTarget;
            if (item.milliseconds.value_or(0) <= qint64(*targetSeconds) * 1000)
                ++inSla;
        }
    }
    void fill(QJsonObject &row) const
    {
        row.insert(QStringLiteral("handled"), handled);
        row.insert(QStringLiteral("handle_seconds_avg"), averageSeconds(handleMs, handleTimed));
        row.insert(
            QStringLiteral("first_response_seconds_avg"), averageSeconds(responseMs, answered));
        row.insert(QStringLiteral("answered"), answered);
        row.insert(QStringLiteral("answered_in_sla"), inSla);
        row.insert(QStringLiteral("sla_attainment"),
            withTarget ? QJsonValue(double(inSla) / withTarget) : QJsonValue());
    }
};

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

//! The first-response target of the item's queue for its channel; none without one.
std::optional<int> targetOf(const QHash<Id, Queue> &queues, const WorkItem &item)
{
    const auto queue = item.queueId ? queues.constFind(*item.queueId) : queues.cend();
    if (queue == queues.cend() || !queue->slaSeconds.contains(item.channel))
        return std::nullopt;
    return queue->slaSeconds.value(item.channel);
}

//! A day's figures, for each key the items are counted under.
QHash<Id, Figures> dayFigures(Storage &storage, const QDate &day,
    const std::function<std::optional<Id>(const WorkItem &)> &keyOf)
{
    QHash<Id, Queue> queues;
    for (const Queue &q : storage.queues().all())
        queues.insert(q.id, q);
    ReportRepository reports(storage.database());
    const QDateTime from = day.startOfDay();
    const QDateTime to = day.addDays(1).startOfDay();
    QHash<Id, Figures> out;
    for (const WorkItem &item : reports.handled(from, to)) {
        if (const auto key = keyOf(item))
            out[*key].addHandled(item);
    }
    for (const WorkItem &item : reports.firstResponses(from, to)) {
        if (const auto key = keyOf(item))
            out[*key].addResponse(item, targetOf(queues, item));
    }
    return out;
}

} // namespace

const QStringList InsightService::CountColumns{QStringLiteral("tag"), QStringLiteral("queue_id"),
    QStringLiteral("channel"), QStringLiteral("count")};
const QStringList InsightService::ExportColumns{QStringLiteral("tag"), QStringLiteral("tagged_at"),
    QStringLiteral("tagged_by"), QStringLiteral("conversation_id"), QStringLiteral("customer_id"),
    QStringLiteral("customer_name"), QStringLiteral("channel"), QStringLiteral("queue_name"),
    QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("assignee_name")};
const QStringList InsightService::AgentColumns{QStringLiteral("user_id"), QStringLiteral("name"),
    QStringLiteral("handled"), QStringLiteral("handle_seconds_avg"),
    QStringLiteral("first_response_seconds_avg"), QStringLiteral("answered"),
    QStringLiteral("answered_in_sla"), QStringLiteral("sla_attainment")};
const QStringList InsightService::QueueColumns
    = QStringList{QStringLiteral("queue_id")} + AgentColumns.mid(1);

InsightService::InsightService(Storage &storage)
    : m_storage(storage)
{
}

Outcome<InsightService::Period> InsightService::period(const QString &from, const QString &to)
{
    Period p;
    const auto read = [](const QString &name, const QString &text, QDateTime *time) {
        const auto parsed = WireTime::parse(text);
        if (!parsed) {
            return std::optional(ServiceError::invalid(
                name, QStringLiteral("%1 must be an ISO 8601 time with an offset").arg(name)));
        }
        *time = *parsed;
        return std::optional<ServiceError>();
    };
    if (auto e = read(QStringLiteral("from"), from, &p.from))
        return *e;
    if (auto e = read(QStringLiteral("to"), to, &p.to))
        return *e;
    if (p.from >= p.to)
        return ServiceError::invalid(QStringLiteral("to"), QStringLiteral("to must be after from"));
    if (p.from.addDays(MaxPeriodDays) < p.to) {
        return ServiceError::invalid(QStringLiteral("to"),
            QStringLiteral("the period must be at most %1 days").arg(MaxPeriodDays));
    }
    return p;
}

Outcome<QDate> InsightService::day(const QString &text)
{
    if (text.isEmpty())
        return QDate::currentDate();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return ServiceError::invalid(
            QStringLiteral("day"), QStringLiteral("day must be a date as YYYY-MM-DD"));
    return day;
}

QJsonObject InsightService::insights(const Period &period)
{
    const QStringList &tags = InsightTags::all();
    QJsonObject totals;
    for (const QString &tag : tags)
        totals.insert(tag, 0);
    QJsonArray counts;
    for (const TagCount &c :
        ConversationTagRepository(m_storage.database()).counts(tags, period.from, period.to)) {
        counts.append(QJsonObject{{QStringLiteral("tag"), c.tag},
            {QStringLiteral("queue_id"), c.queueId ? QJsonValue(*c.queueId) : QJsonValue()},
            {QStringLiteral("channel"), toWire(c.channel)}, {QStringLiteral("count"), c.count}});
        totals.insert(c.tag, totals.value(c.tag).toInt() + c.count);
    }
    return {{QStringLiteral("from"), WireTime::toJson(period.from)},
        {QStringLiteral("to"), WireTime::toJson(period.to)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("counts"), counts}, {QStringLiteral("totals"), totals}};
}

QJsonArray InsightService::taggedConversations(const Period &period)
{
    QJsonArray rows;
    for (const TaggedConversation &t : ConversationTagRepository(m_storage.database())
                                           .tagged(InsightTags::all(), period.from, period.to)) {
        rows.append(QJsonObject{{QStringLiteral("tag"), t.tag},
            {QStringLiteral("tagged_at"), WireTime::toJson(t.taggedAt)},
            {QStringLiteral("tagged_by"), t.taggedBy},
            {QStringLiteral("conversation_id"), t.conversationId},
            {QStringLiteral("customer_id"), t.customerId},
            {QStringLiteral("customer_name"), t.customerName},
            {QStringLiteral("channel"), toWire(t.channel)},
            {QStringLiteral("queue_name"), t.queueName}, {QStringLiteral("subject"), t.subject},
            {QStringLiteral("status"), toWire(t.status)},
            {QStringLiteral("assignee_name"), t.assigneeName}});
    }
    return rows;
}

QJsonObject InsightService::agentReport(const QDate &day)
{
    const auto byUser
        = dayFigures(m_storage, day, [](const WorkItem &item) { return item.userId; });
    // Every active agent has a row, working or not; anyone else only for work done that day.
    QJsonArray rows;
    for (const User &user : m_storage.users().all()) {
        const auto figures = byUser.constFind(user.id);
        if (figures == byUser.cend() && !(user.active && user.role == Role::Agent))
            continue;
        QJsonObject row{{QStringLiteral("user_id"), user.id}, {QStringLiteral("name"), user.name}};
        (figures == byUser.cend() ? Figures() : *figures).fill(row);
        rows.append(row);
    }
    return {{QStringLiteral("day"), dayText(day)}, {QStringLiteral("rows"), rows}};
}

QJsonObject InsightService::queueReport(const QDate &day)
{
    // Work in no queue is counted under 0, which no queue has as its id.
    const auto byQueue = dayFigures(m_storage, day,
        [](const WorkItem &item) { return std::optional<Id>(item.queueId.value_or(0)); });
    QJsonObject none{
        {QStringLiteral("queue_id"), QJsonValue()}, {QStringLiteral("name"), QString()}};
    byQueue.value(0).fill(none);
    QJsonArray rows{none};
    for (const Queue &queue : m_storage.queues().all()) {
        QJsonObject row{
            {QStringLiteral("queue_id"), queue.id}, {QStringLiteral("name"), queue.name}};
        byQueue.value(queue.id).fill(row);
        rows.append(row);
    }
    return {{QStringLiteral("day"), dayText(day)}, {QStringLiteral("rows"), rows}};
}

} // namespace Switchboard::Hub
