// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubConfig.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace Switchboard::Hub {

class AccessPolicy;
class CallService;
class ConversationService;
class EventBus;
class EventRecorder;
class HttpServer;
class InboundService;
class Metrics;
class PeopleService;
class Router;
class SessionService;
class Storage;
class StreamServer;
struct HubServices;

//! A whole hub: storage, services, API and stream on one port. main() runs one; tests start
//! their own on a free loopback port with a temporary data directory.
class Hub : public QObject
{
    Q_OBJECT
public:
    explicit Hub(HubConfig config, QObject *parent = nullptr);
    ~Hub() override;

    //! Opens the database and builds the services, without listening (admin commands use this).
    bool open(QString *error);
    //! open(), seeds the demo if configured, and starts listening.
    bool start(QString *error);
    //! Where clients reach the hub, with the port actually bound.
    QUrl url() const;

    const HubConfig &config() const { return m_config; }
    Storage &storage() { return *m_storage; }
    PeopleService &people() { return *m_people; }
    ConversationService &conversations() { return *m_conversations; }
    InboundService &inbound() { return *m_inbound; }
    StreamServer &stream() { return *m_stream; }
    const Router &router() const { return *m_router; }

    //! How long the result of a client write is kept to answer its repeats.
    static constexpr int ClientRequestRetentionDays = 30;

private:
    bool setUpTls(QString *error);

    HubConfig m_config;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ConversationService> m_conversations;
    std::unique_ptr<CallService> m_calls;
    std::unique_ptr<InboundService> m_inbound;
    std::unique_ptr<StreamServer> m_stream;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<HubServices> m_services;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_http;
    QTimer m_housekeeping;
    quint16 m_boundPort = 0;
};

} // namespace Switchboard::Hub
