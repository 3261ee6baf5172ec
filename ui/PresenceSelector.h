// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Switchboard::Ui {

//! The agent's presence: a state with its reason code, and how long they have been in it.
class PresenceSelector : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceSelector(QWidget *parent = nullptr);
    //! Shows the presence as the hub knows it (does not emit presenceRequested).
    void setPresence(const Domain::Presence &presence);
    Domain::PresenceState state() const;
    static QString stateName(Domain::PresenceState state);

Q_SIGNALS:
    void presenceRequested(Domain::PresenceState state, const QString &reason);

private:
    void updateElapsed();

    QComboBox *m_states;
    QLabel *m_elapsed;
    QTimer m_tick;
    QDateTime m_since;
    bool m_updating = false;
};

} // namespace Switchboard::Ui
