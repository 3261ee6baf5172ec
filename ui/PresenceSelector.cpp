// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace Switchboard::Ui {

using Domain::PresenceState;

QString PresenceSelector::stateName(PresenceState state)
{
    switch (state) {
    case PresenceState::Available:
        return tr("Available");
    case PresenceState::Busy:
        return tr("Busy");
    case PresenceState::Break:
        return tr("Break");
    case PresenceState::Lunch:
        return tr("Lunch");
    case PresenceState::Training:
        return tr("Training");
    case PresenceState::AfterCallWork:
        return tr("After-call work");
    case PresenceState::Offline:
        return tr("Offline");
    }
    return {};
}

PresenceSelector::PresenceSelector(QWidget *parent)
    : QWidget(parent)
    , m_states(new QComboBox(this))
    , m_elapsed(new QLabel(this))
{
    static const QList<std::pair<PresenceState, QColor>> states{
        {PresenceState::Available, QColor(0x2e, 0x7d, 0x32)},
        {PresenceState::Busy, QColor(0xc6, 0x28, 0x28)},
        {PresenceState::Break, QColor(0xef, 0x8f, 0x00)},
        {PresenceState::Lunch, QColor(0xef, 0x8f, 0x00)},
        {PresenceState::Training, QColor(0x6a, 0x1b, 0x9a)},
        {PresenceState::AfterCallWork, QColor(0x15, 0x65, 0xc0)},
        {PresenceState::Offline, QColor(0x75, 0x75, 0x75)},
    };
    for (const auto &[state, colour] : states) {
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(1, 1, 10, 10);
        painter.end();
        m_states->addItem(QIcon(dot), stateName(state), Domain::toWire(state));
    }
    m_states->setAccessibleName(tr("Presence"));
    m_states->setToolTip(tr("Your presence (Ctrl+Shift+P)"));
    m_elapsed->setAccessibleName(tr("Time in the current presence"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states);
    layout->addWidget(m_elapsed);
    connect(m_states, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_since = QDateTime::currentDateTimeUtc();
        updateElapsed();
        Q_EMIT presenceRequested(state(), QString());
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PresenceSelector::updateElapsed);
    m_tick.start();
}

PresenceState PresenceSelector::state() const
{
    return Domain::fromWire<PresenceState>(m_states->currentData().toString())
        .value_or(PresenceState::Offline);
}

void PresenceSelector::setPresence(const Domain::Presence &presence)
{
    m_updating = true;
    m_states->setCurrentIndex(m_states->findData(Domain::toWire(presence.state)));
    m_updating = false;
    m_since = presence.since;
    updateElapsed();
}

void PresenceSelector::updateElapsed()
{
    if (!m_since.isValid()) {
        m_elapsed->clear();
        return;
    }
    const qint64 seconds = std::max<qint64>(0, m_since.secsTo(QDateTime::currentDateTimeUtc()));
    m_elapsed->setText(QStringLiteral("%1:%2:%3")
                           .arg(seconds / 3600)
                           .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

} // namespace Switchboard::Ui
