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
#include "store/CacheWriter.h"
#include "store/RecordText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Switchboard::Sync {

using namespace Domain;

namespace {

// Customers per GET /customers/timelines (the hub takes up to 100). Ten cut the processor time
// of both sides by a sixth against one per request; forty cost more again, as answers of
// megabytes are built and parsed whole (docs/performance.md).
constexpr int TimelinesPerRequest = 10;
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
    dropStore();
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
    m_bulk = true;
    m_retry.clear();
    m_pendingTimelines.clear();
    m_pendingItems = 0;
    m_finishing = false;
    m_store = new TimelineStore(m_cache.path(), this);
    connect(m_store, &TimelineStore::stored, this, &InitialSync::onStored);
    connect(m_store, &TimelineStore::finished, this, &InitialSync::onStoreFinished);
    connect(m_store, &TimelineStore::failed, this, &InitialSync::failStore);
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
    send(path, query,
        [this, handler](const Net::HttpResponse &response) { (this->*handler)(response.json()); });
}

void InitialSync::send(const QString &path, const QList<QPair<QString, QString>> &query,
    const std::function<void(const Net::HttpResponse &)> &handler, Answers answers)
{
    QUrlQuery urlQuery;
    urlQuery.setQueryItems(query);
    Net::HttpJob *job = m_http.send(Net::HttpRequest::get(path, urlQuery));
    m_jobs << job;
    connect(job, &Net::HttpJob::finished, this,
        [this, job, handler, answers](const Net::HttpResponse &response) {
            m_jobs.removeAll(job);
            if (!m_running)
                return;
            if (!response.ok() && !(answers == NotFoundToo && response.status == 404)) {
                fail(response);
                return;
            }
            handler(response);
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
    while (m_running && m_inFlight < Parallel && !backedUp()
        && (m_nextCustomer < m_customers.size() || !m_retry.isEmpty())) {
        ++m_inFlight;
        if (!m_bulk) {
            const qint64 customerId
                = m_retry.isEmpty() ? m_customers.at(m_nextCustomer++) : m_retry.takeFirst();
            send(QStringLiteral("/api/v1/customers/%1/timeline").arg(customerId), {},
                [this](const Net::HttpResponse &response) { onTimeline(response); });
            continue;
        }
        const QList<qint64> ids = m_customers.mid(m_nextCustomer, TimelinesPerRequest);
        m_nextCustomer += ids.size();
        QStringList list;
        for (const qint64 id : ids)
            list << QString::number(id);
        send(
            QStringLiteral("/api/v1/customers/timelines"),
            {{QStringLiteral("ids"), list.join(QLatin1Char(','))}},
            [this, ids](const Net::HttpResponse &response) { onTimelines(response, ids); },
            NotFoundToo);
    }
    if (m_running && !m_finishing && m_inFlight == 0 && m_nextCustomer >= m_customers.size()
        && m_retry.isEmpty()) {
        // Everything is received: the last batch, then the index and the cursor, in order.
        m_finishing = true;
        submit();
        m_store->finish(m_head);
    }
}

void InitialSync::onTimelines(const Net::HttpResponse &response, const QList<qint64> &ids)
{
    --m_inFlight;
    if (response.status == 404) {
        // A hub from before GET /customers/timelines: one request per customer, as it expects.
        qCInfo(lcSync, "the hub reads timelines one customer at a time");
        m_bulk = false;
        m_retry += ids;
        pumpTimelines();
        return;
    }
    m_done += int(ids.size());
    // Each timeline's text is read and checked whole by TimelineReader (or parsed on its own),
    // so the answer is only split here: checking it all first as well was a seventh of this
    // thread's time (docs/performance.md).
    if (const auto texts = Store::RecordText::arrayElements(
            response.body, "items", Store::RecordText::Check::Structure)) {
        for (const QByteArrayView text : *texts)
            receiveTimeline(response.body, text);
    } else {
        // Not an object whose structure JsonScanner finds: parsed whole, as QJsonDocument reads
        // it.
        for (const QJsonValue &timeline : response.json().value(QLatin1String("items")).toArray()) {
            const QJsonObject object = timeline.toObject();
            m_pendingItems += object.value(QLatin1String("items")).toArray().size();
            m_pendingTimelines.append({{}, object, {}, {}});
        }
    }
    afterTimelines();
}

void InitialSync::onTimeline(const Net::HttpResponse &response)
{
    --m_inFlight;
    ++m_done;
    receiveTimeline(response.body, response.body);
    afterTimelines();
}

void InitialSync::receiveTimeline(const QByteArray &answer, QByteArrayView text)
{
    ReceivedTimeline pending{{}, {}, answer, text};
    QString error;
    switch (Store::TimelineReader::read(text, pending.records, &error)) {
    case Store::TimelineReader::Outcome::Read:
        m_pendingItems += pending.records.messages.size() + pending.records.calls.size();
        break;
    case Store::TimelineReader::Outcome::Refused:
        qCWarning(
            lcSync, "skipped a customer timeline the cache cannot read: %s", qUtf8Printable(error));
        return;
    case Store::TimelineReader::Outcome::NotPlain:
        pending.timeline = QJsonDocument::fromJson(text.toByteArray()).object();
        m_pendingItems += pending.timeline.value(QLatin1String("items")).toArray().size();
        break;
    }
    m_pendingTimelines.append(std::move(pending));
}

void InitialSync::afterTimelines()
{
    if (m_pendingItems >= m_batchRecords && m_store->queued() == 0)
        submit();
    Q_EMIT progress(m_done, int(m_customers.size()));
    pumpTimelines();
}

bool InitialSync::backedUp() const
{
    return m_pendingItems >= m_batchRecords && m_store->queued() > 0;
}

void InitialSync::submit()
{
    if (m_pendingTimelines.isEmpty())
        return;
    m_store->store(std::exchange(m_pendingTimelines, {}));
    m_pendingItems = 0;
}

void InitialSync::onStored(const Store::ChangeSet &changes)
{
    Q_EMIT changed(changes);
    if (m_finishing)
        return;
    if (m_pendingItems >= m_batchRecords)
        submit();
    pumpTimelines();
}

void InitialSync::onStoreFinished()
{
    m_running = false;
    dropStore();
    Q_EMIT finished();
}

void InitialSync::failStore(const QString &message)
{
    abort();
    Q_EMIT failed(message, false, 0);
}

void InitialSync::dropStore()
{
    if (!m_store)
        return;
    // Its thread finishes the batch it is writing, if any, and stops; nothing more is reported.
    m_store->cancel();
    m_store->disconnect(this);
    m_store->deleteLater();
    m_store = nullptr;
}

} // namespace Switchboard::Sync
