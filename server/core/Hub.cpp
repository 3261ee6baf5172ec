// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hub.h"

#include "api/Endpoints.h"
#include "api/HttpServer.h"
#include "api/HttpWorker.h"
#include "api/RequestBatch.h"
#include "api/HubServices.h"
#include "api/ListenSocket.h"
#include "api/Metrics.h"
#include "api/Router.h"
#include "channels/DeliveryDispatcher.h"
#include "channels/email/EmailIntake.h"
#include "channels/email/EmailSender.h"
#include "channels/email/ImapPoller.h"
#include "channels/meta/MetaSender.h"
#include "channels/twilio/TwilioCallControl.h"
#include "channels/twilio/TwilioSmsSender.h"
#include "channels/x/XSender.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoTraffic.h"
#include "events/StreamFanout.h"
#include "events/StreamServer.h"
#include "routing/DisconnectedAgents.h"
#include "service/AccessPolicy.h"
#include "service/BoardService.h"
#include "service/CallService.h"
#include "service/ConversationService.h"
#include "service/EventBus.h"
#include "service/EventRecorder.h"
#include "service/InboundService.h"
#include "service/InsightService.h"
#include "service/PeopleService.h"
#include "service/QueueService.h"
#include "service/RoutingService.h"
#include "service/ReplyPolicyService.h"
#include "service/SessionService.h"
#include "service/TopicRuleService.h"
#include "storage/ClientRequestLog.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/SqliteStorage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

Q_LOGGING_CATEGORY(lcHub, "switchboard.hub")

namespace Switchboard::Hub {

namespace {

// A secret no one outside this process knows.
QString randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

void fillIfEmpty(QString &setting, const QString &value)
{
    if (setting.isEmpty())
        setting = value;
}

// A demo hub posts its live traffic through its own webhooks. A channel with no secret
// configured gets a random one, so only this process can sign for it; the accounts customers
// write to are the demo brand's unless configured.
DemoChannels demoChannels(HubConfig &config, const QJsonObject &data)
{
    fillIfEmpty(config.meta.appSecret, randomSecret());
    fillIfEmpty(config.meta.verifyToken, randomSecret());
    fillIfEmpty(config.meta.pageId, QStringLiteral("104729925060513"));
    fillIfEmpty(config.x.consumerSecret, randomSecret());
    fillIfEmpty(config.x.userId, QStringLiteral("1480296107445186560"));
    fillIfEmpty(config.twilio.authToken, randomSecret());
    if (config.twilioSettings().publicUrl.isEmpty())
        config.twilio.publicUrl
            = QStringLiteral("http://%1:%2").arg(config.host.toString()).arg(config.port);
    const QJsonObject brand = data.value(QLatin1String("brand")).toObject();
    DemoChannels channels;
    channels.metaAppSecret = config.meta.appSecret;
    channels.pageId = config.meta.pageId;
    channels.xConsumerSecret = config.x.consumerSecret;
    channels.xUserId = config.x.userId;
    channels.xHandle = brand.value(QLatin1String("handle")).toString();
    channels.twilioAuthToken = config.twilio.authToken;
    channels.twilioPublicUrl = config.twilioSettings().publicUrl;
    channels.brandPhone = brand.value(QLatin1String("phone")).toString();
    channels.twilioAccountSid = config.twilioSms.accountSid.isEmpty()
        ? QStringLiteral("AC6e1f3d0b9a2c4e8f7a5b3c1d9e0f2a4b")
        : config.twilioSms.accountSid;
    return channels;
}

} // namespace

Hub::Hub(HubConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Hub::~Hub()
{
    stopServing();
    // A try cut short here is not recorded: its reply is still queued and goes out next start.
    if (m_deliveries)
        m_deliveries->stop();
    m_senders.clear();
}

void Hub::addSender(std::unique_ptr<ChannelSender> sender)
{
    m_deliveries->registerSender(sender.get());
    m_senders.push_back(std::move(sender));
}

void Hub::stopServing()
{
    // The HTTP threads go first, while everything they use still exists: each closes its
    // connections on its own thread. Requests they queued here die with their HttpWorker.
    for (const auto &worker : m_workers) {
        if (worker->fanout())
            m_stream->detach(worker->fanout());
        worker->stop();
    }
    m_workers.clear();
    if (m_fanout)
        m_stream->detach(m_fanout.get());
    m_http.reset();
    m_fanout.reset();
}

bool Hub::setUpTls(QString *error)
{
    if (m_config.tlsCertFile.isEmpty() && m_config.tlsKeyFile.isEmpty())
        return true;
    if (m_config.tlsCertFile.isEmpty() || m_config.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("TLS needs both a certificate and a key");
        return false;
    }
    const auto certs = QSslCertificate::fromPath(m_config.tlsCertFile, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(m_config.tlsCertFile);
        return false;
    }
    QFile keyFile(m_config.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1").arg(m_config.tlsKeyFile);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM private key in %1").arg(m_config.tlsKeyFile);
        return false;
    }
    QSslConfiguration tls;
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::SecureProtocols);
    m_tls = tls;
    return true;
}

