// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Twilio's voice and messaging webhooks on a real hub, fed Twilio's own form payloads from the
// wire fixtures and signed the way Twilio signs them.
#include "ApiClient.h"
#include "HubProcess.h"
#include "TestHub.h"
#include "domain/Event.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;

namespace {

const QByteArray authToken = "twilio-test-auth-token";
// Where Twilio reaches the hub; the trailing slash is how an administrator may well write it.
const QString publicUrl = QStringLiteral("https://hub.example.com/");
const QString smsSid = QStringLiteral("SMa741ddeb574e5dda5516c73417fcd28a");
const QString smsFrom = QStringLiteral("+13177592786");
const QString statusSid = QStringLiteral("SM7ac25b8b7f04410093ff54e1fd2b4256");
const QString callSid = QStringLiteral("CAf19604a3eec3e63d157870c5f7f3b3a0");
// Calls made up for the tests: one an agent answers, one that waits in the queue.
const QString answeredCall = QStringLiteral("CA0000000000000000000000000000a001");
const QString queuedCall = QStringLiteral("CA0000000000000000000000000000a002");
const QString voicePath = QStringLiteral("/webhooks/twilio/voice");
const QString statusPath = QStringLiteral("/webhooks/twilio/voice-status");
const QString messagingPath = QStringLiteral("/webhooks/twilio/messaging");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SWITCHBOARD_WIRE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing wire fixture %s", qPrintable(name));
    return file.readAll().trimmed();
}

using Params = QList<QPair<QString, QString>>;

// Decoded the way any form reader does, independently of the hub's reader.
Params decode(const QByteArray &form)
{
    Params out;
    for (const QByteArray &pair : form.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const auto part = [](QByteArray bytes) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes.replace('+', ' ')));
        };
        out.append({part(pair.left(eq)), part(pair.mid(eq + 1))});
    }
    return out;
}

