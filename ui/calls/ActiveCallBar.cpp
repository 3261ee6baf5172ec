// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveCallBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace Switchboard::Ui {

using namespace Domain;

ActiveCallBar::ActiveCallBar(QWidget *parent)
    : QFrame(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_presenceNamer([](PresenceState state) { return toWire(state); })
{
    setObjectName(QStringLiteral("activeCallBar"));
    setAccessibleName(tr("Active call"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *icon = new QLabel(QStringLiteral("●"), this);
    icon->setStyleSheet(QStringLiteral("color: #1e7e34;"));
    icon->setAccessibleName(tr("On a call"));
    m_caller = new QLabel(this);
    m_caller->setObjectName(QStringLiteral("activeCaller"));
    m_caller->setAccessibleName(tr("Caller"));
    QFont bold = m_caller->font();
    bold.setBold(true);
    m_caller->setFont(bold);

    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setAccessibleName(tr("Talk time"));
    QFont mono = m_timer->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_timer->setFont(mono);
    m_holdBadge = new QLabel(tr("On hold"), this);
    m_holdBadge->setObjectName(QStringLiteral("onHoldBadge"));
    m_holdBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #b35c00; color: white; border-radius: 3px; padding: 1px 6px; }"));
    m_holdBadge->hide();

    m_holdAction = new QAction(tr("&Hold call"), this);
    m_holdAction->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    m_holdAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_holdAction, &QAction::triggered, this, &ActiveCallBar::toggleHold);
    m_endAction = new QAction(tr("&End call"), this);
    m_endAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_endAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_endAction, &QAction::triggered, this, [this] {
        if (m_call.id > 0)
            Q_EMIT endRequested(m_call.id);
    });

    m_hold = new QPushButton(tr("Hold"), this);
    m_hold->setObjectName(QStringLiteral("holdCall"));
    m_hold->setAccessibleName(tr("Hold call"));
    m_hold->setToolTip(tr("Put the caller on hold (%1)")
                           .arg(m_holdAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_hold, &QPushButton::clicked, this, &ActiveCallBar::toggleHold);

    m_transferMenu = new QMenu(this);
    m_transfer = new QToolButton(this);
    m_transfer->setObjectName(QStringLiteral("transferCall"));
    m_transfer->setText(tr("Transfer"));
    m_transfer->setAccessibleName(tr("Transfer call"));
    m_transfer->setToolTip(tr("Offer the call to a colleague"));
    m_transfer->setPopupMode(QToolButton::InstantPopup);
    m_transfer->setMenu(m_transferMenu);
    m_transfer->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_end = new QPushButton(tr("End"), this);
    m_end->setObjectName(QStringLiteral("endCall"));
    m_end->setAccessibleName(tr("End call"));
    m_end->setToolTip(
        tr("Hang up (%1)").arg(m_endAction->shortcut().toString(QKeySequence::NativeText)));
    m_end->setStyleSheet(QStringLiteral(
        "QPushButton { background: #b02a37; color: white; border-radius: 4px; padding: 4px 14px; }"
        "QPushButton:hover { background: #c82333; }"));
    connect(m_end, &QPushButton::clicked, m_endAction, &QAction::trigger);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_caller);
    layout->addSpacing(8);
    layout->addWidget(m_timer);
    layout->addWidget(m_holdBadge);
    layout->addStretch(1);
    layout->addWidget(m_hold);
    layout->addWidget(m_transfer);
    layout->addWidget(m_end);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ActiveCallBar::tick);
    clearCall();
}

QList<QAction *> ActiveCallBar::actions() const
{
    return {m_holdAction, m_endAction};
}

QString ActiveCallBar::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s))
                 : QStringLiteral("%1:%2").arg(two(m), two(s));
}

qint64 ActiveCallBar::talkSeconds(const CallRecord &call, const QDateTime &now)
{
    if (!call.answeredAt.isValid())
        return call.durationSeconds;
    // While on hold the clock stands at the moment the hold began.
    const QDateTime until = call.onHold && call.holdStartedAt.isValid() ? call.holdStartedAt : now;
    const qint64 leg = std::max<qint64>(0, call.answeredAt.secsTo(until) - call.heldSeconds);
    return call.durationSeconds + leg;
}

void ActiveCallBar::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void ActiveCallBar::setCall(const CallRecord &call, const QString &callerName)
{
    m_call = call;
    const QString number
        = call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    m_caller->setText(callerName.isEmpty() || callerName == number
            ? number
            : tr("%1 (%2)").arg(callerName, number));
    updateState();
    show();
    m_ticker.start();
}

void ActiveCallBar::clearCall()
{
    m_call = CallRecord{};
    m_ticker.stop();
    updateState();
    hide();
}

void ActiveCallBar::setTransferTargets(const QList<User> &users)
{
    m_transferMenu->clear();
    for (const User &user : users) {
        const QString presence = m_presenceNamer(user.presence.state);
        QAction *action = m_transferMenu->addAction(tr("%1 (%2)").arg(user.name, presence));
        const Id userId = user.id;
        connect(action, &QAction::triggered, this, [this, userId] {
            if (m_call.id > 0)
                Q_EMIT transferRequested(m_call.id, userId);
        });
    }
    if (users.isEmpty())
        m_transferMenu->addAction(tr("No colleague to transfer to"))->setEnabled(false);
}

void ActiveCallBar::setPresenceNamer(std::function<QString(PresenceState)> namer)
{
    m_presenceNamer = std::move(namer);
}

QString ActiveCallBar::timerText() const
{
    return m_timer->text();
}

void ActiveCallBar::tick()
{
    m_timer->setText(formatDuration(talkSeconds(m_call, m_clock())));
}

void ActiveCallBar::toggleHold()
{
    if (m_call.id <= 0)
        return;
    if (m_call.onHold)
        Q_EMIT resumeRequested(m_call.id);
    else
        Q_EMIT holdRequested(m_call.id);
}

void ActiveCallBar::updateState()
{
    const bool active = m_call.id > 0 && !m_call.endedAt.isValid();
    const bool held = active && m_call.onHold;
    m_holdAction->setEnabled(active && m_call.answeredAt.isValid());
    m_holdAction->setText(held ? tr("&Resume call") : tr("&Hold call"));
    m_endAction->setEnabled(active);
    m_hold->setEnabled(m_holdAction->isEnabled());
    m_hold->setText(held ? tr("Resume") : tr("Hold"));
    m_hold->setAccessibleName(held ? tr("Resume call") : tr("Hold call"));
    m_transfer->setEnabled(active && m_call.answeredAt.isValid());
    m_end->setEnabled(active);
    m_holdBadge->setVisible(held);
    tick();
}

} // namespace Switchboard::Ui
