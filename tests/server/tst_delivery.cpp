// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Outbound delivery on a real hub: replies handed to a connector, retried while the provider is
// down, failed with the provider's reason, kept across a restart, and notes never handed over.
#include "ApiClient.h"
#include "FakeProvider.h"
#include "StreamClient.h"
#include "TestHub.h"
#include "channels/DeliveryDispatcher.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/Schema.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;

namespace {

const QString pageToken = QStringLiteral("EAAB-page-token-not-for-logs");
const QString phoneNumberId = QStringLiteral("106540352242922");

// The WhatsApp Cloud API's answer to a send (as in the wire fixture whatsapp_send_response.json).
FakeResponse whatsappAccepted(const QString &to, const QString &id)
{
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("input"), to}, {QStringLiteral("wa_id"), to}}}},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}}}}};
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {}};
}

FakeResponse graphError(int status, const QString &message, int code, int subcode = 0)
{
    QJsonObject error{{QStringLiteral("message"), message},
        {QStringLiteral("type"), QStringLiteral("OAuthException")}, {QStringLiteral("code"), code},
        {QStringLiteral("fbtrace_id"), QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam")}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return {status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact),
        "application/json", {}};
}

// A connector that keeps what it is handed and answers when the test says so.
class RecordingSender : public Hub::ChannelSender
{
public:
    explicit RecordingSender(QList<ChannelKind> kinds)
        : m_kinds(std::move(kinds))
    {
    }
    QList<ChannelKind> channels() const override { return m_kinds; }
    void send(const Hub::OutboundReply &reply,
        std::function<void(const Hub::SendOutcome &)> done) override
    {
        handed.append(reply);
        if (answerAtOnce)
            done(Hub::SendOutcome{});
        else
            waiting.append(std::move(done));
    }

    QList<Hub::OutboundReply> handed;
    QList<std::function<void(const Hub::SendOutcome &)>> waiting;
    bool answerAtOnce = true;

private:
    QList<ChannelKind> m_kinds;
};

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private:
    FakeProvider m_graph;
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent;
    int m_serial = 0;

    Hub::Storage &storage() { return m_hub->hub().storage(); }

    TestHub::Options options(int maxAttempts = 100)
    {
        TestHub::Options o;
        o.meta.pageAccessToken = pageToken;
        o.meta.whatsappPhoneNumberId = phoneNumberId;
        o.meta.graphUrl = m_graph.url() + QStringLiteral("/v19.0");
        o.configure = [maxAttempts](Hub::HubConfig &config) {
            config.delivery.initialBackoffMilliseconds = 5;
            config.delivery.maxBackoffMilliseconds = 40;
            config.delivery.maxAttempts = maxAttempts;
        };
        return o;
    }

    // A customer's message on a private channel; returns its conversation and message ids.
    std::pair<qint64, qint64> customerWrites(ChannelKind channel, IdentityKind kind,
        const QString &who, TestHub *hub = nullptr)
    {
        Hub::InboundMessage in;
        in.channel = channel;
        in.sender = Identity{0, kind, who};
        in.senderName = QStringLiteral("Léa Martin");
        in.threadId = who;
        in.body = QStringLiteral("My parcel never arrived");
        in.providerMessageId = QStringLiteral("wamid.inbound-%1").arg(++m_serial);
        const auto r = (hub ? hub : m_hub.get())->hub().inbound().receive(in);
        return {r.conversation.id, r.message.id};
    }
    ApiReply write(qint64 conversation, const QString &kind, const QString &text,
        std::optional<qint64> after, ApiClient *api = nullptr)
    {
        QJsonObject body{{QStringLiteral("kind"), kind}, {QStringLiteral("body"), text},
            {QStringLiteral("client_id"), newClientId()}};
        if (after)
            body.insert(QStringLiteral("after"), *after);
        return (api ? api : m_api.get())
            ->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), body,
                m_agent);
    }
    qint64 reply(qint64 conversation, qint64 after, const QString &text)
    {
        const ApiReply r = write(conversation, QStringLiteral("reply"), text, after);
        if (r.status != 201 && r.status != 200)
            qWarning() << "reply refused:" << r.status << r.body;
        return r.json.value(QLatin1String("id")).toInteger();
    }
    Message stored(qint64 id) { return *storage().messages().byId(id); }
    std::optional<Hub::PendingDelivery> queued(qint64 id)
    {
        for (const auto &d : storage().messages().deliveryQueue(1000)) {
            if (d.messageId == id)
                return d;
        }
        return std::nullopt;
    }
    // The message as an agent's desktop reads it from the API.
    QJsonObject fromApi(qint64 conversation, qint64 id)
    {
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), m_agent);
        for (const QJsonValue &m : r.items()) {
            if (m.toObject().value(QLatin1String("id")).toInteger() == id)
                return m.toObject();
        }
        return {};
    }
    void startHub(const TestHub::Options &o)
    {
        m_hub = std::make_unique<TestHub>(o);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent = m_api->login(QStringLiteral("agent1"), TestHub::password());
        QVERIFY(!m_agent.isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_graph.reset();
        QVERIFY(m_graph.listen(m_graph.port()));
        m_graph.setStanding(whatsappAccepted(QStringLiteral("0"), QStringLiteral("wamid.unused")));
        startHub(options());
    }
    void cleanup()
    {
        m_api.reset();
        m_hub.reset();
        m_graph.close();
    }

    void aSentReplyCarriesTheProviderIdToTheDesktop()
    {
        StreamClient stream(m_hub->url(), m_agent);
        QVERIFY(stream.waitForLive());
        const QString phone = QStringLiteral("16505551234");
        m_graph.setStanding(whatsappAccepted(phone, QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI")));
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, phone);
        const qint64 id = reply(conversation, inbound, QStringLiteral("Sorry! A new one is on its way."));
        QVERIFY(id > 0);

        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(m_graph.requests().size(), 1);
        const FakeRequest &request = m_graph.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QStringLiteral("/v19.0/%1/messages").arg(phoneNumberId));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + pageToken.toUtf8());
        QCOMPARE(request.json().value(QLatin1String("to")).toString(), phone);

        const Message sent = stored(id);
        QCOMPARE(sent.providerMessageId, QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI"));
        QCOMPARE(sent.deliveryError, QString());
        QCOMPARE(sent.channelMetadata.value(QLatin1String("wa_id")).toString(), phone);
        // WhatsApp's later statuses name the message by this id.
        QCOMPARE(storage().messages().byProviderId(ChannelKind::WhatsApp, sent.providerMessageId)->id, id);
        QVERIFY(!queued(id));

        const QJsonObject api = fromApi(conversation, id);
        QCOMPARE(api.value(QLatin1String("delivery")).toString(), QStringLiteral("sent"));
        QCOMPARE(api.value(QLatin1String("provider_message_id")).toString(), sent.providerMessageId);
        QTRY_VERIFY(!stream.eventsOfType(QStringLiteral("message.updated")).isEmpty());
        const QJsonObject update = stream.eventsOfType(QStringLiteral("message.updated"))
                                       .last()
                                       .value(QLatin1String("data"))
                                       .toObject();
        QCOMPARE(update.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(update.value(QLatin1String("delivery")).toString(), QStringLiteral("sent"));
    }

    void aProviderThatIsDownGetsTheReplyOnceItIsBack()
    {
        const QString phone = QStringLiteral("4915112345678");
        m_graph.close();
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, phone);
        const qint64 id = reply(conversation, inbound, QStringLiteral("We are looking into it."));
        // Refused connections: tried again and again, queued with the reason meanwhile.
        QTRY_VERIFY(queued(id) && queued(id)->attempts >= 3);
        QCOMPARE(stored(id).delivery, DeliveryState::Queued);
        QVERIFY(stored(id).deliveryError.startsWith(QStringLiteral("the provider could not be reached")));
        QCOMPARE(fromApi(conversation, id).value(QLatin1String("delivery_error")).toString(),
            stored(id).deliveryError);

        // Back, but overloaded for two more tries.
        m_graph.enqueue({503, "Service Unavailable", "text/plain", {}});
        m_graph.enqueue(graphError(500, QStringLiteral("An unexpected error has occurred. Please retry your request later."), 2));
        m_graph.setStanding(whatsappAccepted(phone, QStringLiteral("wamid.back-again")));
        QVERIFY(m_graph.listen(m_graph.port()));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(m_graph.requests().size(), 3);
        QCOMPARE(m_graph.successes(), 1);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("wamid.back-again"));
        QCOMPARE(stored(id).deliveryError, QString());
        QVERIFY(!queued(id));
    }

    void backoffDoublesUpToItsCap()
    {
        Hub::DeliverySettings s;
        s.initialBackoffMilliseconds = 1000;
        s.maxBackoffMilliseconds = 600000;
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 1), 1000);
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 2), 2000);
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 3), 4000);
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 10), 512000);
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 11), 600000);
        QCOMPARE(Hub::DeliveryDispatcher::backoffMilliseconds(s, 400), 600000);
    }

    void aRetryIsScheduledNoSoonerThanRetryAfter()
    {
        const QString phone = QStringLiteral("33612345678");
        m_graph.enqueue({429, graphError(429, QStringLiteral("(#4) Application request limit reached"), 4).body, "application/json",
            {{"Retry-After", "3600"}}});
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, phone);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 id = reply(conversation, inbound, QStringLiteral("One moment please."));
        QTRY_VERIFY(queued(id) && queued(id)->attempts == 1);
        QVERIFY(queued(id)->nextAttemptAt >= before + 3600 * 1000);
        QVERIFY(stored(id).deliveryError.contains(QStringLiteral("(#4) Application request limit reached")));
        QCOMPARE(stored(id).delivery, DeliveryState::Queued);
    }

    void aPermanentRefusalFailsWithTheProvidersReason()
    {
        StreamClient stream(m_hub->url(), m_agent);
        QVERIFY(stream.waitForLive());
        m_graph.enqueue(graphError(400, QStringLiteral("(#131030) Recipient phone number not in allowed list"), 131030));
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, QStringLiteral("15550001111"));
        const qint64 id = reply(conversation, inbound, QStringLiteral("Hello there"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Failed);
        QCOMPARE(m_graph.requests().size(), 1);
        const QString reason = stored(id).deliveryError;
        QVERIFY2(reason.startsWith(QStringLiteral("(#131030) Recipient phone number not in allowed list")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("code 131030")));
        QVERIFY(!queued(id));
        const QJsonObject api = fromApi(conversation, id);
        QCOMPARE(api.value(QLatin1String("delivery")).toString(), QStringLiteral("failed"));
        QCOMPARE(api.value(QLatin1String("delivery_error")).toString(), reason);
        QTRY_VERIFY(!stream.eventsOfType(QStringLiteral("message.updated")).isEmpty());
        const QJsonObject update = stream.eventsOfType(QStringLiteral("message.updated")).last().value(QLatin1String("data")).toObject();
        QCOMPARE(update.value(QLatin1String("delivery")).toString(), QStringLiteral("failed"));
        QCOMPARE(update.value(QLatin1String("delivery_error")).toString(), reason);
    }

    void tooManyTriesFail()
    {
        cleanup();
        QVERIFY(m_graph.listen(m_graph.port()));
        startHub(options(3));
        m_graph.setStanding({503, "busy", "text/plain", {}});
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, QStringLiteral("15550002222"));
        const qint64 id = reply(conversation, inbound, QStringLiteral("Hello again"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Failed);
        QCOMPARE(m_graph.requests().size(), 3);
        QVERIFY2(stored(id).deliveryError.startsWith(QStringLiteral("gave up after 3 tries: ")), qPrintable(stored(id).deliveryError));
        QVERIFY(!queued(id));
    }

    void pendingRepliesSurviveARestart()
    {
        const QString phone = QStringLiteral("447700900123");
        m_graph.setStanding({503, "down for maintenance", "text/plain", {}});
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, phone);
        const qint64 id = reply(conversation, inbound, QStringLiteral("Your refund is approved."));
        // Restarted between tries: a try cut short could have reached the provider, and that
        // one would count here although the hub never heard the answer.
        QTRY_VERIFY(queued(id) && queued(id)->attempts >= 1
            && m_hub->hub().deliveries().inFlight() == 0);
        const int triedBefore = int(m_graph.requests().size());

        m_hub->restart();
        // Not lost: still queued on the new hub, and sent as soon as the provider takes it.
        QVERIFY(queued(id));
        m_graph.setStanding(whatsappAccepted(phone, QStringLiteral("wamid.after-restart")));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(m_graph.successes(), 1);
        QVERIFY(int(m_graph.requests().size()) > triedBefore);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("wamid.after-restart"));
        QCOMPARE(storage().messages().pendingDeliveries(), 0);
    }

    void aReplyWithoutAConnectorWaitsVisibly()
    {
        const auto [conversation, inbound] = customerWrites(ChannelKind::Sms, IdentityKind::Phone, QStringLiteral("+15558675310"));
        const qint64 id = reply(conversation, inbound, QStringLiteral("Text me back"));
        QTRY_COMPARE(stored(id).deliveryError, QStringLiteral("no connector configured for sms"));
        QCOMPARE(stored(id).delivery, DeliveryState::Queued);
        QVERIFY(queued(id));
        QCOMPARE(fromApi(conversation, id).value(QLatin1String("delivery_error")).toString(),
            QStringLiteral("no connector configured for sms"));

        // Configured later: it goes out then.
        RecordingSender sms({ChannelKind::Sms});
        m_hub->hub().deliveries().registerSender(&sms);
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        m_hub->hub().deliveries().unregisterSender(&sms);
        QCOMPARE(sms.handed.size(), 1);
        QCOMPARE(sms.handed.first().messageId, id);
        QCOMPARE(sms.handed.first().recipient.value, QStringLiteral("+15558675310"));
        QCOMPARE(sms.handed.first().recipient.kind, IdentityKind::Phone);
        QCOMPARE(sms.handed.first().inReplyToProviderId, stored(inbound).providerMessageId);
        QCOMPARE(sms.handed.first().body, QStringLiteral("Text me back"));
        QCOMPARE(stored(id).deliveryError, QString());
    }

    void aConversationsRepliesGoOneAtATimeInOrder()
    {
        RecordingSender sender({ChannelKind::WhatsApp});
        sender.answerAtOnce = false;
        m_hub->hub().deliveries().registerSender(&sender);
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, QStringLiteral("15550003333"));
        const qint64 first = reply(conversation, inbound, QStringLiteral("First"));
        const qint64 second = reply(conversation, first, QStringLiteral("Second"));
        QTRY_COMPARE(sender.handed.size(), 1);
        QCOMPARE(sender.handed.first().messageId, first);
        // However often the dispatcher looks, the second waits for the first.
        for (int i = 0; i < 3; ++i) {
            m_hub->hub().deliveries().wake();
            QCoreApplication::processEvents();
        }
        QCOMPARE(sender.handed.size(), 1);
        QCOMPARE(m_hub->hub().deliveries().inFlight(), 1);

        Hub::SendOutcome retry;
        retry.status = Hub::SendOutcome::Status::Retry;
        retry.reason = QStringLiteral("try later");
        sender.waiting.takeFirst()(retry);
        // The first again (it failed), still before the second.
        QTRY_COMPARE(sender.handed.size(), 2);
        QCOMPARE(sender.handed.at(1).messageId, first);
        QCOMPARE(sender.handed.at(1).attempt, 2);
        sender.waiting.takeFirst()(Hub::SendOutcome{});
        QTRY_COMPARE(sender.handed.size(), 3);
        QCOMPARE(sender.handed.at(2).messageId, second);
        sender.waiting.takeFirst()(Hub::SendOutcome{});
        QTRY_COMPARE(stored(second).delivery, DeliveryState::Sent);
        QCOMPARE(stored(first).delivery, DeliveryState::Sent);
        m_hub->hub().deliveries().unregisterSender(&sender);
    }

    void aNoteNeverReachesAConnector()
    {
        RecordingSender sender({ChannelKind::WhatsApp});
        m_hub->hub().deliveries().registerSender(&sender);
        const auto [conversation, inbound] = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp, QStringLiteral("15550004444"));
        const ApiReply note = write(conversation, QStringLiteral("note"), QStringLiteral("Customer is angry, be kind"), std::nullopt);
        QVERIFY2(note.status == 201 || note.status == 200, note.body.constData());
        const qint64 noteId = note.json.value(QLatin1String("id")).toInteger();
        const qint64 id = reply(conversation, inbound, QStringLiteral("We are sorry"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(sender.handed.size(), 1);
        QCOMPARE(sender.handed.first().messageId, id);
        QCOMPARE(stored(noteId).delivery, DeliveryState::None);

        // The schema refuses a note in the queue …
        Hub::Database &db = storage().database();
        const QString insert = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (?, 'whatsapp', 0, 0, 0)")
                                   .arg(Hub::Schema::Deliveries::table, Hub::Schema::Deliveries::messageId,
                                       Hub::Schema::Deliveries::channel, Hub::Schema::Deliveries::attempts,
                                       Hub::Schema::Deliveries::nextAttemptAt, Hub::Schema::Deliveries::createdAt);
        QVERIFY_THROWS_EXCEPTION(Hub::StorageError, db.exec(insert, {noteId}));
        QCOMPARE(storage().messages().pendingDeliveries(), 0);
        // … and were one there anyway, the dispatcher would drop it rather than hand it over.
        db.exec(QStringLiteral("DROP TRIGGER %1").arg(Hub::Schema::Deliveries::noteGuardTrigger));
        db.exec(insert, {noteId});
        QCOMPARE(storage().messages().pendingDeliveries(), 1);
        m_hub->hub().deliveries().wake();
        QTRY_COMPARE(storage().messages().pendingDeliveries(), 0);
        QCOMPARE(sender.handed.size(), 1);
        QCOMPARE(stored(noteId).delivery, DeliveryState::None);
        m_hub->hub().deliveries().unregisterSender(&sender);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
