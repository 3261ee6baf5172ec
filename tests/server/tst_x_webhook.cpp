// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The X webhook on a real hub, fed X's own Account Activity payloads from the wire fixtures.
#include "ApiClient.h"
#include "HubProcess.h"
#include "TestHub.h"
#include "channels/x/XWebhook.h"
#include "domain/Event.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;

namespace {

// The secret derived_signature_vectors.json signs the DM fixture with.
const QByteArray consumerSecret = "consumer_secret_example";
// The account the hub answers for: the one the mention fixture's post mentions (@PennMedCDH).
const QString accountId = QStringLiteral("1615654896");
// The DM fixture's message, its sender and the mention fixture's post and author.
const QString dmId = QStringLiteral("954491830116155396");
const QString dmSender = QStringLiteral("3001969357");
const QString postId = QStringLiteral("1296887316556980230");
const QString postAuthor = QStringLiteral("2244994945");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SWITCHBOARD_WIRE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing wire fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray sign(const QByteArray &body, const QByteArray &secret = consumerSecret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The documented tweet_create_events envelope with its "<Tweet Object>" placeholder filled by
// the data dictionary's post (a reply by @XDevelopers that mentions @PennMedCDH).
QJsonObject mentionDelivery(const QString &forUser, const QJsonObject &post)
{
    const QByteArray envelope
        = fixture(QStringLiteral("x_aaa_tweet_create_events_mention_envelope.txt"));
    QByteArray filled = envelope;
    const qsizetype open = filled.indexOf("{", filled.indexOf("tweet_create_events"));
    const qsizetype close = filled.indexOf("}", open);
    filled.replace(open, close - open + 1, compact(post));
    QJsonObject root = QJsonDocument::fromJson(filled).object();
    root.insert(QLatin1String("for_user_id"), forUser);
    return root;
}

QJsonObject dataDictionaryPost()
{
    return fixtureObject(QStringLiteral("x_v1_tweet_object_reply_with_mention.json"));
}

// The DM fixture with its event's id and sender replaced.
QJsonObject directMessage(const QString &id, const QString &sender)
{
    QJsonObject root = fixtureObject(QStringLiteral("x_aaa_direct_message_events.json"));
    QJsonArray events = root.value(QLatin1String("direct_message_events")).toArray();
    QJsonObject event = events.first().toObject();
    event.insert(QLatin1String("id"), id);
    QJsonObject create = event.value(QLatin1String("message_create")).toObject();
    create.insert(QLatin1String("sender_id"), sender);
    event.insert(QLatin1String("message_create"), create);
    events.replace(0, event);
    root.insert(QLatin1String("direct_message_events"), events);
    return root;
}

} // namespace

class TestXWebhook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_supervisor;

    Hub::Storage &storage() { return m_hub->hub().storage(); }

