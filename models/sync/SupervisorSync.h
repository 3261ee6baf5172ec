// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

namespace Switchboard::Net {
class HttpClient;
class HttpJob;
struct HttpResponse;
} // namespace Switchboard::Net

namespace Switchboard::Sync {

//! What supervisors read from the hub that the cache does not keep: the live board's snapshot,
//! insights and reports (and their CSV exports, saved to a file the supervisor chose), and the
//! start of monitoring a conversation (which the hub records in its audit log). Lives on the
//! sync engine's thread; nothing here blocks. A new request of a kind replaces the one in flight.
class SupervisorSync : public QObject
{
    Q_OBJECT
public:
    explicit SupervisorSync(Net::HttpClient &http, QObject *parent = nullptr);

    //! GET /api/v1/board; answers with board().
    void fetchBoard();
    //! GET /api/v1/insights for [from, to); answers with insights().
    void fetchInsights(const QDateTime &from, const QDateTime &to);
    //! GET /api/v1/reports/{kind} for a day, kind "agents" or "queues"; answers with report().
    void fetchReport(const QString &kind, const QDate &day);
    //! The same read as CSV (path: "insights/export" with from/to, or "reports/agents" /
    //! "reports/queues" with day), written whole to file or not at all; answers with csvSaved().
    void exportCsv(const QString &path, const QUrlQuery &query, const QString &file);
    //! POST /api/v1/conversations/{id}/monitor; answers with monitorStarted().
    void monitor(Domain::Id conversationId);
    void abort();

    //! The query of a period or a day, as the endpoints take them.
    static QUrlQuery periodQuery(const QDateTime &from, const QDateTime &to);
    static QUrlQuery dayQuery(const QDate &day);

Q_SIGNALS:
    void board(const QJsonObject &board);
    void insights(const QJsonObject &insights);
    void report(const QString &kind, const QJsonObject &report);
    void csvSaved(const QString &file);
    void monitorStarted(const QJsonObject &conversation);
    //! A request failed: what it was for ("board", "insights", "report", "export", "monitor")
    //! and the hub's or the transport's reason.
    void failed(const QString &what, const QString &reason);

private:
    void send(const QString &what, Net::HttpJob *job,
        const std::function<void(const Net::HttpResponse &)> &answered);

    Net::HttpClient &m_http;
    QHash<QString, QPointer<Net::HttpJob>> m_jobs;
};

} // namespace Switchboard::Sync
