// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Meta webhook on a real hub, fed the providers' own payloads from the shared wire fixtures.
#include "ApiClient.h"
#include "HubProcess.h"
#include "TestHub.h"
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

using namespace Switchboard;
using namespace Switchboard::Domain;
using namespace Switchboard::Test;

namespace {

const QByteArray appSecret = "test_app_secret_key";
const QString verifyToken = QStringLiteral("verify-me-please");
// Not the id the fixtures' comment authors use, so their comments count as customers'.
const QString pageId = QStringLiteral("1000000000001");

// A hub taking Meta deliveries for pageId; no users, the webhook needs none.
TestHub::Options metaOptions(const QString &page = pageId)
{
    TestHub::Options options;
    options.users = false;
    options.meta = {QString::fromLatin1(appSecret), verifyToken, page};
    return options;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SWITCHBOARD_WIRE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing wire fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray sign(const QByteArray &body, const QByteArray &secret = appSecret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

// A fixture with one member of its first change's value replaced: the other half of a pair the
// fixtures hold only one side of (the "add" of a comment a fixture edits or removes).
QByteArray withFeedVerb(const QByteArray &body, const QString &verb)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonArray entries = root.value(QLatin1String("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
    QJsonObject change = changes.first().toObject();
    QJsonObject value = change.value(QLatin1String("value")).toObject();
    value.insert(QLatin1String("verb"), verb);
    change.insert(QLatin1String("value"), value);
    changes.replace(0, change);
    entry.insert(QLatin1String("changes"), changes);
    entries.replace(0, entry);
    root.insert(QLatin1String("entry"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMetaWebhook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;

    Hub::Storage &storage() { return m_hub->hub().storage(); }

    ApiReply post(const QByteArray &body, const QByteArray &signature, TestHub *hub = nullptr)
    {
        ApiClient client((hub ? hub : m_hub.get())->url());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!signature.isEmpty())
            headers.append({"X-Hub-Signature-256", signature});
        return client.raw("POST", QStringLiteral("/webhooks/meta"), body,
            QByteArray("application/json"), {}, headers);
    }
    ApiReply postSigned(const QByteArray &body) { return post(body, sign(body)); }

    qint64 messageCount()
    {
        return storage()
            .database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM messages"))
            .toLongLong();
    }
    std::optional<Message> stored(ChannelKind channel, const QString &providerId)
    {
        return storage().messages().byProviderId(channel, providerId);
    }
    QStringList eventTypesSince(Seq seq)
    {
        QStringList types;
        for (const auto &e : storage().events().since(seq, 1000)) {
            // The supervisor board's rows that changed follow (tst_supervisor covers them).
            if (e.event.type.startsWith(QLatin1String("board.")))
                continue;
            types.append(e.event.type);
        }
        return types;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>(metaOptions());
        m_api = std::make_unique<ApiClient>(m_hub->url());
    }

    void theDerivedSignatureVectorMatches()
    {
        const QJsonObject vectors
            = QJsonDocument::fromJson(fixture(QStringLiteral("derived_signature_vectors.json")))
                  .object()
                  .value(QLatin1String("meta_x_hub_signature_256"))
                  .toObject();
        const QByteArray body = fixture(vectors.value(QLatin1String("body_file")).toString());
        QCOMPARE(sign(body, vectors.value(QLatin1String("app_secret")).toString().toUtf8()),
            vectors.value(QLatin1String("value")).toString().toUtf8());
    }

    void handshakeAnswersTheChallenge()
    {
        const ApiReply ok = m_api->raw("GET",
            QStringLiteral(
                "/webhooks/meta?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=1158201444")
                .arg(verifyToken),
            {}, {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QVERIFY(ok.header("Content-Type").startsWith("text/plain"));

        const ApiReply wrong = m_api->raw("GET",
            QStringLiteral(
                "/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"),
            {}, {});
        QCOMPARE(wrong.status, 403);
        QVERIFY(!wrong.body.contains("1\n"));
        const ApiReply mode = m_api->raw("GET",
            QStringLiteral(
                "/webhooks/meta?hub.mode=unsubscribe&hub.verify_token=%1&hub.challenge=1")
                .arg(verifyToken),
            {}, {});
        QCOMPARE(mode.status, 403);
    }

    void badOrMissingSignatureStoresNothing()
    {
        const QByteArray body = fixture(QStringLiteral("meta_messenger_message_text.json"));
        const qint64 before = messageCount();
        const Seq head = storage().events().head();

        const ApiReply wrongSecret = post(body, sign(body, "another secret"));
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.errorCode(), QStringLiteral("invalid_signature"));
        // The body one byte longer than what was signed.
        QCOMPARE(post(body + ' ', sign(body)).status, 401);
        QCOMPARE(post(body, "sha256=zz").status, 401);
        QCOMPARE(post(body, sign(body).replace("sha256=", "sha1=")).status, 401);
        const ApiReply missing = post(body, {});
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), QStringLiteral("invalid_signature"));

        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void malformedJsonWithAValidSignatureIsRefused()
    {
        const qint64 before = messageCount();
        const Seq head = storage().events().head();
        const QByteArray broken
            = fixture(QStringLiteral("meta_messenger_message_text.json")).chopped(20);
        const ApiReply r = postSigned(broken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
        const ApiReply notMeta = postSigned("{\"hello\": 1}");
        QCOMPARE(notMeta.status, 400);
        QCOMPARE(notMeta.errorCode(), QStringLiteral("invalid_delivery"));
        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void messengerTextBecomesAMessage()
    {
        const Seq head = storage().events().head();
        const ApiReply r = postSigned(fixture(QStringLiteral("meta_messenger_message_text.json")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 1);
        const auto message = stored(
            ChannelKind::Messenger, QStringLiteral("mid.1457764197618:41d102a3e1ae206a38"));
        QVERIFY(message);
        QCOMPARE(message->body, QStringLiteral("hello, world!"));
        QCOMPARE(message->kind, MessageKind::Inbound);
        QCOMPARE(message->createdAt.toMSecsSinceEpoch(), 1457764197627);
        const auto customerId = storage().customers().findByIdentity(
            IdentityKind::Facebook, QStringLiteral("987654321432"));
        QVERIFY(customerId);
        QCOMPARE(message->customerId, *customerId);
        const auto conversation = storage().conversations().byId(message->conversationId);
        QVERIFY(conversation);
        QCOMPARE(conversation->channel, ChannelKind::Messenger);
        QCOMPARE(conversation->externalThreadId, QStringLiteral("987654321432"));
        QCOMPARE(eventTypesSince(head),
            (QStringList{EventType::CustomerCreated, EventType::ConversationCreated,
                EventType::MessageCreated, EventType::AuditCreated})); // routing's decision
    }

    void theSameDeliveryTwiceIsStoredOnce()
    {
        const qint64 before = messageCount();
        const Seq head = storage().events().head();
        // reply_to carries the same mid as the text fixture: Meta's redelivery of that message.
        const ApiReply r
            = postSigned(fixture(QStringLiteral("meta_messenger_message_reply_to.json")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("duplicates")).toInt(), 1);
        QCOMPARE(
            postSigned(fixture(QStringLiteral("meta_messenger_message_text.json"))).status, 200);
        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void messengerAttachmentJoinsTheSameCustomer()
    {
        const Seq head = storage().events().head();
        QCOMPARE(
            postSigned(fixture(QStringLiteral("meta_messenger_message_attachment.json"))).status,
            200);
        const auto message = stored(
            ChannelKind::Messenger, QStringLiteral("mid.1458696618141:b4ef9d19ec21086067"));
        QVERIFY(message);
        const QJsonArray attachments
            = message->channelMetadata.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("image"));
        QCOMPARE(attachments.first().toObject().value(QLatin1String("url")).toString(),
            QStringLiteral("IMAGE_URL"));
        QCOMPARE(message->body, QStringLiteral("[image]"));
        const auto first = stored(
            ChannelKind::Messenger, QStringLiteral("mid.1457764197618:41d102a3e1ae206a38"));
        QCOMPARE(message->customerId, first->customerId);
        QCOMPARE(message->conversationId, first->conversationId);
        QCOMPARE(eventTypesSince(head),
            (QStringList{EventType::ConversationUpdated, EventType::MessageCreated}));
    }

    void echoesAreIgnored()
    {
        // The echo fixture reuses the text fixture's mid; drop that record's twin check by
        // counting.
        const qint64 before = messageCount();
        const Seq head = storage().events().head();
        const ApiReply r = postSigned(fixture(QStringLiteral("meta_messenger_message_echo.json")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("ignored")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("duplicates")).toInt(), 0);
        QCOMPARE(messageCount(), before);
        QCOMPARE(storage().events().head(), head);
    }

    void feedCommentOpensAPublicThreadPerPost()
    {
        QCOMPARE(
            postSigned(fixture(QStringLiteral("meta_page_feed_comment_add.json"))).status, 200);
        const auto comment = stored(
            ChannelKind::FacebookComment, QStringLiteral("901097836652708_903438993085259"));
        QVERIFY(comment);
        QCOMPARE(comment->body, QStringLiteral("and the next one"));
        QCOMPARE(comment->createdAt.toSecsSinceEpoch(), 1449135003);
        QCOMPARE(comment->channelMetadata.value(QLatin1String("post_id")).toString(),
            QStringLiteral("1234567890321_901097836652708"));
        const auto conversation = storage().conversations().byId(comment->conversationId);
        QCOMPARE(conversation->channel, ChannelKind::FacebookComment);
        QCOMPARE(conversation->visibility(), Visibility::Public);
        QCOMPARE(conversation->externalThreadId, QStringLiteral("1234567890321_901097836652708"));
        const auto customer = storage().customers().byId(comment->customerId);
        QCOMPARE(customer->name, QStringLiteral("Tester"));

        // The legacy shape (sender_id, sender_name, photo) on the same post joins the same thread;
        // its comment id is the same, so it is the same comment delivered again.
        const ApiReply again
            = postSigned(fixture(QStringLiteral("meta_page_feed_comment_add_photo_legacy.json")));
        QCOMPARE(again.json.value(QLatin1String("duplicates")).toInt(), 1);
    }

    void feedCommentEditsHidesAndRemovalsApply()
    {
        const QByteArray edited
            = fixture(QStringLiteral("meta_page_feed_comment_edited_legacy.json"));
        const QString commentId = QStringLiteral("900728623356296_900744590021366");
        // An edit of a comment the hub never stored changes nothing.
        const ApiReply orphan = postSigned(edited);
        QCOMPARE(orphan.json.value(QLatin1String("updated")).toInt(), 0);
        QVERIFY(!stored(ChannelKind::FacebookComment, commentId));

        QCOMPARE(postSigned(withFeedVerb(edited, QStringLiteral("add")))
                     .json.value(QLatin1String("stored"))
                     .toInt(),
            1);
        QVERIFY(stored(ChannelKind::FacebookComment, commentId));
        // The hide fixture names the same comment with other text: hiding keeps the text.
        const QByteArray renamed = QByteArray(edited).replace(
            "Let's see the Webhooks in action :D", "Edited: webhooks in action");
        Seq head = storage().events().head();
        QCOMPARE(postSigned(renamed).json.value(QLatin1String("updated")).toInt(), 1);
        auto comment = stored(ChannelKind::FacebookComment, commentId);
        QCOMPARE(comment->body, QStringLiteral("Edited: webhooks in action"));
        QVERIFY(comment->channelMetadata.value(QLatin1String("edited")).toBool());
        QCOMPARE(eventTypesSince(head), QStringList{EventType::MessageUpdated});

        head = storage().events().head();
        QCOMPARE(postSigned(fixture(QStringLiteral("meta_page_feed_comment_hide.json")))
                     .json.value(QLatin1String("updated"))
                     .toInt(),
            1);
        comment = stored(ChannelKind::FacebookComment, commentId);
        QVERIFY(comment->channelMetadata.value(QLatin1String("hidden")).toBool());
        QCOMPARE(comment->body, QStringLiteral("Edited: webhooks in action"));
        QCOMPARE(eventTypesSince(head), QStringList{EventType::MessageUpdated});
        // Hidden twice is one change.
        head = storage().events().head();
        QCOMPARE(postSigned(fixture(QStringLiteral("meta_page_feed_comment_hide.json")))
                     .json.value(QLatin1String("updated"))
                     .toInt(),
            0);
        QCOMPARE(storage().events().head(), head);

        const QByteArray removed
            = fixture(QStringLiteral("meta_page_feed_comment_remove_legacy.json"));
        QCOMPARE(postSigned(withFeedVerb(removed, QStringLiteral("add"))).status, 200);
        QCOMPARE(postSigned(removed).json.value(QLatin1String("updated")).toInt(), 1);
        const auto gone = stored(
            ChannelKind::FacebookComment, QStringLiteral("905578656204626_905579239537901"));
        QVERIFY(gone->channelMetadata.value(QLatin1String("removed")).toBool());
        QCOMPARE(gone->customerId, comment->customerId);
    }

    void thePagesOwnCommentsAreIgnored()
    {
        // A hub whose page is the fixtures' comment author.
        TestHub own(metaOptions(QStringLiteral("1234567890321")));
        const QByteArray body = fixture(QStringLiteral("meta_page_feed_comment_add.json"));
        const ApiReply r = post(body, sign(body), &own);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("ignored")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("stored")).toInt(), 0);
        QVERIFY(!own.hub().storage().messages().byProviderId(
            ChannelKind::FacebookComment, QStringLiteral("901097836652708_903438993085259")));
    }

    void instagramDirectMessagesAndComments()
    {
        QCOMPARE(
            postSigned(fixture(QStringLiteral("instagram_messaging_attachment.json"))).status, 200);
        const auto dm = stored(ChannelKind::InstagramDm,
            QStringLiteral("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDUyNjkxNjAwMDk4OjM0MDI4MjM2N"
                           "jg0MTcxMDMwMDk0OTEyODUyNTYwOTEwODQ0ODU4MjozMDc2OTU4MTA5OTY0OTI5MzAzMjAw"
                           "ODc1MDUxMTE2MTM0NAZDZD"));
        QVERIFY(dm);
        QCOMPARE(dm->customerId,
            *storage().customers().findByIdentity(
                IdentityKind::Instagram, QStringLiteral("5614879045272581")));
        QCOMPARE(dm->channelMetadata.value(QLatin1String("attachments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
            QStringLiteral("unsupported_type"));

        const qint64 before = messageCount();
        const ApiReply seen = postSigned(fixture(QStringLiteral("instagram_messaging_seen.json")));
        QCOMPARE(seen.json.value(QLatin1String("ignored")).toInt(), 1);
        QCOMPARE(messageCount(), before);

        QCOMPARE(postSigned(fixture(QStringLiteral("instagram_comments.json"))).status, 200);
        const auto comment = stored(ChannelKind::InstagramComment, QStringLiteral("123456789"));
        QVERIFY(comment);
        QCOMPARE(comment->body, QStringLiteral("This is an example."));
        const auto conversation = storage().conversations().byId(comment->conversationId);
        QCOMPARE(conversation->externalThreadId, QStringLiteral("76543987"));
        QCOMPARE(conversation->visibility(), Visibility::Public);
        QCOMPARE(storage().customers().byId(comment->customerId)->name, QStringLiteral("testuser"));
    }

    void whatsappMessagesJoinTheContact()
    {
        const QString wamid = QStringLiteral(
            "wamid.HBgNNDkxNTIwOTgzMzM5OBUCABIYHGDEHJVFHJEVCFHJEVBCMTkyODk1OEIyAA==");
        QCOMPARE(postSigned(fixture(QStringLiteral("whatsapp_message_text.json")))
                     .json.value(QLatin1String("stored"))
                     .toInt(),
            1);
        const auto text = stored(ChannelKind::WhatsApp, wamid);
        QVERIFY(text);
        QCOMPARE(text->body, QStringLiteral("Test"));
        QCOMPARE(text->createdAt.toSecsSinceEpoch(), 1653253313);
        const auto customer = storage().customers().byId(text->customerId);
        QCOMPARE(customer->name, QStringLiteral("TestUser"));
        QCOMPARE(*storage().customers().findByIdentity(
                     IdentityKind::WhatsApp, QStringLiteral("491234567890")),
            customer->id);
        // The image fixture reuses the text's wamid: a redelivery, stored once.
        QCOMPARE(postSigned(fixture(QStringLiteral("whatsapp_message_image.json")))
                     .json.value(QLatin1String("duplicates"))
                     .toInt(),
            1);
    }

    void whatsappImageKeepsItsCaptionAndMedia()
    {
        TestHub fresh(metaOptions());
        const QByteArray body = fixture(QStringLiteral("whatsapp_message_image.json"));
        QCOMPARE(post(body, sign(body), &fresh).status, 200);
        const auto image = fresh.hub().storage().messages().byProviderId(ChannelKind::WhatsApp,
            QStringLiteral(
                "wamid.HBgNNDkxNTIwOTgzMzM5OBUCABIYHGDEHJVFHJEVCFHJEVBCMTkyODk1OEIyAA=="));
        QVERIFY(image);
        QVERIFY(image->body.contains(QStringLiteral("Some awesome image")));
        const QJsonObject media = image->channelMetadata.value(QLatin1String("attachments"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(
            media.value(QLatin1String("media_id")).toString(), QStringLiteral("400962571939895"));
    }

    void whatsappStatusUpdatesTheReply()
    {
        const auto inbound = stored(ChannelKind::WhatsApp,
            QStringLiteral(
                "wamid.HBgNNDkxNTIwOTgzMzM5OBUCABIYHGDEHJVFHJEVCFHJEVBCMTkyODk1OEIyAA=="));
        QVERIFY(inbound);
        // The reply as the WhatsApp connector leaves it once the Cloud API accepted it.
        Message reply;
        reply.conversationId = inbound->conversationId;
        reply.customerId = inbound->customerId;
        reply.channel = ChannelKind::WhatsApp;
        reply.kind = MessageKind::Reply;
        reply.authorName = QStringLiteral("Agent");
        reply.body = QStringLiteral("Thanks, looking into it");
        reply.createdAt = QDateTime::currentDateTimeUtc();
        reply.delivery = DeliveryState::Queued;
        reply.providerMessageId
            = QStringLiteral("wamid.HBgLMzI0NzY3NTUzNzYVAgARGBIzOTI2MzFGRjdBRjA4M0Y2RDQA");
        reply = storage().messages().insert(reply);

        // A status for a message the hub never sent changes nothing.
        const ApiReply unknown = postSigned(fixture(QStringLiteral("whatsapp_status_sent.json")));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json.value(QLatin1String("updated")).toInt(), 0);

        const Seq head = storage().events().head();
        const ApiReply failed = postSigned(fixture(QStringLiteral("whatsapp_status_failed.json")));
        QCOMPARE(failed.json.value(QLatin1String("updated")).toInt(), 1);
        const auto after = storage().messages().byId(reply.id);
        QCOMPARE(after->delivery, DeliveryState::Failed);
        QVERIFY(after->deliveryError.contains(
            QStringLiteral("Receiver is incapable of receiving this message")));
        QVERIFY(after->deliveryError.contains(QStringLiteral("131026")));
        QCOMPARE(eventTypesSince(head), QStringList{EventType::MessageUpdated});
        // The same status again is no change.
        QCOMPARE(postSigned(fixture(QStringLiteral("whatsapp_status_failed.json")))
                     .json.value(QLatin1String("updated"))
                     .toInt(),
            0);
    }

    void unconfiguredWebhookStoresNothing()
    {
        TestHub::Options options;
        options.users = false;
        TestHub off(options);
        const QByteArray body = fixture(QStringLiteral("meta_messenger_message_text.json"));
        const ApiReply r = post(body, sign(body), &off);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("channel_not_configured"));
        QVERIFY(!off.hub().storage().messages().byProviderId(
            ChannelKind::Messenger, QStringLiteral("mid.1457764197618:41d102a3e1ae206a38")));
        ApiClient client(off.url());
        QCOMPARE(client
                     .raw("GET",
                         QStringLiteral(
                             "/webhooks/meta?hub.mode=subscribe&hub.verify_token=&hub.challenge=1"),
                         {}, {})
                     .status,
            503);
    }

    void anOversizedDeliveryIsRefusedBeforeItsSignature()
    {
        TestHub::Options options = metaOptions();
        options.maxBodyBytes = 2048;
        TestHub small(options);
        const QByteArray body
            = fixture(QStringLiteral("meta_messenger_message_text.json")) + QByteArray(4096, ' ');
        const ApiReply r = post(body, sign(body), &small);
        QCOMPARE(r.status, 413);
        QVERIFY(!small.hub().storage().messages().byProviderId(
            ChannelKind::Messenger, QStringLiteral("mid.1457764197618:41d102a3e1ae206a38")));
    }

    void theHubProgramTakesSecretsFromItsFileAndEnvironment()
    {
        QTemporaryDir dir;
        QFile conf(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[meta]\napp_secret = \"file,secret\"\nverify_token = file-token\n"
                   "page_id = 42\n");
        conf.close();
        // The environment wins over the file for the app secret only.
        qputenv("SWITCHBOARD_META_APP_SECRET", "environment-secret");
        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--config"), conf.fileName()});
        QString error;
        const bool started = hub.start(&error);
        qunsetenv("SWITCHBOARD_META_APP_SECRET");
        QVERIFY2(started, qPrintable(error));

        ApiClient api(hub.url());
        QCOMPARE(
            api.raw("GET",
                   QStringLiteral("/webhooks/meta?hub.mode=subscribe&hub.verify_token=file-token"
                                  "&hub.challenge=7"),
                   {}, {})
                .body,
            QByteArray("7"));
        const QByteArray body = fixture(QStringLiteral("meta_messenger_message_text.json"));
        const auto deliver = [&](const QByteArray &secret) {
            return api.raw("POST", QStringLiteral("/webhooks/meta"), body, "application/json", {},
                {{"X-Hub-Signature-256", sign(body, secret)}});
        };
        QCOMPARE(deliver("file,secret").status, 401);
        const ApiReply ok = deliver("environment-secret");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QLatin1String("stored")).toInt(), 1);
        QCOMPARE(hub.terminate(), 0);
        for (const char *secret : {"environment-secret", "file,secret", "file-token"})
            QVERIFY2(!hub.output().contains(QLatin1String(secret)), qPrintable(hub.output()));
    }
};

QTEST_GUILESS_MAIN(TestMetaWebhook)
#include "tst_meta_webhook.moc"
