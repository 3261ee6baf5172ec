// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncomingCallDialog.h"

#include "ActiveCallBar.h"
#include "Dispositions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Switchboard::Ui {

using namespace Domain;

namespace {
constexpr int MaxHistoryLines = 6;
}

IncomingCallDialog::IncomingCallDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Incoming call"));
    setAccessibleName(tr("Incoming call"));
    setMinimumWidth(420);

    auto *heading = new QLabel(tr("Incoming call"), this);
    heading->setObjectName(QStringLiteral("incomingCallHeading"));
    QFont small = heading->font();
    small.setCapitalization(QFont::AllUppercase);
    small.setLetterSpacing(QFont::PercentageSpacing, 108);
    heading->setFont(small);
    heading->setForegroundRole(QPalette::PlaceholderText);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("callerName"));
    m_name->setAccessibleName(tr("Caller"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("callerNumber"));
    m_number->setAccessibleName(tr("Calling number"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *historyLabel = new QLabel(tr("Recent history"), this);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("callerHistory"));
    m_history->setAccessibleName(tr("The caller's recent history"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    // The history takes the focus when the pop-up opens, so keys typed for another window
    // (Space, Enter) land on a list that does nothing with them, not on a button.
    m_history->setFocusPolicy(Qt::StrongFocus);
    m_history->setMinimumHeight(150);
    historyLabel->setBuddy(m_history);

    m_decline = new QPushButton(tr("&Decline"), this);
    m_decline->setObjectName(QStringLiteral("declineCall"));
    m_decline->setAccessibleName(tr("Decline call"));
    m_decline->setAutoDefault(false);
    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptCall"));
    m_accept->setAccessibleName(tr("Accept call"));
    m_accept->setAutoDefault(false);
    m_accept->setMinimumWidth(110);
    m_decline->setMinimumWidth(110);
    // Green for answer, the convention of every phone; text stays readable in both themes.
    m_accept->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1e7e34; color: white; border-radius: 4px; padding: 6px 14px; }"
        "QPushButton:hover { background: #23913c; } QPushButton:focus { border: 2px solid "
        "palette(highlight); }"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        Q_EMIT acceptRequested(m_call.id);
        accept();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        Q_EMIT declineRequested(m_call.id);
        QDialog::reject();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(heading);
    layout->addWidget(m_name);
    layout->addWidget(m_number);
    layout->addSpacing(10);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    layout->addSpacing(6);
    layout->addLayout(buttons);
}

QString IncomingCallDialog::when(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.time().toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

void IncomingCallDialog::setCall(const CallRecord &call, const QString &callerName,
    const QList<Conversation> &conversations, const QList<CallRecord> &calls)
{
    m_call = call;
    const QString number
        = call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    m_name->setText(callerName.isEmpty() ? number : callerName);
    m_number->setText(number);
    m_number->setVisible(!callerName.isEmpty() && callerName != number);
    setWindowTitle(tr("Incoming call: %1").arg(callerName.isEmpty() ? number : callerName));

    m_history->clear();
    // Calls and conversations in one list, newest first, as the agent would tell the story.
    struct Line
    {
        QDateTime at;
        QString text;
        QString tip;
    };
    QList<Line> lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CallRecord &past : calls) {
        if (past.id == call.id)
            continue;
        QString text;
        if (past.missed()) {
            text = tr("%1  Missed call").arg(when(past.offeredAt, now));
        } else if (past.endedAt.isValid()) {
            text = tr("%1  Call, %2")
                       .arg(when(past.offeredAt, now),
                           ActiveCallBar::formatDuration(past.durationSeconds));
            if (!past.disposition.isEmpty())
                text += tr(" (%1)").arg(Dispositions::label(past.disposition));
        } else {
            text = tr("%1  Call in progress").arg(when(past.offeredAt, now));
        }
        lines.append({past.offeredAt, text, past.wrapUpNotes});
    }
    for (const Conversation &conversation : conversations) {
        if (conversation.id == call.conversationId && conversation.channel == ChannelKind::Voice)
            continue;
        const QString subject
            = conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject;
        QString status;
        switch (conversation.status) {
        case ConversationStatus::Open:
            status = tr("open");
            break;
        case ConversationStatus::Pending:
            status = tr("pending");
            break;
        case ConversationStatus::Resolved:
            status = tr("resolved");
            break;
        }
        lines.append({conversation.lastMessageAt,
            tr("%1  %2 (%3)").arg(when(conversation.lastMessageAt, now), subject, status), {}});
    }
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at > b.at; });
    for (const Line &line : lines.mid(0, MaxHistoryLines)) {
        auto *item = new QListWidgetItem(line.text, m_history);
        if (!line.tip.isEmpty())
            item->setToolTip(line.tip);
    }
    if (m_history->count() == 0)
        new QListWidgetItem(tr("No earlier contact"), m_history);
    // No current row: nothing looks picked in a list that only informs.
    m_history->setCurrentItem(nullptr);
    m_history->setFocus();
}

void IncomingCallDialog::reject()
{
}

} // namespace Switchboard::Ui
