// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimer>

namespace Switchboard::Hub {

//! An event ready to go on a stream: its number and its JSON, encoded once when stored.
struct OutgoingEvent
{
    Domain::Seq seq = 0;
    QByteArray json;
};

//! Builds "events" frames and shares them for the current turn of the event loop: streams that
//! send the same events (most desktops, most of the time) send one frame built once.
class FrameCache
{
public:
    FrameCache();

    //! {"type":"events","events":[...]} for these events, in this order.
    QString eventsFrame(const QList<OutgoingEvent> &events);
    //! Forgets the frames now rather than at the end of the turn (saves that turn).
    void clear();

private:
    QHash<QByteArray, QString> m_frames;
    //! Clears the frames once the current turn of the event loop is over.
    QTimer m_clear;
};

} // namespace Switchboard::Hub