    ApiReply post(const QByteArray &body, const QByteArray &signature, TestHub *hub = nullptr)
    {
        ApiClient client((hub ? hub : m_hub.get())->url());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!signature.isEmpty())
            headers.append({"x-twitter-webhooks-signature", signature});
        return client.raw("POST", QStringLiteral("/webhooks/x"), body,
            QByteArray("application/json"), {}, headers);
    }
    ApiReply postSigned(const QByteArray &body) { return post(body, sign(body)); }
    ApiReply postSigned(const QJsonObject &body) { return postSigned(compact(body)); }

    qint64 messageCount()
    {
        return storage()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM messages"))
            .toLongLong();
    }
    //! What a supervisor sees through the API: the conversations on an X channel.
    int conversationsOn(const QString &channel)
    {
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/conversations?channel=%1").arg(channel), m_supervisor);
        return r.status == 200 ? int(r.items().size()) : -1;
    }
    std::optional<Message> stored(ChannelKind channel, const QString &providerId)
    {
        return storage().messages().byProviderId(channel, providerId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHub::Options options;
        options.x = {QString::fromLatin1(consumerSecret), accountId};
        m_hub = std::make_unique<TestHub>(options);
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!m_supervisor.isEmpty());
    }

    void crcCheckAnswersTheResponseToken()
    {
        const ApiReply ok
            = m_api->raw("GET", QStringLiteral("/webhooks/x?crc_token=challenge_string"), {}, {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QLatin1String("response_token")).toString(),
            QStringLiteral("sha256=jbXKbME72EP4whP7Jiwf8KJkZpedcmIvi6wGXiUuI/w="));
        QVERIFY(ok.header("Content-Type").startsWith("application/json"));
        // An encoded token is answered for what it decodes to.
        const ApiReply encoded
            = m_api->raw("GET", QStringLiteral("/webhooks/x?crc_token=a%2Bb%20c"), {}, {});
        QCOMPARE(encoded.json.value(QLatin1String("response_token")).toString(),
            QString::fromLatin1(Hub::XWebhook::crcResponseToken(consumerSecret, "a+b c")));
        const ApiReply missing = m_api->raw("GET", QStringLiteral("/webhooks/x"), {}, {});
        QCOMPARE(missing.status, 400);
    }

    void badOrMissingSignatureStoresNothing()
    {
        const QByteArray body = fixture(QStringLiteral("x_aaa_direct_message_events.json"));
        const qint64 before = messageCount();
        const int dms = conversationsOn(QStringLiteral("x_dm"));
        const Seq head = storage().events().head();

        const ApiReply wrongSecret = post(body, sign(body, "another secret"));
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.errorCode(), QStringLiteral("invalid_signature"));
        QCOMPARE(post(body + ' ', sign(body)).status, 401);
        QCOMPARE(post(body, "sha256=zz").status, 401);
        // The hex digest Meta uses is not X's base64 one.
        QCOMPARE(post(body,
                     "sha256="
                         + QMessageAuthenticationCode::hash(
                             body, consumerSecret, QCryptographicHash::Sha256)
                               .toHex())
                     .status,
            401);
        const ApiReply missing = post(body, {});
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), QStringLiteral("invalid_signature"));

        QCOMPARE(messageCount(), before);
        QCOMPARE(conversationsOn(QStringLiteral("x_dm")), dms);
        QCOMPARE(storage().events().head(), head);
    }

    void malformedBodiesWithAValidSignatureAreRefused()
    {
        const qint64 before = messageCount();
        const Seq head = storage().events().head();
        const ApiReply broken
            = postSigned(fixture(QStringLiteral("x_aaa_direct_message_events.json")).chopped(20));
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.errorCode(), QStringLiteral("invalid_json"));
        // The documented envelope as published, with its placeholder, is not JSON either.
        QCOMPARE(
            postSigned(fixture(QStringLiteral("x_aaa_tweet_create_events_mention_envelope.txt")))
                .status,
            400);
        const ApiReply notX = postSigned(QByteArray("{\"hello\": 1}"));
        QCOMPARE(notX.status, 400);
        QCOMPARE(notX.errorCode(), QStringLiteral("invalid_delivery"));
        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void directMessageBecomesAPrivateConversation()
    {
        const Seq head = storage().events().head();
        const int dms = conversationsOn(QStringLiteral("x_dm"));
        // The fixture exactly as X sent it, with the signature the derived vectors give.
        const QByteArray body = fixture(QStringLiteral("x_aaa_direct_message_events.json"));
        const ApiReply r = post(body, "sha256=Yzi83dboSt+PCIak/tPBn8Hi3HreiYgJNtfxLwHHqyE=");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 1);
        const auto message = stored(ChannelKind::XDm, dmId);
        QVERIFY(message);
        QCOMPARE(message->body, QStringLiteral("Hello World!"));
        QCOMPARE(message->kind, MessageKind::Inbound);
        QCOMPARE(message->createdAt.toMSecsSinceEpoch(), 1516403560557);
        QCOMPARE(message->channelMetadata.value(QLatin1String("screen_name")).toString(),
            QStringLiteral("furiouscamper"));
        QCOMPARE(message->channelMetadata.value(QLatin1String("followers_count")).toInteger(), 22);
        const auto customerId = storage().customers().findByIdentity(IdentityKind::X, dmSender);
        QVERIFY(customerId);
        QCOMPARE(message->customerId, *customerId);
        QCOMPARE(storage().customers().byId(*customerId)->name, QStringLiteral("Jordan Brinks"));
        const auto conversation = storage().conversations().byId(message->conversationId);
        QCOMPARE(conversation->channel, ChannelKind::XDm);
        QCOMPARE(conversation->visibility(), Visibility::Private);
        QCOMPARE(conversation->externalThreadId, dmSender);
        QCOMPARE(conversationsOn(QStringLiteral("x_dm")), dms + 1);
        QStringList types;
        for (const auto &e : storage().events().since(head, 100)) {
            // The supervisor board's rows that changed follow (tst_supervisor covers them).
            if (e.event.type.startsWith(QLatin1String("board.")))
                continue;
            types.append(e.event.type);
        }
        QCOMPARE(types,
            (QStringList{EventType::CustomerCreated, EventType::ConversationCreated,
                EventType::MessageCreated, EventType::AuditCreated})); // routing's decision
    }

    void theSameDeliveryTwiceIsStoredOnce()
    {
        const qint64 before = messageCount();
        const Seq head = storage().events().head();
        const ApiReply r = postSigned(fixture(QStringLiteral("x_aaa_direct_message_events.json")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("duplicates")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 0);
        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void theAccountsOwnDirectMessagesAreIgnored()
    {
        const qint64 before = messageCount();
        // What the account sent itself comes back as a message_create with it as the sender:
        // the delivery's for_user_id, or the configured x/user_id.
        for (const QString &own : {QStringLiteral("4337869213"), accountId}) {
            const ApiReply r = postSigned(directMessage(QStringLiteral("9%1").arg(own), own));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QLatin1String("ignored")).toInt(), 1);
            QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 0);
        }
        QCOMPARE(messageCount(), before);
    }

    void theAccountsOwnPostsAreIgnored()
    {
        // As documented: the post's author, @XDevelopers, is the account the delivery is for.
        const qint64 before = messageCount();
        const ApiReply r = postSigned(mentionDelivery(postAuthor, dataDictionaryPost()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("ignored")).toInt(), 1);
        QCOMPARE(messageCount(), before);
        QVERIFY(!stored(ChannelKind::XPost, postId));
    }

    void aMentionBecomesAPublicConversation()
    {
        const int posts = conversationsOn(QStringLiteral("x_post"));
        const ApiReply r = postSigned(mentionDelivery(accountId, dataDictionaryPost()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 1);
        const auto mention = stored(ChannelKind::XPost, postId);
        QVERIFY(mention);
        QVERIFY(mention->body.startsWith(QStringLiteral("See how @PennMedCDH are using X data")));
        QCOMPARE(
            mention->createdAt, QDateTime(QDate(2020, 8, 21), QTime(19, 10, 5), QTimeZone::utc()));
        // Reach, for routing: the author's followers.
        QCOMPARE(
            mention->channelMetadata.value(QLatin1String("followers_count")).toInteger(), 512292);
        QCOMPARE(mention->channelMetadata.value(QLatin1String("screen_name")).toString(),
            QStringLiteral("XDevelopers"));
        const auto conversation = storage().conversations().byId(mention->conversationId);
        QCOMPARE(conversation->channel, ChannelKind::XPost);
        QCOMPARE(conversation->visibility(), Visibility::Public);
        // The thread is the post it answers (the exact id, not the rounded number).
        QCOMPARE(conversation->externalThreadId, QStringLiteral("1296887091901718529"));
        QCOMPARE(storage().customers().byId(mention->customerId)->name, QStringLiteral("X Dev"));
        QCOMPARE(*storage().customers().findByIdentity(IdentityKind::X, postAuthor),
            mention->customerId);
        QCOMPARE(conversationsOn(QStringLiteral("x_post")), posts + 1);
    }

    void aLongPostKeepsItsFullTextAndItsThread()
    {
        const QString full = QStringLiteral(
            "@PennMedCDH Following up on the thread: the map you published is great, but the "
            "state-by-state cuts for last week look off by a day compared with the county data. "
            "Could someone on your side check the ingest window? Happy to share the queries we "
            "used to compare both sources, and the notebook that plots the difference per state "
            "for every day since March.");
        QVERIFY(full.size() > 280);
        QJsonObject post = dataDictionaryPost();
        post.insert(QLatin1String("id_str"), QStringLiteral("1296887316556980999"));
        post.remove(QLatin1String("id"));
        post.insert(QLatin1String("truncated"), true);
        post.insert(QLatin1String("text"), QString(full.left(139) + QChar(0x2026)));
        post.insert(
            QLatin1String("extended_tweet"), QJsonObject{{QStringLiteral("full_text"), full}});
        // It answers the mention the hub holds: the same conversation continues.
        post.insert(QLatin1String("in_reply_to_status_id_str"), postId);
        const ApiReply r = postSigned(mentionDelivery(accountId, post));
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 1);
        const auto longPost = stored(ChannelKind::XPost, QStringLiteral("1296887316556980999"));
        QVERIFY(longPost);
        QCOMPARE(longPost->body, full);
        QCOMPARE(longPost->conversationId, stored(ChannelKind::XPost, postId)->conversationId);
    }

    void theSameAccountIsOneCustomerAcrossPostsAndMessages()
    {
        const auto mention = stored(ChannelKind::XPost, postId);
        QVERIFY(mention);
        const ApiReply r
            = postSigned(directMessage(QStringLiteral("954491830116155999"), postAuthor));
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 1);
        const auto dm = stored(ChannelKind::XDm, QStringLiteral("954491830116155999"));
        QVERIFY(dm);
        QCOMPARE(dm->customerId, mention->customerId);
        // A private conversation of its own, beside the public thread.
        QVERIFY(dm->conversationId != mention->conversationId);
    }

    void aCustomerKnownByHandleIsJoined()
    {
        // Recorded by an agent as @furiouscamper2 before X's id was known.
        Customer known;
        known.name = QStringLiteral("Jordan (by handle)");
        known.identities = {{0, IdentityKind::X, QStringLiteral("@handle_only")}};
        known.createdAt = known.updatedAt = QDateTime::currentDateTimeUtc();
        known = storage().customers().insert(known);
        QJsonObject dm = directMessage(QStringLiteral("954491830116155777"), QStringLiteral("777"));
        QJsonObject users = dm.value(QLatin1String("users")).toObject();
        users.insert(QStringLiteral("777"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("777")},
                {QStringLiteral("name"), QStringLiteral("Handle Only")},
                {QStringLiteral("screen_name"), QStringLiteral("handle_only")}});
        dm.insert(QLatin1String("users"), users);
        QCOMPARE(postSigned(dm).json.value(QLatin1String("stored")).toInt(), 1);
        QCOMPARE(
            stored(ChannelKind::XDm, QStringLiteral("954491830116155777"))->customerId, known.id);
    }

    void unconfiguredWebhookStoresNothing()
    {
        TestHub::Options options;
        options.users = false;
        TestHub off(options);
        const QByteArray body = fixture(QStringLiteral("x_aaa_direct_message_events.json"));
        const ApiReply r = post(body, sign(body), &off);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("channel_not_configured"));
        QVERIFY(!off.hub().storage().messages().byProviderId(ChannelKind::XDm, dmId));
        ApiClient client(off.url());
        QCOMPARE(client.raw("GET", QStringLiteral("/webhooks/x?crc_token=1"), {}, {}).status, 503);
    }

    void theHubProgramTakesTheSecretFromItsFileAndEnvironment()
    {
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[x]\nconsumer_secret = file-secret\nuser_id = 4337869213\n");
        conf.close();
        qputenv("SWITCHBOARD_X_CONSUMER_SECRET", "environment-x-secret");
        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--config"), conf.fileName()});
        QString error;
        const bool started = hub.start(&error);
        qunsetenv("SWITCHBOARD_X_CONSUMER_SECRET");
        QVERIFY2(started, qPrintable(error));

        ApiClient api(hub.url());
        QCOMPARE(api.raw("GET", QStringLiteral("/webhooks/x?crc_token=t"), {}, {})
                     .json.value(QLatin1String("response_token"))
                     .toString(),
            QString::fromLatin1(Hub::XWebhook::crcResponseToken("environment-x-secret", "t")));
        const QByteArray body = fixture(QStringLiteral("x_aaa_direct_message_events.json"));
        const auto deliver = [&](const QByteArray &secret) {
            return api.raw("POST", QStringLiteral("/webhooks/x"), body, "application/json", {},
                {{"x-twitter-webhooks-signature", sign(body, secret)}});
        };
        QCOMPARE(deliver("file-secret").status, 401);
        const ApiReply ok = deliver("environment-x-secret");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QLatin1String("stored")).toInt(), 1);
        QCOMPARE(hub.terminate(), 0);
        for (const char *secret : {"environment-x-secret", "file-secret"})
            QVERIFY2(!hub.output().contains(QLatin1String(secret)), qPrintable(hub.output()));
    }
};

QTEST_GUILESS_MAIN(TestXWebhook)
#include "tst_x_webhook.moc"
