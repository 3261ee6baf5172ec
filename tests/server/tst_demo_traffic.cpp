// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "demo/DemoDeliveries.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoTraffic.h"
#include "storage/Database.h"
#include "storage/Storage.h"

#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using Kind = Hub::DemoTraffic::Kind;

Q_DECLARE_METATYPE(Kind)

//! The demo's live traffic: each kind of delivery is signed as its provider signs it, goes in
//! through the hub's own webhook endpoints and lands on the right channel and customer.
class TestDemoTraffic : public QObject
{
    Q_OBJECT

private:
    qint64 count(TestHub &hub, const QString &sql)
    {
        return hub.hub().storage().database().scalar(sql).toLongLong();
    }

    //! Posts one delivery of this kind and returns the HTTP status the hub answered.
    int post(Kind kind)
    {
        Hub::DemoTraffic *traffic = m_hub->hub().demoTraffic();
        QSignalSpy answered(traffic, &Hub::DemoTraffic::answered);
        traffic->post(kind);
        if (!answered.wait(10000))
            return -1;
        if (answered.first().at(0).value<Kind>() != kind)
            return -2;
        return answered.first().at(1).toInt();
    }

    std::unique_ptr<TestHub> m_hub;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Kind>();
        TestHub::Options options;
        options.demo = true;
        options.users = false;
        m_hub = std::make_unique<TestHub>(options);
        QVERIFY(m_hub->hub().demoTraffic());
    }

    void eachKindIsStoredOnItsChannel_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("channel");
        // Returning customers are joined by identity; Instagram and X bring new ones.
        QTest::addColumn<bool>("returning");
        QTest::newRow("messenger") << Kind::Messenger << QStringLiteral("messenger") << true;
        QTest::newRow("facebook comment")
            << Kind::FacebookComment << QStringLiteral("facebook_comment") << true;
        QTest::newRow("instagram dm")
            << Kind::InstagramMessage << QStringLiteral("instagram_dm") << false;
        QTest::newRow("instagram comment")
            << Kind::InstagramComment << QStringLiteral("instagram_comment") << false;
        QTest::newRow("whatsapp") << Kind::WhatsApp << QStringLiteral("whatsapp") << true;
        QTest::newRow("x mention") << Kind::XMention << QStringLiteral("x_post") << false;
        QTest::newRow("x dm") << Kind::XDirectMessage << QStringLiteral("x_dm") << false;
        QTest::newRow("sms") << Kind::Sms << QStringLiteral("sms") << true;
    }

    void eachKindIsStoredOnItsChannel()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, channel);
        QFETCH(bool, returning);
        TestHub &hub = *m_hub;
        const QString onChannel
            = QStringLiteral("SELECT COUNT(*) FROM messages WHERE kind = 'inbound' AND channel = '%1'")
                  .arg(channel);
        const qint64 before = count(hub, onChannel);
        const qint64 customers = count(hub, QStringLiteral("SELECT COUNT(*) FROM customers"));
        QCOMPARE(post(kind), 200);
        QCOMPARE(count(hub, onChannel), before + 1);
        const qint64 newest = count(hub,
            QStringLiteral("SELECT customer_id FROM messages WHERE channel = '%1' ORDER BY id DESC "
                           "LIMIT 1")
                .arg(channel));
        if (returning) {
            QCOMPARE(count(hub, QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
            // One of the demo's own customers, who has written before.
            QVERIFY(newest <= Hub::DemoSeeder::CustomerCount);
        } else {
            QVERIFY(count(hub, QStringLiteral("SELECT COUNT(*) FROM customers")) <= customers + 1);
        }
        // The text is what customers of the demo open conversations with, never empty.
        const QString body = hub.hub()
                                 .storage()
                                 .database()
                                 .scalar(QStringLiteral("SELECT body FROM messages WHERE channel = "
                                                        "'%1' ORDER BY id DESC LIMIT 1")
                                             .arg(channel))
                                 .toString();
        QVERIFY(!body.trimmed().isEmpty());
    }

    void aCallRingsAndTheCallerHangsUp()
    {
        TestHub &hub = *m_hub;
        Hub::DemoTraffic *traffic = hub.hub().demoTraffic();
        const qint64 calls = count(hub, QStringLiteral("SELECT COUNT(*) FROM calls"));
        QCOMPARE(post(Kind::Call), 200);
        const QString sid = traffic->callInProgress();
        QVERIFY(sid.startsWith(QLatin1String("CA")));
        QCOMPARE(count(hub, QStringLiteral("SELECT COUNT(*) FROM calls")), calls + 1);
        const QString ended
            = QStringLiteral("SELECT COUNT(*) FROM calls WHERE provider_call_id = '%1' AND "
                             "COALESCE(ended_at, 0) > 0")
                  .arg(sid);
        QCOMPARE(count(hub, ended), 0);

        // One call at a time: another while it rings sends nothing.
        QSignalSpy answered(traffic, &Hub::DemoTraffic::answered);
        traffic->post(Kind::Call);
        QCOMPARE(traffic->callInProgress(), sid);
        QVERIFY(!answered.wait(300));

        QCOMPARE(post(Kind::CallEnd), 200);
        QVERIFY(traffic->callInProgress().isEmpty());
        QCOMPARE(count(hub, ended), 1);
    }

    void theWebhooksStillCheckEverySignature()
    {
        // The same deliveries signed with secrets the hub does not have are refused.
        Hub::DemoChannels wrong;
        wrong.metaAppSecret = QStringLiteral("not-the-app-secret");
        wrong.pageId = QStringLiteral("104729925060513");
        wrong.xConsumerSecret = QStringLiteral("not-the-consumer-secret");
        wrong.xUserId = QStringLiteral("1480296107445186560");
        wrong.xHandle = QStringLiteral("northwindtel");
        wrong.twilioAuthToken = QStringLiteral("not-the-auth-token");
        wrong.twilioPublicUrl = m_hub->hub().config().twilioSettings().publicUrl;
        wrong.brandPhone = QStringLiteral("+44 20 7946 0000");
        const Hub::DemoDeliveries forged(wrong);
        const Hub::DemoSender sender{QStringLiteral("100050000000001"),
            QStringLiteral("Mallory Example"), QStringLiteral("mallory"), 10};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 messages = count(*m_hub, QStringLiteral("SELECT COUNT(*) FROM messages"));
        ApiClient api(m_hub->url());
        for (const Hub::WebhookPost &post :
            {forged.messenger(sender, QStringLiteral("hi"), QStringLiteral("m_forged"), now),
                forged.xDirectMessage(sender, QStringLiteral("hi"), QStringLiteral("1"), now),
                forged.sms(Hub::DemoSender{QStringLiteral("+447700900001"), QString(), QString(), 0},
                    QStringLiteral("hi"), QStringLiteral("SMforged"))}) {
            const ApiReply reply = api.raw(
                "POST", post.path, post.body, post.contentType, QString(), post.headers);
            QVERIFY2(reply.status == 401 || reply.status == 403, qPrintable(post.path));
        }
        QCOMPARE(count(*m_hub, QStringLiteral("SELECT COUNT(*) FROM messages")), messages);
    }

    void keepsTrafficFlowingOnItsOwn()
    {
        TestHub::Options options;
        options.demo = true;
        options.users = false;
        options.demoTrafficMilliseconds = 100;
        TestHub hub(options);
        const qint64 before = count(hub, QStringLiteral("SELECT COUNT(*) FROM messages"));
        QSignalSpy answered(hub.hub().demoTraffic(), &Hub::DemoTraffic::answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 5, 20000);
        for (const QList<QVariant> &a : answered)
            QCOMPARE(a.at(1).toInt(), 200);
        QVERIFY(count(hub, QStringLiteral("SELECT COUNT(*) FROM messages")) > before);
    }

    void configuredSecretsAreKept()
    {
        TestHub::Options options;
        options.demo = true;
        options.users = false;
        options.meta.appSecret = QStringLiteral("the-site's-app-secret");
        TestHub hub(options);
        QCOMPARE(hub.hub().config().meta.appSecret, options.meta.appSecret);
        QSignalSpy answered(hub.hub().demoTraffic(), &Hub::DemoTraffic::answered);
        hub.hub().demoTraffic()->post(Kind::WhatsApp);
        QVERIFY(answered.wait(10000));
        QCOMPARE(answered.first().at(1).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestDemoTraffic)
#include "tst_demo_traffic.moc"
