// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardrailSync.h"

#include "SyncLog.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "policy/PolicyConfig.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheWriter.h"

#include <QUrlQuery>

namespace Switchboard::Sync {

GuardrailSync::GuardrailSync(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_cache(cache)
{
}

void GuardrailSync::abort()
{
    for (QPointer<Net::HttpJob> *held : {&m_policyJob, &m_auditJob}) {
        // Forgotten first, so its finished() is not taken for an answer.
        Net::HttpJob *job = *held;
        *held = nullptr;
        if (job)
            job->abort();
    }
}

void GuardrailSync::fetchPolicy()
{
    if (m_policyJob)
        return;
    m_policyJob = m_http.send(Net::HttpRequest::get(QStringLiteral("/api/v1/policy")));
    connect(m_policyJob, &Net::HttpJob::finished, this,
        [this, job = m_policyJob.data()](const Net::HttpResponse &response) {
            if (m_policyJob != job)
                return; // aborted
            m_policyJob = nullptr;
            if (!response.ok()) {
                // The cached policy (or the built-in rules) stays; the next connection asks again.
                qCInfo(lcSync, "could not fetch the reply policy: %s",
                    qUtf8Printable(
                        response.transportFailed() ? response.errorString : response.hubMessage()));
                return;
            }
            const QJsonObject policy = response.json();
            QString error;
            if (!Policy::PolicyConfig::fromJson(policy, &error)) {
                qCWarning(lcSync, "the hub's reply policy is not valid: %s", qUtf8Printable(error));
                return;
            }
            Store::ChangeSet changes;
            try {
                Store::CacheWriter writer(m_cache);
                m_cache.transaction([&] { writer.storePolicy(policy, changes); });
            } catch (const Store::CacheError &failure) {
                Q_EMIT cacheFailed(failure.message());
                return;
            }
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
        });
}

void GuardrailSync::fetchAudit(qint64 after, int limit)
{
    if (Net::HttpJob *previous = m_auditJob) {
        m_auditJob = nullptr;
        previous->abort();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_auditJob = m_http.send(Net::HttpRequest::get(QStringLiteral("/api/v1/audit"), query));
    connect(m_auditJob, &Net::HttpJob::finished, this,
        [this, job = m_auditJob.data()](const Net::HttpResponse &response) {
            if (m_auditJob != job)
                return; // aborted or replaced by a newer request
            m_auditJob = nullptr;
            if (!response.ok()) {
                Q_EMIT auditFailed(
                    response.transportFailed() ? response.errorString : response.hubMessage());
                return;
            }
            const QJsonObject page = response.json();
            const QJsonValue next = page.value(QLatin1String("next_after"));
            Q_EMIT auditPage(page.value(QLatin1String("items")).toArray(),
                next.isDouble() ? next.toInteger() : -1);
        });
}

} // namespace Switchboard::Sync
