// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>
#include <vector>

namespace Switchboard::Hub {

class AccessPolicy;
class BoardService;
class CallService;
class ChannelSender;
class DeliveryDispatcher;
class DemoTraffic;
class DisconnectedAgents;
struct DemoChannels;
class EmailIntake;
class ConversationService;
class ReplyPolicyService;
class EventBus;
class EventRecorder;
class HttpServer;
class RequestBatch;
class HttpWorker;
class ImapPoller;
class InboundService;
class InsightService;
class Metrics;
class PeopleService;
class QueueService;
class RoutingService;
class Router;
class SessionService;
class Storage;
class StreamFanout;
class StreamServer;
class TopicRuleService;
class TwilioCallControl;
struct HubServices;

//! A whole hub: storage, services, API and stream on one port. main() runs one; tests start
//! their own on a free loopback port with a temporary data directory.
//!
//! The services and the database connection that writes live on the thread that made the hub.
//! HTTP and streams are served there too with one HTTP thread; with more, each HTTP thread
//! (HttpWorker) listens on the same port and hands requests to the services' thread.
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
    //! How many threads serve HTTP and streams (the services' own thread when 1).
    int httpThreads() const;

    const HubConfig &config() const { return m_config; }
    Storage &storage() { return *m_storage; }
    PeopleService &people() { return *m_people; }
    ConversationService &conversations() { return *m_conversations; }
    InboundService &inbound() { return *m_inbound; }
    RoutingService &routing() { return *m_routing; }
    StreamServer &stream() { return *m_stream; }
    //! Hands queued replies to the channel connectors (registerSender for one not made here).
    DeliveryDispatcher &deliveries() { return *m_deliveries; }
    //! Keeps a channel connector for the hub's lifetime and registers it with deliveries().
    void addSender(std::unique_ptr<ChannelSender> sender);
    const Router &router() const { return *m_router; }
    //! With --demo, once started: the live deliveries the demo posts to its own webhooks.
    DemoTraffic *demoTraffic() const { return m_demoTraffic.get(); }
    //! Fetches the configured IMAP mailboxes once started; null without email/imap_urls.
    ImapPoller *emailPoller() const { return m_emailPoller.get(); }

    //! The most HTTP threads the hub runs.
    static constexpr int MaxHttpThreads = 64;
    //! How long the result of a client write is kept to answer its repeats.
    static constexpr int ClientRequestRetentionDays = 30;

private:
    bool setUpTls(QString *error);
    bool listenHere(QString *error);
    bool listenOnWorkers(int threads, QString *error);
    void stopServing();

    HubConfig m_config;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ReplyPolicyService> m_replyPolicy;
    std::unique_ptr<ConversationService> m_conversations;
    std::unique_ptr<CallService> m_calls;
    std::unique_ptr<TopicRuleService> m_topics;
    std::unique_ptr<QueueService> m_queues;
    std::unique_ptr<DisconnectedAgents> m_disconnected;
    std::unique_ptr<RoutingService> m_routing;
    //! Watches every event recorded, so it is made right after the recorder.
    std::unique_ptr<BoardService> m_board;
    //! Carries call control to Twilio; null without twilio/account_sid and auth_token.
    std::unique_ptr<TwilioCallControl> m_twilioCalls;
    std::unique_ptr<InboundService> m_inbound;
    std::unique_ptr<InsightService> m_insights;
    std::unique_ptr<DeliveryDispatcher> m_deliveries;
    //! Destroyed before the dispatcher: a connector going away reports nothing more.
    std::vector<std::unique_ptr<ChannelSender>> m_senders;
    std::unique_ptr<StreamServer> m_stream;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<HubServices> m_services;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RequestBatch> m_batch;
    std::optional<QSslConfiguration> m_tls;
    //! With one HTTP thread: the streams and the HTTP server on this thread.
    std::unique_ptr<StreamFanout> m_fanout;
    std::unique_ptr<HttpServer> m_http;
    std::vector<std::unique_ptr<HttpWorker>> m_workers;
    QTimer m_housekeeping;
    quint16 m_boundPort = 0;
    //! Last, so they go first: a fetch in flight still finds storage and services.
    std::unique_ptr<EmailIntake> m_emailIntake;
    std::unique_ptr<ImapPoller> m_emailPoller;
    //! With --demo: its ingredients, and the channel accounts and secrets its traffic uses.
    QJsonObject m_demoData;
    std::unique_ptr<DemoChannels> m_demoChannels;
    std::unique_ptr<DemoTraffic> m_demoTraffic;
};

} // namespace Switchboard::Hub
