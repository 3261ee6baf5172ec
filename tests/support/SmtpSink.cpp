// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSink.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace Switchboard::Test {

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

bool SmtpSink::start(QString *error)
{
    // Debian's interpreter, where python3-aiosmtpd is installed (not whatever python3 is first
    // on PATH).
    const QString python = QStringLiteral("/usr/bin/python3");
    m_port = freeLoopbackPort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(python,
        {QStringLiteral(SWITCHBOARD_TEST_SUPPORT_DIR "/smtp_sink.py"), QString::number(m_port),
            m_dir.path(), user(), password()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot run %1: install python3-aiosmtpd").arg(python);
        return false;
    }
    QByteArray output;
    while (!output.contains("ready")) {
        if (!m_process.waitForReadyRead(15000)) {
            *error = QStringLiteral("the aiosmtpd server did not start (is python3-aiosmtpd "
                                    "installed?): %1")
                         .arg(QString::fromUtf8(output + m_process.readAll()));
            return false;
        }
        output += m_process.readAll();
    }
    return true;
}

QUrl SmtpSink::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("smtp"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QList<SmtpSink::Received> SmtpSink::received() const
{
    QList<Received> out;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        Received r;
        QFile eml(dir.filePath(name));
        eml.open(QIODevice::ReadOnly);
        r.data = eml.readAll();
        QFile json(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        json.open(QIODevice::ReadOnly);
        r.envelope = QJsonDocument::fromJson(json.readAll()).object();
        out.append(r);
    }
    return out;
}

bool SmtpSink::waitForMessages(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return received().size() >= count; }, timeoutMs);
}

} // namespace Switchboard::Test
