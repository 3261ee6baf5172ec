// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorWindow.h"

#include "HistoryView.h"
#include "item/TimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

MonitorWindow::MonitorWindow(Domain::Id conversationId, const QString &title,
    Item::TimelineModel &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_conversationId(conversationId)
    , m_history(new HistoryView(this))
    , m_state(new QLabel(tr("Starting to monitor…"), this))
{
    setWindowTitle(tr("Monitoring — %1").arg(title));
    m_history->setModel(&model);
    auto *whisper = new QPushButton(tr("&Whisper to agent…"), this);
    auto *takeOver = new QPushButton(tr("&Take over"), this);
    connect(whisper, &QPushButton::clicked, this, [this] { Q_EMIT whisperRequested(m_conversationId); });
    connect(takeOver, &QPushButton::clicked, this,
        [this] { Q_EMIT takeOverRequested(m_conversationId); });
    auto *header = new QLabel(
        tr("<b>%1</b><br>Watching live; nothing is marked read.").arg(title.toHtmlEscaped()), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(whisper);
    buttons->addWidget(takeOver);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_history, 1);
    layout->addLayout(buttons);
    resize(640, 620);
}

void MonitorWindow::setMonitoring(bool recorded, const QString &reason)
{
    m_state->setText(recorded ? tr("Monitoring (recorded in the audit log).")
                              : tr("The hub refused monitoring: %1").arg(reason));
}

} // namespace Switchboard::Ui
