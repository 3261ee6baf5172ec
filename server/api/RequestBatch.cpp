// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestBatch.h"

#include "Router.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <vector>

Q_LOGGING_CATEGORY(lcBatch, "switchboard.hub.api.batch")

namespace Switchboard::Hub {

RequestBatch::RequestBatch(Router &router, Database &db, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_db(db)
{
}

void RequestBatch::submit(HttpRequest request, const QObject *owner, Reply reply)
{
    // On the caller's thread, so the services' thread is left only what needs the database.
    m_router.prepare(request);
    QMutexLocker lock(&m_mutex);
    m_pending.push_back({std::move(request), owner, std::move(reply)});
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &RequestBatch::drain, Qt::QueuedConnection);
}

void RequestBatch::forget(const QObject *owner)
{
    QMutexLocker lock(&m_mutex);
    std::erase_if(m_pending, [owner](const Pending &p) { return p.owner == owner; });
}

void RequestBatch::drain()
{
    QElapsedTimer clock;
    clock.start();
    std::vector<Reply> replies;
    std::vector<ApiResponse> answers;
    try {
        Transaction group(m_db);
        while (int(answers.size()) < MaxRequests && clock.elapsed() < MaxMilliseconds) {
            Pending next;
            {
                QMutexLocker lock(&m_mutex);
                if (m_pending.empty())
                    break;
                next = std::move(m_pending.front());
                m_pending.pop_front();
            }
            // Until the request has run, its answer is the one a failed group gets.
            replies.push_back(std::move(next.reply));
            answers.push_back(ApiResponse::storageUnavailable());
            m_db.beginSavepoint();
            ApiResponse answer = m_router.dispatch(next.request);
            try {
                // Undone when the request's work rolled back; its answer says why.
                m_db.endSavepoint();
            } catch (const StorageError &e) {
                qCWarning(lcBatch) << "a request's work could not be completed:" << e.what();
                answer = ApiResponse::storageUnavailable();
            }
            answers.back() = std::move(answer);
        }
        group.commit();
    } catch (const StorageError &e) {
        qCWarning(lcBatch) << "a group of" << answers.size()
                           << "requests could not be committed:" << e.what();
        for (ApiResponse &answer : answers)
            answer = ApiResponse::storageUnavailable();
    }
    for (size_t i = 0; i < replies.size(); ++i)
        replies[i](std::move(answers[i]));
    QMutexLocker lock(&m_mutex);
    m_scheduled = !m_pending.empty();
    if (m_scheduled)
        QMetaObject::invokeMethod(this, &RequestBatch::drain, Qt::QueuedConnection);
}

} // namespace Switchboard::Hub
