// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitialSync.h"

#include "SyncLog.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheSchema.h"
#include "store/CacheWriter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Switchboard::Sync {

using namespace Domain;

namespace {

// Timelines are applied in batches: one transaction (one fsync) per batch instead of per
// customer is what makes the first sync fast.
constexpr int BatchSize = 24;
constexpr int PageSize = 500;

} // namespace

InitialSync::InitialSync(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_cache(cache)
{
}

InitialSync::~InitialSync()
{
    abort();
}

void InitialSync::abort()
{
    m_running = false;
    for (const QPointer<Net::HttpJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    m_jobs.clear();
}

void InitialSync::start(const User &me)
{
    abort();
    m_me = me;
    m_running = true;
    m_head = 0;
    m_customers.clear();
    m_seenCustomers.clear();
    m_nextCustomer = m_inFlight = m_done = 0;
    m_pendingTimelines.clear();
    m_listings.clear();
    const QPair<QString, QString> open{QStringLiteral("status"), QStringLiteral("open")};
    const QPair<QString, QString> pending{QStringLiteral("status"), QStringLiteral("pending")};
    if (roleAtLeast(me.role, Role::Supervisor)) {
        m_listings = {{open}, {pending}};
    } else {
        const QPair<QString, QString> mine{QStringLiteral("assignee"), QStringLiteral("me")};
        const QPair<QString, QString> waiting{
            QStringLiteral("assignee"), QStringLiteral("unassigned")};
        m_listings = {{mine, open}, {mine, pending}, {waiting, open}, {waiting, pending}};
    }
    // The head first: everything after it reaches us through the stream's catch-up.
    send(QStringLiteral("/api/v1/events"),
        {{QStringLiteral("since"), QStringLiteral("0")},
            {QStringLiteral("limit"), QStringLiteral("1")}},
        &InitialSync::onHead);
}

void InitialSync::send(const QString &path, const QList<QPair<QString, QString>> &query,
    void (InitialSync::*handler)(const QJsonObject &))
{
    QUrlQuery urlQuery;
    urlQuery.setQueryItems(query);
    Net::HttpJob *job = m_http.send(Net::HttpRequest::get(path, urlQuery));
    m_jobs << job;
    connect(job, &Net::HttpJob::finished, this,
        [this, job, handler](const Net::HttpResponse &response) {
            m_jobs.removeAll(job);
            if (!m_running)
                return;
            if (!response.ok()) {
                fail(response);
                return;
            }
            (this->*handler)(response.json());
        });
}

void InitialSync::fail(const Net::HttpResponse &response)
{
    const QString message = response.transportFailed()
        ? response.errorString
        : QStringLiteral("%1 (HTTP %2)").arg(response.hubMessage()).arg(response.status);
    abort();
    Q_EMIT failed(message, response.transportFailed(), response.status);
}

void InitialSync::onHead(const QJsonObject &body)
{
    m_head = body.value(QLatin1String("head")).toInteger();
    send(QStringLiteral("/api/v1/users"), {}, &InitialSync::onUsers);
}

void InitialSync::onUsers(const QJsonObject &body)
{
    Store::ChangeSet changes;
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction([&] {
            for (const QJsonValue &value : body.value(QLatin1String("items")).toArray()) {
                if (const auto user = User::fromJson(value.toObject()))
                    writer.upsertUser(*user, changes);
            }
        });
    } catch (const Store::CacheError &error) {
        abort();
        Q_EMIT failed(error.message(), false, 0);
        return;
    }
    Q_EMIT changed(changes);
    m_after = 0;
    nextConversationPage();
}

void InitialSync::nextConversationPage()
{
    if (m_listings.isEmpty()) {
        pumpTimelines();
        return;
    }
    QList<QPair<QString, QString>> query = m_listings.first();
    query << qMakePair(QStringLiteral("limit"), QString::number(PageSize));
    if (m_after > 0)
        query << qMakePair(QStringLiteral("after"), QString::number(m_after));
    send(QStringLiteral("/api/v1/conversations"), query, &InitialSync::onConversations);
}

void InitialSync::onConversations(const QJsonObject &body)
{
    for (const QJsonValue &value : body.value(QLatin1String("items")).toArray()) {
        const qint64 customerId = value.toObject().value(QLatin1String("customer_id")).toInteger();
        if (customerId > 0 && !m_seenCustomers.contains(customerId)) {
            m_seenCustomers.insert(customerId);
            m_customers << customerId;
        }
    }
    const QJsonValue next = body.value(QLatin1String("next_after"));
    if (next.isDouble()) {
        m_after = next.toInteger();
    } else {
        m_listings.removeFirst();
        m_after = 0;
    }
    nextConversationPage();
}

void InitialSync::pumpTimelines()
{
    while (m_running && m_inFlight < Parallel && m_nextCustomer < m_customers.size()) {
        const qint64 customerId = m_customers.at(m_nextCustomer++);
        ++m_inFlight;
        send(QStringLiteral("/api/v1/customers/%1/timeline").arg(customerId), {},
            &InitialSync::onTimeline);
    }
    if (m_running && m_inFlight == 0 && m_nextCustomer >= m_customers.size()) {
        flush();
        if (!m_running)
            return;
        try {
            Store::CacheWriter writer(m_cache);
            m_cache.transaction([&] {
                writer.setMeta(Store::Schema::Meta::cursorKey, QString::number(m_head));
                writer.setMeta(Store::Schema::Meta::initialSyncDoneKey, QStringLiteral("1"));
            });
        } catch (const Store::CacheError &error) {
            abort();
            Q_EMIT failed(error.message(), false, 0);
            return;
        }
        m_running = false;
        Q_EMIT finished();
    }
}

void InitialSync::onTimeline(const QJsonObject &body)
{
    --m_inFlight;
    ++m_done;
    m_pendingTimelines << body;
    if (m_pendingTimelines.size() >= BatchSize)
        flush();
    Q_EMIT progress(m_done, int(m_customers.size()));
    pumpTimelines();
}

void InitialSync::flush()
{
    if (m_pendingTimelines.isEmpty())
        return;
    Store::ChangeSet changes;
    try {
        Store::CacheWriter writer(m_cache);
        m_cache.transaction([&] {
            for (const QJsonObject &timeline : std::as_const(m_pendingTimelines)) {
                QString error;
                if (!writer.applyTimeline(timeline, changes, &error))
                    qCWarning(lcSync, "skipped a customer timeline the cache cannot read: %s",
                        qUtf8Printable(error));
            }
        });
    } catch (const Store::CacheError &error) {
        abort();
        Q_EMIT failed(error.message(), false, 0);
        return;
    }
    m_pendingTimelines.clear();
    Q_EMIT changed(changes);
}

} // namespace Switchboard::Sync
