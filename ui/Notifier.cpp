// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace Switchboard::Ui {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")), this);
    m_tray->setToolTip(tr("Switchboard"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        Q_EMIT windowRequested();
        if (m_lastCustomer > 0)
            Q_EMIT customerRequested(m_lastCustomer);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT windowRequested(); });
}

bool Notifier::isAvailable() const
{
    return m_tray != nullptr;
}

void Notifier::show(qint64 customerId, const QString &title, const QString &text)
{
    if (!m_enabled)
        return;
    if (m_sound)
        QApplication::beep();
    if (!m_tray)
        return;
    m_lastCustomer = customerId;
    // Notifications are on screen for anyone nearby: a short excerpt, never the whole message.
    const QString excerpt = text.size() > 120 ? text.left(117) + QStringLiteral("…") : text;
    m_tray->showMessage(title, excerpt, QSystemTrayIcon::Information, 8000);
}

void Notifier::newMessage(qint64 customerId, const QString &customerName, const QString &text)
{
    show(customerId, tr("New message from %1").arg(customerName), text);
}

void Notifier::newAssignment(qint64 customerId, const QString &customerName, const QString &subject)
{
    show(customerId, tr("Assigned to you: %1").arg(customerName), subject);
}

void Notifier::queueAlert(const QString &queueName, bool breached)
{
    show(0, breached ? tr("Target missed: %1").arg(queueName) : tr("Near target: %1").arg(queueName),
        breached ? tr("Work in this queue has waited longer than its first-response target.")
                 : tr("Work in this queue is close to its first-response target."));
}

void Notifier::incomingCall(qint64 customerId, const QString &caller)
{
    show(customerId, tr("Incoming call"), caller);
}

} // namespace Switchboard::Ui
