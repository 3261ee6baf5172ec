// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisorSync.h"

#include "domain/WireTime.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QSaveFile>
#include <QUuid>

namespace Switchboard::Sync {

SupervisorSync::SupervisorSync(Net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

void SupervisorSync::abort()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Net::HttpJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

QUrlQuery SupervisorSync::periodQuery(const QDateTime &from, const QDateTime &to)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), Domain::WireTime::toJson(from).toString());
    query.addQueryItem(QStringLiteral("to"), Domain::WireTime::toJson(to).toString());
    return query;
}

QUrlQuery SupervisorSync::dayQuery(const QDate &day)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("day"), day.toString(Qt::ISODate));
    return query;
}

void SupervisorSync::send(const QString &what, Net::HttpJob *job,
    const std::function<void(const Net::HttpResponse &)> &answered)
{
    if (Net::HttpJob *previous = m_jobs.take(what))
        previous->abort();
    m_jobs.insert(what, job);
    connect(job, &Net::HttpJob::finished, this,
        [this, what, job, answered](const Net::HttpResponse &response) {
            if (m_jobs.value(what) != job)
                return; // replaced or aborted
            m_jobs.remove(what);
            if (!response.ok()) {
                Q_EMIT failed(what,
                    response.transportFailed() ? response.errorString : response.hubMessage());
                return;
            }
            answered(response);
        });
}

void SupervisorSync::fetchBoard()
{
    send(QStringLiteral("board"), m_http.send(Net::HttpRequest::get(QStringLiteral("/api/v1/board"))),
        [this](const Net::HttpResponse &response) { Q_EMIT board(response.json()); });
}

void SupervisorSync::fetchInsights(const QDateTime &from, const QDateTime &to)
{
    send(QStringLiteral("insights"),
        m_http.send(
            Net::HttpRequest::get(QStringLiteral("/api/v1/insights"), periodQuery(from, to))),
        [this](const Net::HttpResponse &response) { Q_EMIT insights(response.json()); });
}

void SupervisorSync::fetchReport(const QString &kind, const QDate &day)
{
    send(QStringLiteral("report"),
        m_http.send(Net::HttpRequest::get(
            QStringLiteral("/api/v1/reports/%1").arg(kind), dayQuery(day))),
        [this, kind](const Net::HttpResponse &response) { Q_EMIT report(kind, response.json()); });
}

void SupervisorSync::exportCsv(const QString &path, const QUrlQuery &query, const QString &file)
{
    QUrlQuery csv = query;
    csv.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    send(QStringLiteral("export"),
        m_http.send(Net::HttpRequest::get(QStringLiteral("/api/v1/%1").arg(path), csv)),
        [this, file](const Net::HttpResponse &response) {
            // All or nothing: a half-written export is never left where the supervisor looks.
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(response.body) != response.body.size()
                || !out.commit()) {
                Q_EMIT failed(QStringLiteral("export"), out.errorString());
                return;
            }
            Q_EMIT csvSaved(file);
        });
}

void SupervisorSync::monitor(Domain::Id conversationId)
{
    // Each start of monitoring is its own audit entry, so each gets its own client id.
    const QJsonObject body{{QLatin1String("client_id"),
        QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    send(QStringLiteral("monitor"),
        m_http.send(Net::HttpRequest::post(
            QStringLiteral("/api/v1/conversations/%1/monitor").arg(conversationId), body)),
        [this](const Net::HttpResponse &response) { Q_EMIT monitorStarted(response.json()); });
}

} // namespace Switchboard::Sync
