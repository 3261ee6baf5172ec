// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubProcess.h"
#include "RestClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWebSocket>
#include <memory>
#include <vector>

namespace Switchboard::Bench {

//! 500 agents of a real hub (a child process with the demo data) each change their state once,
//! spread over a few seconds; a supervisor's stream waits for each change's board.agent row.
//! Measured per change: from the PUT's response to the row's frame.
class BoardBenchmark
{
public:
    struct Options
    {
        QString hubPath;
        int agents = 500;
        double spreadSeconds = 5;
        QString jsonPath;
    };
    //! Exit codes.
    enum Result { Complete = 0, Incomplete = 1, SetupFailed = 3 };

    explicit BoardBenchmark(const Options &options);
    int run();

private:
    struct Agent
    {
        qint64 userId = 0;
        QByteArray token;
        //! Clock nanoseconds of the PUT, its response and the row's frame; 0 until then.
        qint64 sentNs = 0;
        qint64 answeredNs = 0;
        qint64 rowNs = 0;
        bool failed = false;
    };

    bool setUp(QString *error);
    bool connectStream(QString *error);
    void drive();
    void onFrame(const QString &text);
    QJsonObject results() const;

    Options m_options;
    HubProcess m_hub;
    std::unique_ptr<RestClient> m_rest;
    QWebSocket m_stream;
    QElapsedTimer m_clock;
    std::vector<Agent> m_agents;
    //! Index into m_agents by user id.
    QHash<qint64, int> m_byUser;
    //! Rows that arrived before their PUT was answered.
    int m_rowsFirst = 0;
    double m_hubCpuPercent = -1;
    double m_hubCpuMsPerChange = -1;
};

} // namespace Switchboard::Bench
