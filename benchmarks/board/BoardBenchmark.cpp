// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardBenchmark.h"

#include "BenchEnvironment.h"
#include "CpuWindow.h"
#include "ReportFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <cstdio>

namespace Switchboard::Bench {

using namespace Environment;

namespace {

//! The state every agent changes to: from offline (new users) to busy, which no routing follows.
constexpr char TargetState[] = "busy";
constexpr char AgentPassword[] = "bench-board-password";

QString clientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

BoardBenchmark::BoardBenchmark(const Options &options)
    : m_options(options)
{
}

int BoardBenchmark::run()
{
    m_clock.start();
    QString error;
    if (!setUp(&error) || !connectStream(&error)) {
        std::fprintf(stderr, "switchboard-bench-board: %s\n", qPrintable(error));
        std::fprintf(stderr, "switchboard-bench-board: hub %s\n", qPrintable(m_hub.stop(10000)));
        return SetupFailed;
    }
    const CpuWindow cpu(m_hub);
    drive();
    const CpuWindow::Usage used = cpu.usage();
    m_hubCpuPercent = used.hubPercent;
    m_hubCpuMsPerChange = used.hubMsPer(m_options.agents);
    m_stream.close();
    const QString hubEnd = m_hub.stop(10000);

    const QJsonObject report = results();
    QList<std::pair<QString, QString>> rows{{QStringLiteral("machine"), machineDescription()},
        {QStringLiteral("agents"), QString::number(m_options.agents)},
        {QStringLiteral("spread"), QStringLiteral("%1 s").arg(m_options.spreadSeconds)},
        {QStringLiteral("PUT to board.agent"), report.value(QLatin1String("row_text")).toString()},
        {QStringLiteral("PUT round trip"), report.value(QLatin1String("put_text")).toString()},
        {QStringLiteral("rows before the PUT's answer"), QString::number(m_rowsFirst)},
        {QStringLiteral("rows missing"),
            QString::number(report.value(QLatin1String("rows_missing")).toInt())},
        {QStringLiteral("PUTs failed"),
            QString::number(report.value(QLatin1String("puts_failed")).toInt())},
        {QStringLiteral("hub CPU"),
            QStringLiteral("%1 (%2 ms per change)")
                .arg(Format::percent(m_hubCpuPercent), Format::ms(m_hubCpuMsPerChange))},
        {QStringLiteral("hub"), hubEnd}};
    std::fputs(qPrintable(Format::table(rows)), stdout);
    std::fflush(stdout);
    if (!m_options.jsonPath.isEmpty()
        && !writeJson(m_options.jsonPath, report, "switchboard-bench-board"))
        return SetupFailed;
    const bool clean = report.value(QLatin1String("rows_missing")).toInt() == 0
        && report.value(QLatin1String("puts_failed")).toInt() == 0
        && hubEnd.startsWith(QLatin1String("stopped on SIGTERM with code 0"));
    return clean ? Complete : Incomplete;
}

bool BoardBenchmark::setUp(QString *error)
{
    progress(QStringLiteral("starting %1").arg(m_options.hubPath));
    if (!m_hub.start(m_options.hubPath, {}, HubStartTimeoutMs, error))
        return false;
    m_rest = std::make_unique<RestClient>(m_hub.url());
    const auto admin = m_rest->login(
        QStringLiteral("admin"), QLatin1String(DemoPassword), RequestTimeoutMs, error);
    if (!admin)
        return false;
    // Each user costs a deliberate password hash to create and another to sign in (~0.1 s).
    progress(QStringLiteral("creating and signing in %1 agents").arg(m_options.agents));
    m_agents.resize(std::size_t(m_options.agents));
    for (int i = 0; i < m_options.agents; ++i) {
        const QString username = QStringLiteral("bench-agent-%1").arg(i + 1);
        const auto user = m_rest->postJson(QStringLiteral("/api/v1/users"), *admin,
            {{QStringLiteral("client_id"), clientId()}, {QStringLiteral("username"), username},
                {QStringLiteral("password"), QLatin1String(AgentPassword)},
                {QStringLiteral("capacity"),
                    QJsonObject{{QStringLiteral("email"), 5}, {QStringLiteral("voice"), 1}}}},
            RequestTimeoutMs, error);
        if (!user)
            return false;
        const auto token
            = m_rest->login(username, QLatin1String(AgentPassword), RequestTimeoutMs, error);
        if (!token)
            return false;
        m_agents[std::size_t(i)].userId = qint64(user->value(QLatin1String("id")).toDouble());
        m_agents[std::size_t(i)].token = *token;
        m_byUser.insert(m_agents[std::size_t(i)].userId, i);
    }
    return true;
}

bool BoardBenchmark::connectStream(QString *error)
{
    const auto supervisor = m_rest->login(
        QStringLiteral("supervisor"), QLatin1String(DemoPassword), RequestTimeoutMs, error);
    if (!supervisor)
        return false;
    const auto url = m_rest->streamUrlAtHead(RequestTimeoutMs, error);
    if (!url)
        return false;
    QNetworkRequest request(*url);
    request.setRawHeader("Authorization", "Bearer " + *supervisor);
    bool live = false;
    QObject::connect(
        &m_stream, &QWebSocket::textMessageReceived, &m_stream, [this, &live](const QString &text) {
            if (text.contains(QLatin1String("\"type\":\"live\"")))
                live = true;
            onFrame(text);
        });
    m_stream.open(request);
    if (!waitUntil([&] { return live; }, HandshakeTimeoutMs)) {
        *error = QStringLiteral("the supervisor's stream did not go live: %1")
                     .arg(m_stream.errorString());
        return false;
    }
    return true;
}

void BoardBenchmark::onFrame(const QString &text)
{
    const qint64 now = m_clock.nsecsElapsed();
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &event : frame.value(QLatin1String("events")).toArray()) {
        if (event[QLatin1String("type")].toString() != QLatin1String("board.agent"))
            continue;
        const QJsonObject row = event[QLatin1String("data")].toObject();
        const auto found
            = m_byUser.constFind(qint64(row.value(QLatin1String("user_id")).toDouble()));
        if (found == m_byUser.constEnd()
            || row.value(QLatin1String("state")).toString() != QLatin1String(TargetState))
            continue;
        Agent &agent = m_agents[std::size_t(*found)];
        if (agent.rowNs == 0)
            agent.rowNs = now;
    }
}

void BoardBenchmark::drive()
{
    progress(QStringLiteral("%1 state changes over %2 s")
                 .arg(m_options.agents)
                 .arg(m_options.spreadSeconds));
    const qint64 startNs = m_clock.nsecsElapsed();
    const double stepNs = m_options.spreadSeconds * 1e9 / m_options.agents;
    int next = 0;
    int answered = 0;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        while (
            next < m_options.agents && m_clock.nsecsElapsed() - startNs >= qint64(next * stepNs)) {
            const int i = next++;
            m_agents[std::size_t(i)].sentNs = m_clock.nsecsElapsed();
            QNetworkReply *reply = m_rest->putPresence(m_agents[std::size_t(i)].token, clientId(),
                QLatin1String(TargetState), QStringLiteral("board benchmark"));
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, i, &answered] {
                Agent &agent = m_agents[std::size_t(i)];
                agent.answeredNs = m_clock.nsecsElapsed();
                agent.failed = reply->error() != QNetworkReply::NoError;
                if (agent.rowNs != 0 && agent.rowNs < agent.answeredNs)
                    ++m_rowsFirst;
                ++answered;
                reply->deleteLater();
            });
        }
    });
    pace.start(1);
    const auto allRows = [this] {
        for (const Agent &agent : m_agents) {
            if (agent.rowNs == 0 && !agent.failed)
                return false;
        }
        return true;
    };
    waitUntil([&] { return next == m_options.agents && answered == m_options.agents && allRows(); },
        qint64(m_options.spreadSeconds * 1000) + 30000,
        [&] { progress(QStringLiteral("%1 answered").arg(answered)); });
}

