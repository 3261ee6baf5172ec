// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QLabel;

namespace Switchboard::Item {
class TimelineModel;
}

namespace Switchboard::Ui {

class HistoryView;

//! A supervisor watching a conversation live: the customer's history as it grows, read without
//! marking anything read for anyone; a whisper to the agent or taking the conversation over is
//! one click away.
class MonitorWindow : public QWidget
{
    Q_OBJECT
public:
    //! model: the customer's timeline, owned by the caller and kept up to date by it.
    MonitorWindow(Domain::Id conversationId, const QString &title, Item::TimelineModel &model,
        QWidget *parent = nullptr);

    Domain::Id conversationId() const { return m_conversationId; }
    //! The hub recorded the start of monitoring (or refused it, with its reason).
    void setMonitoring(bool recorded, const QString &reason = {});

Q_SIGNALS:
    void whisperRequested(Domain::Id conversationId);
    void takeOverRequested(Domain::Id conversationId);

private:
    Domain::Id m_conversationId;
    HistoryView *m_history;
    QLabel *m_state;
};

} // namespace Switchboard::Ui