bool Hub::open(QString *error)
{
    if (m_storage)
        return true;
    if (m_config.dataDir.isEmpty()) {
        *error = QStringLiteral("no data directory given (--data DIR)");
        return false;
    }
    m_storage
        = std::make_unique<SqliteStorage>(m_config.databasePath(), m_config.databaseCacheMebibytes);
    if (!m_storage->open(error))
        return false;
    if (m_config.demo) {
        try {
            m_demoData = DemoSeeder::data();
        } catch (const StorageError &e) {
            *error = QString::fromStdString(e.what());
            return false;
        }
        m_demoChannels = std::make_unique<DemoChannels>(demoChannels(m_config, m_demoData));
    }
    m_bus = std::make_unique<EventBus>();
    m_access = std::make_unique<AccessPolicy>(m_config.policy);
    m_events = std::make_unique<EventRecorder>(*m_storage, *m_bus);
    m_board = std::make_unique<BoardService>(
        *m_storage, *m_events, m_config.boardQueueRefreshMilliseconds);
    m_people = std::make_unique<PeopleService>(*m_storage, *m_events, *m_access, PasswordHasher());
    m_sessions = std::make_unique<SessionService>(
        *m_storage, *m_bus, m_people->hasher(), m_config.tokenLifetimeSeconds);
    m_replyPolicy = std::make_unique<ReplyPolicyService>(*m_storage, *m_events, *m_access);
    m_replyPolicy->load();
    m_conversations
        = std::make_unique<ConversationService>(*m_storage, *m_events, *m_access, *m_replyPolicy);
    m_calls = std::make_unique<CallService>(*m_storage, *m_events, *m_access);
    m_topics = std::make_unique<TopicRuleService>(*m_storage, *m_events);
    m_topics->load();
    m_queues = std::make_unique<QueueService>(*m_storage, *m_events, *m_access);
    m_queues->load();
    m_disconnected = std::make_unique<DisconnectedAgents>();
    m_routing = std::make_unique<RoutingService>(*m_storage, *m_events, *m_access, *m_queues,
        *m_disconnected,
        RoutingService::Settings{
            m_config.ringTimeoutMilliseconds, m_config.requeueGraceMilliseconds});
    m_inbound = std::make_unique<InboundService>(*m_storage, *m_events, *m_access, *m_topics,
        *m_queues, m_routing->roster(), *m_disconnected);
    m_insights = std::make_unique<InsightService>(*m_storage);
    m_deliveries = std::make_unique<DeliveryDispatcher>(
        *m_storage, *m_events, *m_access, *m_bus, m_config.delivery);
    if (!m_config.meta.pageAccessToken.isEmpty())
        addSender(std::make_unique<MetaSender>(m_config.meta));
    if (!m_config.xSender.accessToken.isEmpty())
        addSender(std::make_unique<XSender>(m_config.xSender));
    TwilioSmsSender::Settings sms = m_config.twilioSms;
    sms.authToken = m_config.twilio.authToken;
    if (!sms.accountSid.isEmpty() && !sms.authToken.isEmpty() && !sms.fromNumber.isEmpty())
        addSender(std::make_unique<TwilioSmsSender>(sms));
    // An agent's answer in the desktop connects the caller waiting in Twilio's queue.
    if (!sms.accountSid.isEmpty() && !sms.authToken.isEmpty()) {
        m_twilioCalls = std::make_unique<TwilioCallControl>(sms);
        m_calls->setProviderControl(m_twilioCalls.get());
    }
    if (m_config.email.smtpConfigured())
        addSender(std::make_unique<EmailSender>(m_config.email));
    m_stream = std::make_unique<StreamServer>(*m_sessions, m_storage->events(), *m_bus);
    m_metrics = std::make_unique<Metrics>();
    m_services = std::make_unique<HubServices>(HubServices{*m_storage, *m_sessions, *m_people,
        *m_conversations, *m_calls, *m_replyPolicy, *m_stream, *m_metrics, *m_access,
        QDateTime::currentDateTimeUtc(), *m_inbound, m_config.meta, m_config.x,
        m_config.twilioSettings(), *m_topics, *m_queues, *m_insights, *m_routing, *m_board});
    m_router = std::make_unique<Router>(*m_sessions, *m_metrics, m_config.maxBodyBytes);
    Endpoints::registerAuth(*m_router, *m_services);
    Endpoints::registerPeople(*m_router, *m_services);
    Endpoints::registerConversations(*m_router, *m_services);
    Endpoints::registerCalls(*m_router, *m_services);
    Endpoints::registerPolicy(*m_router, *m_services);
    Endpoints::registerRouting(*m_router, *m_services);
    Endpoints::registerQueues(*m_router, *m_services);
    Endpoints::registerSystem(*m_router, *m_services);
    Endpoints::registerWebhooks(*m_router, *m_services);
    Endpoints::registerAttachments(*m_router, *m_services);
    Endpoints::registerInsights(*m_router, *m_services);
    Endpoints::registerSupervisor(*m_router, *m_services);
    m_batch = std::make_unique<RequestBatch>(*m_router, m_storage->database());

    m_metrics->addGauge(QStringLiteral("switchboard_stream_connections"),
        QStringLiteral("Open event streams."),
        [this] { return double(m_stream->connectionCount()); });
    m_metrics->addGauge(QStringLiteral("switchboard_event_sequence"),
        QStringLiteral("Newest event sequence number."),
        [this] { return double(m_storage->events().head()); });
    m_metrics->addGauge(QStringLiteral("switchboard_pending_deliveries"),
        QStringLiteral("Replies waiting for a channel connector."),
        [this] { return double(m_storage->messages().pendingDeliveries()); });
    return true;
}

