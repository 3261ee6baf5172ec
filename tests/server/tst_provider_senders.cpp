// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each provider's send request exactly as its API documents it, and its answers (ids, errors)
// read back into the reply: Graph API (comments, private replies, Messenger, Instagram,
// WhatsApp), X API v2 (posts, DMs) and Twilio Messages.
#include "ApiClient.h"
#include "FakeProvider.h"
#include "TestHub.h"
#include "service/ConversationService.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;

namespace {

const QString pageId = QStringLiteral("1000000000001");
const QString pageToken = QStringLiteral("EAAB-page-token-secret");
const QString xToken = QStringLiteral("x-user-token-secret");
const QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString authToken = QStringLiteral("twilio-auth-token-secret");
const QString fromNumber = QStringLiteral("+15017122661");

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

FakeResponse json(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {}};
}

} // namespace

class TestProviderSenders : public QObject
{
    Q_OBJECT

private:
    FakeProvider m_provider;
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_agent;
    int m_serial = 0;

    Hub::Storage &storage() { return m_hub->hub().storage(); }
    Message stored(qint64 id) { return *storage().messages().byId(id); }

    Hub::InboundResult customerWrites(ChannelKind channel, IdentityKind kind, const QString &who,
        const QString &providerId, const QString &thread, const QJsonObject &metadata = {})
    {
        Hub::InboundMessage in;
        in.channel = channel;
        in.sender = Identity{0, kind, who};
        in.senderName = QStringLiteral("Customer %1").arg(++m_serial);
        in.threadId = thread;
        in.body = QStringLiteral("Where is my order?");
        in.providerMessageId = providerId;
        in.channelMetadata = metadata;
        return m_hub->hub().inbound().receive(in);
    }
    qint64 reply(const Hub::InboundResult &in, const QString &text)
    {
        const ApiReply r = m_api->post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(in.conversation.id),
            {{QStringLiteral("kind"), QStringLiteral("reply")}, {QStringLiteral("body"), text},
                {QStringLiteral("after"), in.message.id},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent);
        if (r.status != 201 && r.status != 200)
            qWarning() << "reply refused:" << r.status << r.body;
        return r.json.value(QLatin1String("id")).toInteger();
    }
    // Sends and waits for the one request the provider gets.
    FakeRequest sendAndCapture(qint64 id)
    {
        if (!QTest::qWaitFor([&] { return stored(id).delivery != DeliveryState::Queued; }))
            qWarning() << "reply" << id << "still queued:" << stored(id).deliveryError;
        return m_provider.requests().value(m_provider.requests().size() - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInstallMessageHandler(captureLog);
        QVERIFY(m_provider.listen());
        TestHub::Options o;
        o.meta.pageId = pageId;
        o.meta.pageAccessToken = pageToken;
        o.meta.whatsappPhoneNumberId = QStringLiteral("106540352242922");
        o.meta.graphUrl = m_provider.url() + QStringLiteral("/v19.0/");
        o.twilio.authToken = authToken;
        o.configure = [this](Hub::HubConfig &config) {
            config.xSender.apiUrl = m_provider.url();
            config.xSender.accessToken = xToken;
            config.twilioSms.apiUrl = m_provider.url();
            config.twilioSms.accountSid = accountSid;
            config.twilioSms.fromNumber = fromNumber;
            config.delivery.initialBackoffMilliseconds = 5;
            config.delivery.maxBackoffMilliseconds = 20;
        };
        m_hub = std::make_unique<TestHub>(o);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_agent = m_api->login(QStringLiteral("agent1"), TestHub::password());
        QVERIFY(!m_agent.isEmpty());
    }
    void init() { m_provider.reset(); }
    void cleanupTestCase()
    {
        m_api.reset();
        m_hub.reset();
        qInstallMessageHandler(nullptr);
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &secret : {pageToken, xToken, authToken})
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

    void facebookCommentGetsAPublicReply()
    {
        m_provider.setStanding(json(200, {{QStringLiteral("id"), QStringLiteral("44444444_7777")}}));
        const QString post = pageId + QStringLiteral("_444444444");
        const auto in = customerWrites(ChannelKind::FacebookComment, IdentityKind::Facebook,
            QStringLiteral("7001"), QStringLiteral("444444444_5555"), post,
            {{QStringLiteral("post_id"), post}, {QStringLiteral("parent_id"), post},
                {QStringLiteral("comment_id"), QStringLiteral("444444444_5555")}});
        const qint64 id = reply(in, QStringLiteral("Thanks for asking! 50% off & free shipping+"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QStringLiteral("/v19.0/444444444_5555/comments"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + pageToken.toUtf8());
        QVERIFY(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(r.form().queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded),
            QStringLiteral("Thanks for asking! 50% off & free shipping+"));
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("44444444_7777"));
    }

    void aReplyToAFacebookReplyGoesUnderItsTopLevelComment()
    {
        m_provider.setStanding(json(200, {{QStringLiteral("id"), QStringLiteral("1_2")}}));
        const QString post = pageId + QStringLiteral("_555");
        const auto in = customerWrites(ChannelKind::FacebookComment, IdentityKind::Facebook,
            QStringLiteral("7002"), QStringLiteral("555_9"), post,
            {{QStringLiteral("post_id"), post}, {QStringLiteral("parent_id"), QStringLiteral("555_1")},
                {QStringLiteral("comment_id"), QStringLiteral("555_9")}});
        const FakeRequest r = sendAndCapture(reply(in, QStringLiteral("Hello")));
        QCOMPARE(r.target, QStringLiteral("/v19.0/555_1/comments"));
    }

    void instagramCommentGetsAReply()
    {
        m_provider.setStanding(json(200, {{QStringLiteral("id"), QStringLiteral("17873440459141021")}}));
        const auto in = customerWrites(ChannelKind::InstagramComment, IdentityKind::Instagram,
            QStringLiteral("17841405309211844"), QStringLiteral("17870913679156914"),
            QStringLiteral("17895695668004550"),
            {{QStringLiteral("media_id"), QStringLiteral("17895695668004550")},
                {QStringLiteral("comment_id"), QStringLiteral("17870913679156914")}});
        const qint64 id = reply(in, QStringLiteral("*sniff*"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/v19.0/17870913679156914/replies"));
        QCOMPARE(r.form().queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded), QStringLiteral("*sniff*"));
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("17873440459141021"));
    }

    void messengerAndInstagramDirectMessages_data()
    {
        QTest::addColumn<ChannelKind>("channel");
        QTest::addColumn<IdentityKind>("kind");
        QTest::newRow("messenger") << ChannelKind::Messenger << IdentityKind::Facebook;
        QTest::newRow("instagram") << ChannelKind::InstagramDm << IdentityKind::Instagram;
    }
    void messengerAndInstagramDirectMessages()
    {
        QFETCH(ChannelKind, channel);
        QFETCH(IdentityKind, kind);
        const QString psid = QStringLiteral("2468%1").arg(int(channel));
        m_provider.setStanding(json(200, {{QStringLiteral("recipient_id"), psid},
            {QStringLiteral("message_id"), QStringLiteral("m_AG5Hz2U%1").arg(int(channel))}}));
        const auto in = customerWrites(channel, kind, psid, QStringLiteral("m_in_%1").arg(int(channel)), psid);
        const qint64 id = reply(in, QStringLiteral("hello, world"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/v19.0/%1/messages").arg(pageId));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject expected{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
            {QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hello, world")}}}};
        QCOMPARE(r.json(), expected);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("m_AG5Hz2U%1").arg(int(channel)));
        QCOMPARE(stored(id).channelMetadata.value(QLatin1String("recipient_id")).toString(), psid);
    }

    void movingACommenterToMessengerSendsAPrivateReply()
    {
        m_provider.setStanding(json(200, {{QStringLiteral("id"), QStringLiteral("comment-reply")}}));
        const QString post = pageId + QStringLiteral("_888");
        const auto in = customerWrites(ChannelKind::FacebookComment, IdentityKind::Facebook,
            QStringLiteral("7003"), QStringLiteral("888_1"), post,
            {{QStringLiteral("post_id"), post}, {QStringLiteral("parent_id"), post},
                {QStringLiteral("comment_id"), QStringLiteral("888_1")}});
        m_provider.setStanding(json(200, {{QStringLiteral("recipient_id"), QStringLiteral("2599")},
            {QStringLiteral("message_id"), QStringLiteral("m_private")}}));
        Hub::ConversationService::Draft draft;
        draft.body = QStringLiteral("Could you send us your order number?");
        draft.clientId = newClientId();
        const auto started = m_hub->hub().conversations().startPrivate(m_hub->user(QStringLiteral("agent1")),
            in.customer.id, ChannelKind::Messenger, in.conversation.id, QString(), draft);
        QVERIFY(started.ok());
        const qint64 id = started.value().message.id;
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/v19.0/%1/messages").arg(pageId));
        const QJsonObject expected{{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("comment_id"), QStringLiteral("888_1")}}},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), draft.body}}}};
        QCOMPARE(r.json(), expected);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("m_private"));
    }

    void whatsappSendsAText()
    {
        m_provider.setStanding(json(200, {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("contacts"), QJsonArray{QJsonObject{{QStringLiteral("input"), QStringLiteral("16505551234")}, {QStringLiteral("wa_id"), QStringLiteral("16505551234")}}}},
            {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.foobar")}}}}}));
        const auto in = customerWrites(ChannelKind::WhatsApp, IdentityKind::WhatsApp,
            QStringLiteral("16505551234"), QStringLiteral("wamid.in"), QStringLiteral("16505551234"));
        const qint64 id = reply(in, QStringLiteral("hello via phone"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/v19.0/106540352242922/messages"));
        const QJsonObject expected{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), QStringLiteral("16505551234")}, {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hello via phone")}}}};
        QCOMPARE(r.json(), expected);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("wamid.foobar"));
    }

    void graphThrottlingIsRetried()
    {
        const QJsonObject limit{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("(#613) Calls to this api have exceeded the rate limit.")},
            {QStringLiteral("type"), QStringLiteral("OAuthException")}, {QStringLiteral("code"), 613},
            {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEfGh")}}}};
        m_provider.enqueue(json(400, limit));
        m_provider.setStanding(json(200, {{QStringLiteral("recipient_id"), QStringLiteral("1357")}, {QStringLiteral("message_id"), QStringLiteral("m_after_limit")}}));
        const auto in = customerWrites(ChannelKind::Messenger, IdentityKind::Facebook,
            QStringLiteral("1357"), QStringLiteral("m_in_limit"), QStringLiteral("1357"));
        const qint64 id = reply(in, QStringLiteral("Thanks"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(m_provider.requests().size(), 2);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("m_after_limit"));
    }

    void graphRefusalFailsWithItsMessage()
    {
        const QJsonObject refusal{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("(#10) This message is sent outside of allowed window.")},
            {QStringLiteral("type"), QStringLiteral("OAuthException")}, {QStringLiteral("code"), 10},
            {QStringLiteral("error_subcode"), 2018278}, {QStringLiteral("fbtrace_id"), QStringLiteral("A1b2C3")}}}};
        m_provider.setStanding(json(400, refusal));
        const auto in = customerWrites(ChannelKind::Messenger, IdentityKind::Facebook,
            QStringLiteral("2468"), QStringLiteral("m_in_window"), QStringLiteral("2468"));
        const qint64 id = reply(in, QStringLiteral("Late answer"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Failed);
        QCOMPARE(m_provider.requests().size(), 1);
        QCOMPARE(stored(id).deliveryError,
            QStringLiteral("(#10) This message is sent outside of allowed window. (OAuthException, code 10, subcode 2018278, fbtrace_id A1b2C3)"));
    }

    void xPostRepliesToTheMention()
    {
        m_provider.setStanding(json(201, {{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), QStringLiteral("1445880548472328192")},
            {QStringLiteral("text"), QStringLiteral("We are on it")}}}}));
        const auto in = customerWrites(ChannelKind::XPost, IdentityKind::X, QStringLiteral("2244994945"),
            QStringLiteral("1460323737035677698"), QStringLiteral("1460323737035677698"));
        const qint64 id = reply(in, QStringLiteral("We are on it"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/2/tweets"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + xToken.toUtf8());
        const QJsonObject expected{{QStringLiteral("text"), QStringLiteral("We are on it")},
            {QStringLiteral("reply"), QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), QStringLiteral("1460323737035677698")}}}};
        QCOMPARE(r.json(), expected);
        QCOMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("1445880548472328192"));
    }

    void xDirectMessageGoesToTheParticipant()
    {
        m_provider.setStanding(json(201, {{QStringLiteral("data"), QJsonObject{{QStringLiteral("dm_conversation_id"), QStringLiteral("1346889436626259968-9876543210")},
            {QStringLiteral("dm_event_id"), QStringLiteral("128341038123")}}}}));
        const auto in = customerWrites(ChannelKind::XDm, IdentityKind::X, QStringLiteral("9876543210"),
            QStringLiteral("dm-in-1"), QStringLiteral("9876543210"));
        const qint64 id = reply(in, QStringLiteral("Check your DMs :)"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/2/dm_conversations/with/9876543210/messages"));
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("text"), QStringLiteral("Check your DMs :)")}}));
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("128341038123"));
        QCOMPARE(stored(id).channelMetadata.value(QLatin1String("dm_conversation_id")).toString(),
            QStringLiteral("1346889436626259968-9876543210"));
    }

    void xRefusalFailsWithItsDetail()
    {
        m_provider.setStanding(json(403, {{QStringLiteral("title"), QStringLiteral("Forbidden")},
            {QStringLiteral("detail"), QStringLiteral("You are not allowed to create a Tweet with duplicate content.")},
            {QStringLiteral("type"), QStringLiteral("about:blank")}, {QStringLiteral("status"), 403}}));
        const auto in = customerWrites(ChannelKind::XPost, IdentityKind::X, QStringLiteral("2244994946"),
            QStringLiteral("1460323737035677699"), QStringLiteral("1460323737035677699"));
        const qint64 id = reply(in, QStringLiteral("Same again"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Failed);
        QCOMPARE(stored(id).deliveryError, QStringLiteral("Forbidden: You are not allowed to create a Tweet with duplicate content."));
    }

    void twilioSendsAnSms()
    {
        m_provider.setStanding(json(201, {{QStringLiteral("sid"), QStringLiteral("SM1f0e8ae6ade43cb3c0ce4525424e404f")},
            {QStringLiteral("status"), QStringLiteral("queued")}, {QStringLiteral("to"), QStringLiteral("+15558675310")},
            {QStringLiteral("from"), fromNumber}, {QStringLiteral("body"), QStringLiteral("Your code: 42 & more")}}));
        const auto in = customerWrites(ChannelKind::Sms, IdentityKind::Phone, QStringLiteral("+15558675310"),
            QStringLiteral("SMin0001"), QStringLiteral("+15558675310"));
        const qint64 id = reply(in, QStringLiteral("Your code: 42 & more"));
        const FakeRequest r = sendAndCapture(id);
        QCOMPARE(r.target, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(accountSid));
        QCOMPARE(r.headers.value("authorization"), "Basic " + (accountSid + QLatin1Char(':') + authToken).toUtf8().toBase64());
        QVERIFY(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = r.form();
        QCOMPARE(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), QStringLiteral("+15558675310"));
        QCOMPARE(form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded), fromNumber);
        QCOMPARE(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded), QStringLiteral("Your code: 42 & more"));
        QCOMPARE(form.queryItems().size(), 3);
        QCOMPARE(stored(id).delivery, DeliveryState::Sent);
        QCOMPARE(stored(id).providerMessageId, QStringLiteral("SM1f0e8ae6ade43cb3c0ce4525424e404f"));
    }

    void twilioRefusalFailsWithItsMessage()
    {
        m_provider.setStanding(json(400, {{QStringLiteral("code"), 21211},
            {QStringLiteral("message"), QStringLiteral("The 'To' number +1555 is not a valid phone number.")},
            {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/21211")}, {QStringLiteral("status"), 400}}));
        const auto in = customerWrites(ChannelKind::Sms, IdentityKind::Phone, QStringLiteral("+1555"),
            QStringLiteral("SMin0002"), QStringLiteral("+1555"));
        const qint64 id = reply(in, QStringLiteral("Hi"));
        QTRY_COMPARE(stored(id).delivery, DeliveryState::Failed);
        QCOMPARE(stored(id).deliveryError, QStringLiteral("The 'To' number +1555 is not a valid phone number. (code 21211)"));
    }
};

QTEST_GUILESS_MAIN(TestProviderSenders)
#include "tst_provider_senders.moc"
