// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace Switchboard::Ui {

//! Desktop notifications through the system tray: new assignments, messages on the agent's
//! conversations, incoming calls; with an optional sound. Clicking one opens the customer.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    bool isAvailable() const;

    void newMessage(qint64 customerId, const QString &customerName, const QString &text);
    void newAssignment(qint64 customerId, const QString &customerName, const QString &subject);
    void incomingCall(qint64 customerId, const QString &caller);
    //! A queue's longest wait reached its first-response target, or came near it (supervisors).
    void queueAlert(const QString &queueName, bool breached);

Q_SIGNALS:
    void customerRequested(qint64 customerId);
    void windowRequested();

private:
    void show(qint64 customerId, const QString &title, const QString &text);

    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastCustomer = 0;
    bool m_enabled = true;
    bool m_sound = false;
};

} // namespace Switchboard::Ui