bool Hub::start(QString *error)
{
    if (!open(error))
        return false;

    if (m_config.demo) {
        try {
            DemoSeeder seeder(*m_storage, *m_people, *m_events, *m_access, m_demoData);
            if (seeder.seedOnce()) {
                // The admin sets the policy as any admin would, so it is announced and audited.
                const auto admin = m_storage->users().byUsername(QStringLiteral("admin"));
                const auto policy = admin
                    ? m_replyPolicy->update(*admin, seeder.replyPolicy())
                    : Outcome<QJsonObject>(ServiceError::notFound(QStringLiteral("user admin")));
                if (!policy.ok()) {
                    *error = QStringLiteral("the demo reply policy is invalid: %1")
                                 .arg(policy.error().message);
                    return false;
                }
                const auto topics = m_topics->update(*admin, seeder.topicRules());
                if (!topics.ok()) {
                    *error = QStringLiteral("the demo topic rules are invalid: %1")
                                 .arg(topics.error().message);
                    return false;
                }
                for (const QJsonObject &queue : seeder.queues()) {
                    const auto created = m_queues->create(*admin, queue);
                    if (!created.ok()) {
                        *error = QStringLiteral("the demo queue %1 is invalid: %2")
                                     .arg(queue.value(QLatin1String("name")).toString(),
                                         created.error().message);
                        return false;
                    }
                }
                // The customers waiting in the demo are read as if their messages had just come.
                m_inbound->analyzeWaiting();
                qCInfo(lcHub) << "demo data seeded";
            }
        } catch (const StorageError &e) {
            *error = QStringLiteral("cannot seed the demo data: %1")
                         .arg(QString::fromStdString(e.what()));
            return false;
        }
    }

    if (!setUpTls(error))
        return false;
    const int threads = httpThreads();
    if (!(threads == 1 ? listenHere(error) : listenOnWorkers(threads, error))) {
        stopServing();
        return false;
    }
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        try {
            m_sessions->purgeExpired();
            // A desktop retries a write within days; a month covers any offline spell.
            m_storage->clientRequests().purgeOlderThan(
                QDateTime::currentDateTimeUtc().addDays(-ClientRequestRetentionDays));
        } catch (const StorageError &e) {
            qCWarning(lcHub) << "housekeeping failed:" << e.what();
        }
    });
    m_housekeeping.start(std::chrono::hours(1));
    if (m_config.email.imapConfigured()) {
        m_emailIntake = std::make_unique<EmailIntake>(
            *m_storage, *m_inbound, m_config.email.fromAddress);
        m_emailPoller = std::make_unique<ImapPoller>(m_config.email, *m_emailIntake, *m_storage);
        m_emailPoller->start();
    }
    // Routing follows every change from now on, and picks up offers and waiting work.
    connect(m_stream.get(), &StreamServer::userConnected, m_routing.get(),
        &RoutingService::agentConnected);
    connect(m_stream.get(), &StreamServer::userDisconnected, m_routing.get(),
        &RoutingService::agentDisconnected);
    m_routing->start(*m_bus);
    // Whatever was queued before, including before a restart, goes out now.
    m_deliveries->start();
    if (m_config.demo) {
        DemoTraffic::Settings demo;
        demo.hubUrl = url();
        if (m_tls)
            demo.certificate = m_tls->localCertificate();
        demo.meanIntervalMilliseconds = m_config.demoTrafficMilliseconds;
        demo.channels = *m_demoChannels;
        demo.data = m_demoData;
        m_demoTraffic = std::make_unique<DemoTraffic>(*m_storage, demo);
        m_demoTraffic->start();
    }
    return true;
}

