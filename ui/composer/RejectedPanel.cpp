// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectedPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

RejectedPanel::RejectedPanel(QWidget *parent)
    : QFrame(parent)
    , m_reason(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_override(new QPushButton(tr("&Override…"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("rejectedPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Reply refused by the hub"));

    auto *title = new QLabel(tr("The hub did not send this reply"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_reason->setObjectName(QStringLiteral("rejectedReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);

    m_edit->setObjectName(QStringLiteral("rejectedEditButton"));
    m_edit->setAccessibleName(tr("Edit the refused reply"));
    m_edit->setToolTip(tr("Put the reply back in the editor to fix it"));
    m_override->setObjectName(QStringLiteral("rejectedOverrideButton"));
    m_override->setAccessibleName(tr("Send the refused reply anyway"));
    m_override->setToolTip(tr("Send it as written, with a reason for the audit log"));
    m_discard->setObjectName(QStringLiteral("rejectedDiscardButton"));
    m_discard->setAccessibleName(tr("Discard the refused reply"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_override);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::optional<RejectedInfo> rejected = m_rejected) {
            clear();
            Q_EMIT editRequested(*rejected);
        }
    });
    connect(m_override, &QPushButton::clicked, this, [this] {
        if (m_rejected)
            Q_EMIT overrideRequested(*m_rejected);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const std::optional<RejectedInfo> rejected = m_rejected) {
            clear();
            Q_EMIT discardRequested(rejected->outboxId);
        }
    });
    hide();
}

void RejectedPanel::setRejection(
    const RejectedInfo &rejected, const QStringList &reasons, bool canOverride)
{
    m_rejected = rejected;
    // The hub's message is English, for logs; the composer's own words say the same.
    if (rejected.isPolicyBlock()) {
        m_reason->setText(
            tr("The reply policy blocks it: %1")
                .arg(reasons.isEmpty() ? rejected.reason : reasons.join(QStringLiteral("; "))));
    } else {
        m_reason->setText(rejected.reason);
    }
    m_override->setVisible(rejected.isPolicyBlock() && canOverride);
    show();
}

void RejectedPanel::clear()
{
    m_rejected.reset();
    hide();
}

} // namespace Switchboard::Ui
