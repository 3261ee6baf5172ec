// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisorWindow.h"

#include "BoardPages.h"
#include "ChannelPresentation.h"
#include "PresenceSelector.h"
#include "FigurePages.h"
#include "item/SupervisorBoard.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Switchboard::Ui {

SupervisorWindow::SupervisorWindow(Item::SupervisorBoard &board, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_agents(new AgentsBoardPage(board.agents(), this))
    , m_queues(new QueuesBoardPage(board.queues(), this))
    , m_insights(new InsightsPage(
          [&board](const QJsonValue &queueId) {
              const QString name
                  = board.queues().rowFor(queueId).value(QLatin1String("name")).toString();
              if (!name.isEmpty())
                  return name;
              return queueId.isDouble() ? tr("Queue %1").arg(queueId.toInteger()) : tr("No queue");
          },
          this))
    , m_reports(new ReportsPage(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Switchboard — Supervisor"));
    const auto channelName = [](const QString &wire) { return ChannelPresentation::name(wire); };
    board.agents().setLabels(
        [](const QString &wire) {
            const auto state = Domain::fromWire<Domain::PresenceState>(wire);
            return state ? PresenceSelector::stateName(*state) : wire;
        },
        channelName);
    board.queues().setChannelLabel(channelName);
    m_tabs->addTab(m_agents, tr("&Agents"));
    m_tabs->addTab(m_queues, tr("&Queues"));
    m_tabs->addTab(m_insights, tr("&Insights"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    // The figures are read when their tab is first looked at, then on request.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_insights && !m_insightsLoaded) {
            m_insightsLoaded = true;
            m_insights->request();
        } else if (m_tabs->widget(index) == m_reports && !m_reportsLoaded) {
            m_reportsLoaded = true;
            m_reports->request();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    resize(980, 560);
}

void SupervisorWindow::setBoardStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Switchboard::Ui
