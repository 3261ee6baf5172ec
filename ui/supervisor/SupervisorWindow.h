// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Switchboard::Item {
class SupervisorBoard;
}

namespace Switchboard::Ui {

class AgentsBoardPage;
class InsightsPage;
class QueuesBoardPage;
class ReportsPage;

//! The supervisor's control room, a window of its own beside the inbox: the live agents and
//! queues boards, insights and reports.
class SupervisorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorWindow(Item::SupervisorBoard &board, QWidget *parent = nullptr);

    AgentsBoardPage *agentsPage() const { return m_agents; }
    QueuesBoardPage *queuesPage() const { return m_queues; }
    InsightsPage *insightsPage() const { return m_insights; }
    ReportsPage *reportsPage() const { return m_reports; }
    QTabWidget *tabs() const { return m_tabs; }

    //! What the status line says about the boards: live, or why they are not.
    void setBoardStatus(const QString &text);

private:
    QTabWidget *m_tabs;
    AgentsBoardPage *m_agents;
    QueuesBoardPage *m_queues;
    InsightsPage *m_insights;
    ReportsPage *m_reports;
    QLabel *m_status;
    bool m_insightsLoaded = false;
    bool m_reportsLoaded = false;
};

} // namespace Switchboard::Ui