QByteArray encode(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// The parameters with those of changes (a form, e.g. "CallStatus=ringing") replaced or added.
Params withValues(Params params, const QByteArray &changes)
{
    for (const auto &[name, value] : decode(changes)) {
        const auto it = std::find_if(
            params.begin(), params.end(), [&](const auto &p) { return p.first == name; });
        if (it != params.end())
            it->second = value;
        else
            params.append({name, value});
    }
    return params;
}

// Twilio's documented algorithm, written out here rather than borrowed from the hub.
QByteArray twilioSignature(const QString &url, Params params, const QByteArray &token = authToken)
{
    std::sort(params.begin(), params.end());
    QByteArray data = url.toUtf8();
    for (const auto &[name, value] : params)
        data += name.toUtf8() + value.toUtf8();
    return QMessageAuthenticationCode::hash(data, token, QCryptographicHash::Sha1).toBase64();
}

QString signedUrl(const QString &pathAndQuery)
{
    return QStringLiteral("https://hub.example.com") + pathAndQuery;
}

QString rfc2822(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

} // namespace

class TestTwilioWebhook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_supervisor;
    QString m_agent1;
    qint64 m_agent1Id = 0;
    qint64 m_agent2Id = 0;
    qint64 m_answeredCallId = 0;

    Hub::Storage &storage() { return m_hub->hub().storage(); }

    ApiReply post(const QString &pathAndQuery, const QByteArray &form, const QByteArray &signature,
        TestHub *hub = nullptr)
    {
        ApiClient client((hub ? hub : m_hub.get())->url());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!signature.isEmpty())
            headers.append({"X-Twilio-Signature", signature});
        return client.raw("POST", pathAndQuery, form,
            QByteArray("application/x-www-form-urlencoded"), {}, headers);
    }
    //! Posts the form as Twilio does: signed over the public URL and its parameters.
    ApiReply postSigned(const QString &pathAndQuery, const QByteArray &form)
    {
        return post(pathAndQuery, form, twilioSignature(signedUrl(pathAndQuery), decode(form)));
    }
    ApiReply postSigned(const QString &pathAndQuery, const Params &params)
    {
        return postSigned(pathAndQuery, encode(params));
    }

    qint64 count(const char *table)
    {
        return storage()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }
    //! What a supervisor sees through the API.
    int listed(const QString &path)
    {
        const ApiReply r = m_api->get(path, m_supervisor);
        return r.status == 200 ? int(r.items().size()) : -1;
    }
    Params incomingCall(const QString &sid, const QString &from)
    {
        const QByteArray number = QUrl::toPercentEncoding(from);
        return decode("AccountSid=AC8d88ba5085adeac4015ea92ec9a81ded&ApiVersion=2010-04-01&CallSid="
            + sid.toLatin1() + "&CallStatus=ringing&Called=%2B15005550006&Caller=" + number
            + "&Direction=inbound&From=" + number + "&To=%2B15005550006");
    }
    QStringList eventTypesSince(Seq seq)
    {
        QStringList types;
        for (const auto &e : storage().events().since(seq, 100)) {
            // The supervisor board's rows that changed follow (tst_supervisor covers them).
            if (e.event.type.startsWith(QLatin1String("board.")))
                continue;
            types.append(e.event.type);
        }
        return types;
    }
    static Params incomingSms()
    {
        return decode(fixture(QStringLiteral("twilio_sms_incoming.form")));
    }
    std::optional<CallRecord> call(const QString &sid)
    {
        return storage().calls().byProviderId(sid);
    }
    void setPresence(const QString &token, const QString &state)
    {
        const ApiReply r = m_api->request("PUT", QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), state}, {QStringLiteral("client_id"), newClientId()}},
            token);
        QCOMPARE(r.status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.twilio = {QString::fromLatin1(authToken), publicUrl};
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        m_agent1 = m_api->login(QStringLiteral("agent1"), TestHub::password());
        QVERIFY(!m_supervisor.isEmpty() && !m_agent1.isEmpty());
        m_agent1Id = m_hub->user(QStringLiteral("agent1")).id;
        m_agent2Id = m_hub->user(QStringLiteral("agent2")).id;
    }

    void badOrMissingSignatureStoresNothing()
    {
        const QByteArray sms = fixture(QStringLiteral("twilio_sms_incoming.form"));
        const QString &path = messagingPath;
        const qint64 messages = count("messages");
        const qint64 calls = count("calls");
        const int conversations = listed(QStringLiteral("/api/v1/conversations"));
        const Seq head = storage().events().head();

        const ApiReply wrongToken
            = post(path, sms, twilioSignature(signedUrl(path), decode(sms), "another token"));
        QCOMPARE(wrongToken.status, 403);
        QCOMPARE(wrongToken.errorCode(), QStringLiteral("invalid_signature"));
        const ApiReply missing = post(path, sms, {});
        QCOMPARE(missing.status, 403);
        // Signed for another address, another path, or with a parameter changed on the way.
        QCOMPARE(post(path, sms,
                     twilioSignature(QStringLiteral("http://hub.example.com") + path, decode(sms)))
                     .status,
            403);
        QCOMPARE(post(path, sms, twilioSignature(signedUrl(voicePath), decode(sms))).status, 403);
        const QByteArray tampered = QByteArray(sms).replace("Hi+there", "Hi+thief");
        QCOMPARE(post(path, tampered, twilioSignature(signedUrl(path), decode(sms))).status, 403);
        const Params call = incomingCall(QStringLiteral("CAbad"), QStringLiteral("+15550001111"));
        QCOMPARE(post(voicePath, encode(call), {}).status, 403);
        QCOMPARE(post(statusPath, encode(call), "bm9wZQ==").status, 403);

        QCOMPARE(count("messages"), messages);
        QCOMPARE(count("calls"), calls);
        QCOMPARE(listed(QStringLiteral("/api/v1/conversations")), conversations);
        QCOMPARE(listed(QStringLiteral("/api/v1/calls")), int(calls));
        QCOMPARE(storage().events().head(), head);
    }

    void malformedRequestsWithAValidSignatureAreRefused()
    {
        const qint64 messages = count("messages");
        const qint64 calls = count("calls");
        const Seq head = storage().events().head();
        const QString &messaging = messagingPath;
        // A broken escape: no form reader can say what was signed.
        const ApiReply broken
            = post(messaging, "From=%2B1555&Body=%ZZ", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.errorCode(), QStringLiteral("invalid_form"));
        const ApiReply noSid = postSigned(messaging, QByteArray("From=%2B13177592786&Body=hi"));
        QCOMPARE(noSid.status, 400);
        QCOMPARE(noSid.errorCode(), QStringLiteral("invalid_delivery"));
        QCOMPARE(postSigned(voicePath, QByteArray("From=%2B13177592786")).status, 400);
        QCOMPARE(postSigned(statusPath, "CallSid=" + callSid.toLatin1()).status, 400);
        QCOMPARE(count("messages"), messages);
        QCOMPARE(count("calls"), calls);
        QCOMPARE(storage().events().head(), head);
    }

    void anIncomingCallRingsTheChosenAgent()
    {
        // agent1 is free; agent2 is signed out (offline) and is not rung.
        setPresence(m_agent1, QStringLiteral("available"));
        const Seq head = storage().events().head();
        const ApiReply r
            = postSigned(voicePath, incomingCall(answeredCall, QStringLiteral("+14155550100")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        QVERIFY(r.body.contains("<Response>"));
        QVERIFY(r.body.contains("<Enqueue>"));
        const auto offered = call(answeredCall);
        QVERIFY(offered);
        QCOMPARE(offered->state(), CallRecord::State::Offered);
        QCOMPARE(offered->agentId, std::optional<Id>(m_agent1Id));
        QCOMPARE(offered->direction, CallDirection::Inbound);
        QCOMPARE(offered->fromNumber, QStringLiteral("+14155550100"));
        QCOMPARE(*storage().customers().findByIdentity(
                     IdentityKind::Phone, QStringLiteral("+14155550100")),
            offered->customerId);
        // call.created reaches agent1's desktop (and supervisors), not agent2's.
        bool announced = false;
        for (const auto &e : storage().events().since(head, 100)) {
            if (e.event.type != EventType::CallCreated)
                continue;
            announced = true;
            QCOMPARE(e.event.data.value(QLatin1String("agent_id")).toInteger(), m_agent1Id);
            QVERIFY(e.audience.admits(m_agent1Id, Role::Agent));
            QVERIFY(!e.audience.admits(m_agent2Id, Role::Agent));
        }
        QVERIFY(announced);
        // The agent sees it ringing and answers it through the ordinary call control.
        const ApiReply seen
            = m_api->get(QStringLiteral("/api/v1/calls/%1").arg(offered->id), m_agent1);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.json.value(QLatin1String("provider_call_id")).toString(), answeredCall);
        const ApiReply answered
            = m_api->post(QStringLiteral("/api/v1/calls/%1/answer").arg(offered->id),
                {{QStringLiteral("client_id"), newClientId()}}, m_agent1);
        QCOMPARE(answered.status, 200);
        m_answeredCallId = offered->id;
    }

    void theSameCallTwiceIsRecordedOnce()
    {
        const qint64 calls = count("calls");
        const Seq head = storage().events().head();
        const ApiReply again
            = postSigned(voicePath, incomingCall(answeredCall, QStringLiteral("+14155550100")));
        QCOMPARE(again.status, 200);
        QCOMPARE(count("calls"), calls);
        QCOMPARE(storage().events().head(), head);
    }

    void withEveryoneBusyTheCallWaitsInTheQueue()
    {
        // agent1 is on the call answered above; no one else is available.
        const ApiReply r
            = postSigned(voicePath, incomingCall(queuedCall, QStringLiteral("+14155550111")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<Enqueue>"));
        const auto waiting = call(queuedCall);
        QVERIFY(waiting);
        QCOMPARE(waiting->agentId, std::nullopt);
        QCOMPARE(waiting->state(), CallRecord::State::Offered);

        // The caller gives up: Twilio reports it, and the call is a missed one.
        const Seq head = storage().events().head();
        const ApiReply gone = postSigned(statusPath,
            "CallSid=" + queuedCall.toLatin1() + "&CallStatus=no-answer&CallDuration=25");
        QCOMPARE(gone.status, 200);
        const auto missed = call(queuedCall);
        QVERIFY(missed->missed());
        QCOMPARE(eventTypesSince(head), QStringList{EventType::CallUpdated});
    }

    void statusCallbacksFillTheCallRecord()
    {
        QVERIFY(m_answeredCallId);
        const QDateTime ended = QDateTime::currentDateTimeUtc().addSecs(40);
        const Seq head = storage().events().head();
        const ApiReply r = postSigned(statusPath,
            "CallSid=" + answeredCall.toLatin1() + "&CallStatus=completed&CallDuration=52"
                + "&Timestamp=" + QUrl::toPercentEncoding(rfc2822(ended))
                + "&RecordingUrl=https%3A%2F%2Fapi.twilio.com%2F2010-04-01%2FAccounts%2FAC1%2F"
                  "Recordings%2FRE1");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        const auto done = storage().calls().byId(m_answeredCallId);
        QCOMPARE(done->state(), CallRecord::State::Ended);
        QCOMPARE(done->endedAt.toSecsSinceEpoch(), ended.toSecsSinceEpoch());
        QVERIFY(done->answeredAt.isValid());
        // Talk time runs from the agent's answer to the hang-up.
        QCOMPARE(done->durationSeconds, int(done->answeredAt.secsTo(done->endedAt)));
        QVERIFY(done->durationSeconds >= 39);
        QCOMPARE(done->recordingUrl,
            QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1"));
        QList<Hub::StoredEvent> events;
        for (const auto &e : storage().events().since(head, 10)) {
            // The supervisor board's rows that changed follow (tst_supervisor covers them).
            if (e.event.type.startsWith(QLatin1String("board.")))
                continue;
            events.append(e);
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event.type, QString(EventType::CallUpdated));
        QVERIFY(events.first().audience.admits(m_agent1Id, Role::Agent));
        // The agent reads it through the API as any call.
        const ApiReply read
            = m_api->get(QStringLiteral("/api/v1/calls/%1").arg(m_answeredCallId), m_agent1);
        QCOMPARE(read.json.value(QLatin1String("recording_url")).toString(), done->recordingUrl);
    }

    void theFixturesCallIsCompletedByItsStatusCallback()
    {
        // The fixture is a call placed through the API (outbound-api); Twilio first asked the
        // voice URL what to do with it.
        const Params status
            = decode(fixture(QStringLiteral("twilio_voice_status_callback_completed.form")));
        Params placed = withValues(status, "CallStatus=ringing");
        const ApiReply asked = postSigned(voicePath, placed);
        QCOMPARE(asked.status, 200);
        QVERIFY(!asked.body.contains("<Enqueue>"));
        const auto before = call(callSid);
        QVERIFY(before);
        QCOMPARE(before->direction, CallDirection::Outbound);
        QCOMPARE(before->agentId, std::nullopt);

        const Params completed
            = withValues(status, "RecordingUrl=https%3A%2F%2Fapi.twilio.com%2Frecordings%2FRE42");
        QCOMPARE(postSigned(statusPath, completed).status, 200);
        const auto after = call(callSid);
        QCOMPARE(after->state(), CallRecord::State::Ended);
        QCOMPARE(after->durationSeconds, 42);
        QCOMPARE(after->answeredAt.secsTo(after->endedAt), 42);
        QCOMPARE(after->recordingUrl, QStringLiteral("https://api.twilio.com/recordings/RE42"));
        // The customer is the one called.
        QCOMPARE(*storage().customers().findByIdentity(
                     IdentityKind::Phone, QStringLiteral("+15005550006")),
            after->customerId);
        // The same callback again changes nothing.
        const Seq head = storage().events().head();
        QCOMPARE(postSigned(statusPath, completed).status, 200);
        QCOMPARE(storage().events().head(), head);
    }

    void anIncomingSmsBecomesAConversation()
    {
        const Seq head = storage().events().head();
        const ApiReply r
            = postSigned(messagingPath, fixture(QStringLiteral("twilio_sms_incoming.form")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        const auto sms = storage().messages().byProviderId(ChannelKind::Sms, smsSid);
        QVERIFY(sms);
        QCOMPARE(sms->body, QStringLiteral("Hi there from Twilio"));
        QCOMPARE(sms->channelMetadata.value(QLatin1String("to")).toString(),
            QStringLiteral("+13177933221"));
        QCOMPARE(
            *storage().customers().findByIdentity(IdentityKind::Phone, smsFrom), sms->customerId);
        const auto conversation = storage().conversations().byId(sms->conversationId);
        QCOMPARE(conversation->channel, ChannelKind::Sms);
        QCOMPARE(conversation->visibility(), Visibility::Private);
        QCOMPARE(listed(QStringLiteral("/api/v1/conversations?channel=sms")), 1);
        QCOMPARE(eventTypesSince(head),
            (QStringList{EventType::CustomerCreated, EventType::ConversationCreated,
                EventType::MessageCreated, EventType::AuditCreated})); // routing's decision

        // Twilio retries it: stored once.
        const qint64 messages = count("messages");
        const Seq after = storage().events().head();
        QCOMPARE(
            postSigned(messagingPath, fixture(QStringLiteral("twilio_sms_incoming.form"))).status,
            200);
        QCOMPARE(count("messages"), messages);
        QCOMPARE(storage().events().head(), after);
    }

    void picturesArriveAsAttachments()
    {
        Params mms = withValues(incomingSms(),
            "MessageSid=MM0000000000000000000000000000b001&Body=&NumMedia=1&MediaUrl0=https%3A%2F%"
            "2Fapi.twilio.com%2F2010-04-01%2FAccounts%2FAC7%2FMessages%2FMM1%2FMedia%2FME1&"
            "MediaContentType0=image%2Fjpeg&MessageStatus=received");
        // MessageStatus "received" on an incoming message does not make it a status callback.
        QCOMPARE(postSigned(messagingPath, mms).status, 200);
        const auto picture = storage().messages().byProviderId(
            ChannelKind::Sms, QStringLiteral("MM0000000000000000000000000000b001"));
        QVERIFY(picture);
        QCOMPARE(picture->body, QStringLiteral("[image/jpeg]"));
        const QJsonObject media = picture->channelMetadata.value(QLatin1String("attachments"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(media.value(QLatin1String("url")).toString(),
            QStringLiteral(
                "https://api.twilio.com/2010-04-01/Accounts/AC7/Messages/MM1/Media/ME1"));
        // Same number: same customer, same conversation.
        QCOMPARE(picture->conversationId,
            storage().messages().byProviderId(ChannelKind::Sms, smsSid)->conversationId);
    }

    void aCallerWhoTextsIsTheSameCustomer()
    {
        const auto caller = call(answeredCall);
        QVERIFY(caller);
        Params text = withValues(incomingSms(),
            "MessageSid=SM0000000000000000000000000000c001&SmsSid="
            "SM0000000000000000000000000000c001&From=%2B14155550100&Body=I%20called%20earlier%"
            "20about%20my%20order");
        QCOMPARE(postSigned(messagingPath, text).status, 200);
        const auto sms = storage().messages().byProviderId(
            ChannelKind::Sms, QStringLiteral("SM0000000000000000000000000000c001"));
        QVERIFY(sms);
        QCOMPARE(sms->customerId, caller->customerId);
    }

    void statusCallbacksUpdateTheReply()
    {
        const auto inbound = storage().messages().byProviderId(ChannelKind::Sms, smsSid);
        QVERIFY(inbound);
        // The reply as the SMS connector leaves it once Twilio accepted it (its "sid").
        Message reply;
        reply.conversationId = inbound->conversationId;
        reply.customerId = inbound->customerId;
        reply.channel = ChannelKind::Sms;
        reply.kind = MessageKind::Reply;
        reply.authorName = QStringLiteral("Agent");
        reply.body = QStringLiteral("Thanks, we are on it");
        reply.createdAt = QDateTime::currentDateTimeUtc();
        reply.delivery = DeliveryState::Queued;
        reply.providerMessageId = statusSid;
        reply = storage().messages().insert(reply);

        const QString &messaging = messagingPath;
        const QByteArray sent = fixture(QStringLiteral("twilio_sms_status_sent.form"));
        Seq head = storage().events().head();
        QCOMPARE(postSigned(messaging, sent).status, 200);
        QCOMPARE(storage().messages().byId(reply.id)->delivery, DeliveryState::Sent);
        QCOMPARE(eventTypesSince(head), QStringList{EventType::MessageUpdated});
        // The same status again, and a late "queued", change nothing.
        head = storage().events().head();
        QCOMPARE(postSigned(messaging, sent).status, 200);
        QCOMPARE(
            postSigned(messaging, withValues(decode(sent), "MessageStatus=queued")).status, 200);
        QCOMPARE(storage().events().head(), head);

        QCOMPARE(
            postSigned(messaging, withValues(decode(sent), "MessageStatus=delivered")).status, 200);
        QCOMPARE(storage().messages().byId(reply.id)->delivery, DeliveryState::Delivered);
        QCOMPARE(postSigned(messaging,
                     withValues(decode(sent), "MessageStatus=undelivered&ErrorCode=30003"))
                     .status,
            200);
        const auto failed = storage().messages().byId(reply.id);
        QCOMPARE(failed->delivery, DeliveryState::Failed);
        QVERIFY(failed->deliveryError.contains(QStringLiteral("30003")));
        // Through the API, as the desktop reads it.
        const ApiReply listed = m_api->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(reply.conversationId),
            m_supervisor);
        bool seen = false;
        for (const QJsonValue &m : listed.items()) {
            if (m[QLatin1String("id")].toInteger() == reply.id) {
                seen = true;
                QCOMPARE(m[QLatin1String("delivery")].toString(), QStringLiteral("failed"));
            }
        }
        QVERIFY(seen);
        // A status of a message the hub never sent changes nothing.
        head = storage().events().head();
        QCOMPARE(
            postSigned(messaging, withValues(decode(sent), "MessageSid=SMunknown")).status, 200);
        QCOMPARE(storage().events().head(), head);
    }

    void theQueryStringIsPartOfWhatIsSigned()
    {
        const QString path = QStringLiteral("/webhooks/twilio/messaging?team=sales%20desk&x=%2B1");
        Params text = withValues(incomingSms(), "MessageSid=SM0000000000000000000000000000d001");
        QCOMPARE(postSigned(path, text).status, 200);
        QVERIFY(storage().messages().byProviderId(
            ChannelKind::Sms, QStringLiteral("SM0000000000000000000000000000d001")));
        // Signed without the query: refused.
        text = withValues(text, "MessageSid=SM0000000000000000000000000000d002");
        QCOMPARE(
            post(path, encode(text), twilioSignature(signedUrl(messagingPath), text)).status, 403);
    }

    void unconfiguredWebhooksStoreNothing()
    {
        TestHub::Options options;
        options.users = false;
        TestHub off(options);
        const QByteArray sms = fixture(QStringLiteral("twilio_sms_incoming.form"));
        const QString &path = messagingPath;
        const ApiReply r = post(path, sms, twilioSignature(signedUrl(path), decode(sms)), &off);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("channel_not_configured"));
        QVERIFY(!off.hub().storage().messages().byProviderId(ChannelKind::Sms, smsSid));
    }

    void theHubProgramTakesItsSettingsFromFileAndEnvironment()
    {
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[hub]\npublic_url = https://file.example.com\n"
                   "[twilio]\nauth_token = file-twilio-token\n");
        conf.close();
        qputenv("SWITCHBOARD_TWILIO_AUTH_TOKEN", "environment-twilio-token");
        qputenv("SWITCHBOARD_PUBLIC_URL", "https://public.example.com/");
        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--config"), conf.fileName()});
        QString error;
        const bool started = hub.start(&error);
        qunsetenv("SWITCHBOARD_TWILIO_AUTH_TOKEN");
        qunsetenv("SWITCHBOARD_PUBLIC_URL");
        QVERIFY2(started, qPrintable(error));

        ApiClient api(hub.url());
        const QByteArray sms = fixture(QStringLiteral("twilio_sms_incoming.form"));
        const QString &path = messagingPath;
        const auto deliver = [&](const QString &base, const QByteArray &token) {
            return api.raw("POST", path, sms, "application/x-www-form-urlencoded", {},
                {{"X-Twilio-Signature", twilioSignature(base + path, decode(sms), token)}});
        };
        QCOMPARE(
            deliver(QStringLiteral("https://public.example.com"), "file-twilio-token").status, 403);
        QCOMPARE(
            deliver(QStringLiteral("https://file.example.com"), "environment-twilio-token").status,
            403);
        QCOMPARE(deliver(QStringLiteral("https://public.example.com"), "environment-twilio-token")
                     .status,
            200);
        QCOMPARE(hub.terminate(), 0);
        for (const char *secret : {"environment-twilio-token", "file-twilio-token"})
            QVERIFY2(!hub.output().contains(QLatin1String(secret)), qPrintable(hub.output()));
    }
};

QTEST_GUILESS_MAIN(TestTwilioWebhook)
#include "tst_twilio_webhook.moc"
