// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An agent's call control in the desktop reaches the caller's line at Twilio: answering connects
// the caller waiting in the queue to the agent's voice address, hold puts them back in the queue,
// resume connects again, ending hangs up. Twilio's REST API is a fake on loopback that checks the
// documented request (Calls/{CallSid}.json, form-encoded, HTTP Basic with the account).
#include "ApiClient.h"
#include "FakeProvider.h"
#include "TestHub.h"
#include "channels/twilio/TwilioCallControl.h"
#include "core/Hub.h"
#include "demo/DemoDeliveries.h"
#include "storage/CallRepository.h"
#include "storage/Storage.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace Switchboard::Domain;

namespace {

const QString authToken = QStringLiteral("twilio-auth-token");
const QString accountSid = QStringLiteral("AC3e8c1f9a2b4d6e8f0a1b2c3d4e5f6a7b");
const QString publicUrl = QStringLiteral("https://hub.example.com");
const QString agentAddress = QStringLiteral("sip:agent1@northwind.sip.twilio.com");

} // namespace

class TestTwilioCallControl : public QObject
{
    Q_OBJECT

    FakeProvider m_twilio;
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_admin;
    QString m_agent1;
    Id m_agent1Id = 0;
    int m_calls = 0;

    //! A call to the contact centre, as Twilio posts it; returns the call offered.
    std::optional<CallRecord> incomingCall(const QString &from)
    {
        Hub::DemoChannels channels;
        channels.twilioAuthToken = authToken;
        channels.twilioPublicUrl = publicUrl;
        channels.twilioAccountSid = accountSid;
        channels.brandPhone = QStringLiteral("+442079460000");
        const QString sid = QStringLiteral("CA%1").arg(++m_calls, 32, 10, QLatin1Char('0'));
        const Hub::WebhookPost post = Hub::DemoDeliveries(channels).incomingCall(
            {from, QStringLiteral("Ana Pereira"), QString(), 0}, sid);
        const ApiReply r = m_api->raw(
            "POST", post.path, post.body, post.contentType, QString(), post.headers);
        if (r.status != 200)
            return std::nullopt;
        return m_hub->hub().storage().calls().byProviderId(sid);
    }
    ApiReply control(Id call, const QString &action, QJsonObject body = {})
    {
        body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->post(
            QStringLiteral("/api/v1/calls/%1/%2").arg(call).arg(action), body, m_agent1);
    }
    ApiReply setVoiceAddress(const QJsonValue &address)
    {
        return m_api->request("PATCH", QStringLiteral("/api/v1/users/%1").arg(m_agent1Id),
            {{QStringLiteral("voice_address"), address}, {QStringLiteral("client_id"), newClientId()}},
            m_admin);
    }
    //! Waits for the n-th request to Twilio and returns it.
    FakeRequest twilioRequest(int n)
    {
        if (!QTest::qWaitFor([&] { return m_twilio.requests().size() >= n; }, 10000))
            return {};
        return m_twilio.requests().at(n - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_twilio.listen());
        m_twilio.setStanding({200, R"({"sid":"CA0","status":"in-progress"})", "application/json", {}});
        TestHub::Options options;
        options.twilio = {authToken, publicUrl};
        options.configure = [this](Hub::HubConfig &config) {
            config.twilioSms.apiUrl = m_twilio.url();
            config.twilioSms.accountSid = accountSid;
        };
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        const ApiReply available = m_api->request("PUT", QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("available")},
                {QStringLiteral("client_id"), newClientId()}},
            m_agent1);
        QCOMPARE(available.status, 200);
    }

    void aVoiceAddressIsCheckedAndKept_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sip") << agentAddress << true;
        QTest::newRow("sips with port") << QStringLiteral("sips:ana@pbx.example.com:5061") << true;
        QTest::newRow("client") << QStringLiteral("client:agent1") << true;
        QTest::newRow("e164") << QStringLiteral("+442079460123") << true;
        QTest::newRow("national number") << QStringLiteral("02079460123") << false;
        QTest::newRow("http") << QStringLiteral("https://example.com/agent1") << false;
        QTest::newRow("markup") << QStringLiteral("sip:a@b\"><Hangup/>") << false;
    }
    void aVoiceAddressIsCheckedAndKept()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        const QString before = m_hub->user(QStringLiteral("agent1")).voiceAddress;
        const ApiReply r = setVoiceAddress(address);
        QCOMPARE(r.status, valid ? 200 : 400);
        const QString now = m_hub->user(QStringLiteral("agent1")).voiceAddress;
        QCOMPARE(now, valid ? address : before);
        if (valid)
            QCOMPARE(r.json.value(QLatin1String("voice_address")).toString(), address);
        else
            QVERIFY(r.body.contains("voice_address"));
        // A wrong type is refused too.
        QCOMPARE(setVoiceAddress(42).status, 400);
    }

    void answerHoldResumeAndEndReachTheCallersLine()
    {
        QCOMPARE(setVoiceAddress(agentAddress).status, 200);
        m_twilio.reset();
        m_twilio.setStanding({200, R"({"sid":"CA0","status":"in-progress"})", "application/json", {}});
        const auto call = incomingCall(QStringLiteral("+447700900123"));
        QVERIFY(call);
        QCOMPARE(call->agentId, std::optional<Id>(m_agent1Id));
        QVERIFY(m_twilio.requests().isEmpty()); // ringing in the desktop changes nothing at Twilio

        QCOMPARE(control(call->id, QStringLiteral("answer")).status, 200);
        const FakeRequest connect = twilioRequest(1);
        QCOMPARE(connect.method, QByteArray("POST"));
        QCOMPARE(connect.target,
            QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2.json").arg(accountSid, call->providerCallId));
        QCOMPARE(connect.headers.value("authorization"),
            "Basic " + (accountSid + u':' + authToken).toUtf8().toBase64());
        QVERIFY(connect.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        const QString dial = connect.form().queryItemValue(QStringLiteral("Twiml"), QUrl::FullyDecoded);
        QVERIFY2(dial.contains(QStringLiteral("<Sip>%1</Sip>").arg(agentAddress)), qPrintable(dial));
        QVERIFY2(dial.contains(QStringLiteral("callerId=\"+447700900123\"")), qPrintable(dial));
        QVERIFY(dial.startsWith(QLatin1String("<?xml")) && dial.endsWith(QLatin1String("</Response>")));

        QCOMPARE(control(call->id, QStringLiteral("hold")).status, 200);
        const QString wait
            = twilioRequest(2).form().queryItemValue(QStringLiteral("Twiml"), QUrl::FullyDecoded);
        QVERIFY2(wait.contains(QStringLiteral("<Enqueue>switchboard</Enqueue>")), qPrintable(wait));

        QCOMPARE(control(call->id, QStringLiteral("resume")).status, 200);
        QVERIFY(twilioRequest(3).form().queryItemValue(QStringLiteral("Twiml"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("<Sip>")));

        QCOMPARE(control(call->id, QStringLiteral("end")).status, 200);
        const QUrlQuery hangUp = twilioRequest(4).form();
        QCOMPARE(hangUp.queryItemValue(QStringLiteral("Status")), QStringLiteral("completed"));
        QVERIFY(!hangUp.hasQueryItem(QStringLiteral("Twiml")));
        QCOMPARE(m_twilio.requests().size(), 4);
    }

    void aRefusedControlChangesNothingAtTwilio()
    {
        m_twilio.reset();
        m_twilio.setStanding({200, R"({"sid":"CA0"})", "application/json", {}});
        const auto call = incomingCall(QStringLiteral("+447700900124"));
        QVERIFY(call);
        // Hold before answering is refused by the hub: Twilio hears nothing.
        QCOMPARE(control(call->id, QStringLiteral("hold")).status, 409);
        // A decline puts the call back in the hub's queue; the caller keeps waiting at Twilio.
        QCOMPARE(control(call->id, QStringLiteral("decline")).status, 200);
        QTest::qWait(300);
        QVERIFY(m_twilio.requests().isEmpty());
    }

    void aFailedUpdateIsTriedOnceMore()
    {
        m_twilio.reset();
        m_twilio.enqueue({503, R"({"code":20500,"message":"Internal Server Error"})", "application/json", {}});
        m_twilio.setStanding({200, R"({"sid":"CA0"})", "application/json", {}});
        const auto call = incomingCall(QStringLiteral("+447700900125"));
        QVERIFY(call && call->agentId == m_agent1Id);
        QCOMPARE(control(call->id, QStringLiteral("answer")).status, 200);
        const FakeRequest again = twilioRequest(2);
        QCOMPARE(again.body, m_twilio.requests().at(0).body);
        QCOMPARE(m_twilio.successes(), 1);
        QCOMPARE(control(call->id, QStringLiteral("end")).status, 200);
        QVERIFY(twilioRequest(3).form().hasQueryItem(QStringLiteral("Status")));
    }

    void withoutAVoiceAddressTheCallerIsConnectedToNoOne()
    {
        QCOMPARE(setVoiceAddress(QString()).status, 200);
        QVERIFY(m_hub->user(QStringLiteral("agent1")).voiceAddress.isEmpty());
        m_twilio.reset();
        const auto call = incomingCall(QStringLiteral("+447700900126"));
        QVERIFY(call && call->agentId == m_agent1Id);
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("has no voice address: the caller stays in the queue")));
        QCOMPARE(control(call->id, QStringLiteral("answer")).status, 200);
        QTest::qWait(300);
        QVERIFY(m_twilio.requests().isEmpty());
    }

    void theTwimlForEachKindOfAddress()
    {
        using Hub::TwilioCallControl;
        QVERIFY(TwilioCallControl::dialTwiml(QStringLiteral("client:agent1"), {})
                    .contains(QStringLiteral("<Client>agent1</Client>")));
        QVERIFY(TwilioCallControl::dialTwiml(QStringLiteral("+442079460123"), {})
                    .contains(QStringLiteral("<Number>+442079460123</Number>")));
        QVERIFY(!TwilioCallControl::dialTwiml(QStringLiteral("+442079460123"), {})
                     .contains(QStringLiteral("callerId")));
        QVERIFY(TwilioCallControl::dialTwiml(QStringLiteral("agent1"), {}).isEmpty());
        // Whatever an address holds, it stays text inside the TwiML.
        QVERIFY(TwilioCallControl::dialTwiml(QStringLiteral("sip:a&b@pbx.example.com"), {})
                    .contains(QStringLiteral("<Sip>sip:a&amp;b@pbx.example.com</Sip>")));
    }
};

QTEST_GUILESS_MAIN(TestTwilioCallControl)
#include "tst_twilio_call_control.moc"
