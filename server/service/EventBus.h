// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/EventLog.h"

#include <QObject>

namespace Switchboard::Hub {

//! Fans committed events out to whoever streams them. Only durable events are published here.
class EventBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void publish(const StoredEvent &event) { Q_EMIT published(event); }

Q_SIGNALS:
    void published(const Switchboard::Hub::StoredEvent &event);
};

} // namespace Switchboard::Hub
