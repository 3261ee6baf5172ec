// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubProcess.h"

#include <QRegularExpression>
#include <QTest>

namespace Switchboard::Test {

QString HubProcess::binary()
{
    return QStringLiteral(SWITCHBOARD_HUB_BINARY);
}

HubProcess::HubProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_process.setProgram(binary());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A --demo hub's live traffic would add messages no test asked for.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_DEMO_TRAFFIC_SECONDS"), QStringLiteral("0"));
    m_process.setProcessEnvironment(environment);
    QObject::connect(&m_process, &QProcess::readyRead,
        [this] { m_output += QString::fromUtf8(m_process.readAll()); });
}

HubProcess::~HubProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool HubProcess::start(QString *error, int timeoutMs)
{
    m_output.clear();
    m_url.clear();
    m_process.setArguments(m_arguments);
    m_process.start();
    static const QRegularExpression line(QStringLiteral("listening on (\\S+)"));
    const bool started = QTest::qWaitFor(
        [this] {
            return line.match(m_output).hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    const auto match = line.match(m_output);
    if (!started || !match.hasMatch()) {
        if (error)
            *error = QStringLiteral("hub did not start: %1").arg(m_output);
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

int HubProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    m_output += QString::fromUtf8(m_process.readAll());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void HubProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

} // namespace Switchboard::Test