int Hub::httpThreads() const
{
    if (!ListenSocket::canShare())
        return 1;
    return m_config.httpThreads > 0 ? m_config.httpThreads
                                    : std::clamp(QThread::idealThreadCount(), 1, MaxHttpThreads);
}

bool Hub::listenHere(QString *error)
{
    m_fanout = std::make_unique<StreamFanout>(*m_stream, m_storage->events(), *m_access,
        StreamServer::Settings{m_config.heartbeatSeconds, m_config.streamBatchMilliseconds});
    m_stream->attach(m_fanout.get());
    m_http = std::make_unique<HttpServer>(*m_batch, *m_fanout);
    if (m_tls)
        m_http->sslSetup(*m_tls);
    m_boundPort = m_http->listen(m_config.host, m_config.port);
    if (m_boundPort == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)")
                     .arg(m_config.host.toString())
                     .arg(m_config.port);
        return false;
    }
    return true;
}

bool Hub::listenOnWorkers(int threads, QString *error)
{
    quint16 port = m_config.port;
    for (int i = 0; i < threads; ++i) {
        // The first socket picks the port when 0 was asked for; the others share it.
        const qintptr socket = ListenSocket::open(m_config.host, port, error);
        if (socket < 0)
            return false;
        port = ListenSocket::port(socket);
        HttpWorker::Setup setup{socket, m_tls, m_config.databasePath(),
            StreamServer::Settings{m_config.heartbeatSeconds, m_config.streamBatchMilliseconds}};
        auto worker = std::make_unique<HttpWorker>(*m_batch, *m_stream, *m_access, setup);
        if (!worker->begin(error))
            return false;
        m_stream->attach(worker->fanout());
        m_workers.push_back(std::move(worker));
    }
    m_boundPort = port;
    return true;
}

QUrl Hub::url() const
{
    QUrl url;
    url.setScheme(
        m_config.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    const QHostAddress host
        = m_config.host == QHostAddress::Any || m_config.host == QHostAddress::AnyIPv4
        ? QHostAddress(QHostAddress::LocalHost)
        : m_config.host == QHostAddress::AnyIPv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                 : m_config.host;
    url.setHost(host.toString());
    url.setPort(m_boundPort);
    return url;
}

} // namespace Switchboard::Hub
