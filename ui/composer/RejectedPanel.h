// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace Switchboard::Ui {

//! A reply the hub refused (e.g. its reply policy blocked it), kept in the outbox.
struct RejectedInfo
{
    qint64 outboxId = 0;
    QString draft;
    //! The hub's error code, e.g. "policy_blocked".
    QString code;
    //! The hub's reason.
    QString reason;
    //! The channel it was for, to word the findings again; nullopt if unknown.
    std::optional<Domain::ChannelKind> channel;

    bool isPolicyBlock() const { return code == QLatin1String("policy_blocked"); }
};

//! Shown above the editor while the hub's refusal of a reply waits for the agent (for example
//! the hub's reply policy blocked it): the reason, and edit, override (for those allowed) or
//! discard. The outbox keeps the refused reply until then.
class RejectedPanel : public QFrame
{
    Q_OBJECT
public:
    explicit RejectedPanel(QWidget *parent = nullptr);

    //! Shows a refusal; reasons: the policy's blocking findings as the composer words them
    //! (the hub's own message is shown without them); canOverride shows "Override…".
    void setRejection(const RejectedInfo &rejected, const QStringList &reasons, bool canOverride);
    //! Hides the panel and forgets the refusal.
    void clear();
    const std::optional<RejectedInfo> &rejection() const { return m_rejected; }

Q_SIGNALS:
    //! The agent wants the reply back in the editor to fix it; the outbox item goes.
    void editRequested(const Switchboard::Ui::RejectedInfo &rejected);
    //! The agent (allowed to) sends it anyway, with a reason to ask for.
    void overrideRequested(const Switchboard::Ui::RejectedInfo &rejected);
    void discardRequested(qint64 outboxId);

private:
    std::optional<RejectedInfo> m_rejected;
    QLabel *m_reason;
    QPushButton *m_edit;
    QPushButton *m_override;
    QPushButton *m_discard;
};

} // namespace Switchboard::Ui
