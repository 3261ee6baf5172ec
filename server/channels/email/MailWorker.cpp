// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailWorker.h"

namespace Switchboard::Hub {

MailWorker::MailWorker(const QString &name)
    : m_runner(std::make_unique<QObject>())
{
    m_thread.setObjectName(name);
    m_runner->moveToThread(&m_thread);
    m_thread.start();
}

MailWorker::~MailWorker()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    // The runner was the thread's; with the thread gone it is deleted here.
    m_runner.reset();
}

} // namespace Switchboard::Hub