QJsonObject BoardBenchmark::results() const
{
    std::vector<qint32> rowUs;
    std::vector<qint32> putUs;
    int missing = 0;
    int failed = 0;
    for (const Agent &agent : m_agents) {
        if (agent.failed || agent.answeredNs == 0) {
            ++failed;
            continue;
        }
        putUs.push_back(qint32((agent.answeredNs - agent.sentNs) / 1000));
        if (agent.rowNs == 0) {
            ++missing;
            continue;
        }
        // A row that came before the PUT's answer took no time after it.
        rowUs.push_back(qint32(std::max<qint64>(0, agent.rowNs - agent.answeredNs) / 1000));
    }
    const LatencySummary rows = LatencySummary::of(rowUs);
    const LatencySummary puts = LatencySummary::of(putUs);
    return {{QStringLiteral("agents"), m_options.agents},
        {QStringLiteral("spread_seconds"), m_options.spreadSeconds},
        {QStringLiteral("put_to_row_ms"), rows.toJson()}, {QStringLiteral("row_text"), rows.text()},
        {QStringLiteral("put_ms"), puts.toJson()}, {QStringLiteral("put_text"), puts.text()},
        {QStringLiteral("rows_before_answer"), m_rowsFirst},
        {QStringLiteral("rows_missing"), missing}, {QStringLiteral("puts_failed"), failed},
        {QStringLiteral("hub_cpu_percent"), m_hubCpuPercent},
        {QStringLiteral("hub_cpu_ms_per_change"), m_hubCpuMsPerChange},
        {QStringLiteral("machine"), machineDescription()},
        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

} // namespace Switchboard::Bench
