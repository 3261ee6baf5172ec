// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync against a hub that has no GET /api/v1/customers/timelines (an older hub): it
// falls back to one timeline request per customer and stores exactly what the bulk path stores.
#include "ApiClient.h"
#include "TestHub.h"
#include "net/HttpClient.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "sync/InitialSync.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

//! Stands in front of a real hub and plays an older one: GET /api/v1/customers/timelines
//! answers 404 as such a hub's router would; every other GET goes through to the hub.
class OlderHub : public QObject
{
public:
    explicit OlderHub(QUrl hub)
        : m_hub(std::move(hub))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    const QStringList &targets() const { return m_targets; }

private:
    static void answer(QTcpSocket *socket, int status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: "
            + "application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
    }

    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        // Requests without bodies (the first sync only reads), one after another.
        for (qsizetype end; (end = buffer.indexOf("\r\n\r\n")) >= 0;) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
            const QString target = QString::fromLatin1(line.value(1));
            m_targets << target;
            if (line.value(0) != "GET") {
                answer(socket, 405, R"({"error":{"code":"method_not_allowed"}})");
                continue;
            }
            if (target.startsWith(QLatin1String("/api/v1/customers/timelines"))) {
                answer(socket, 404, R"({"error":{"code":"not_found","message":"no route"}})");
                continue;
            }
            QNetworkRequest request(QUrl(m_hub.toString() + target));
            for (const QByteArray &header : head.split('\n')) {
                if (header.toLower().startsWith("authorization:"))
                    request.setRawHeader("Authorization", header.mid(14).trimmed());
            }
            QNetworkReply *reply = m_network.get(request);
            // One request at a time per connection: the answer goes out before the next is read.
            socket->setProperty("busy", true);
            connect(reply, &QNetworkReply::finished, socket, [socket, reply] {
                reply->deleteLater();
                answer(socket,
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll());
            });
            return;
        }
    }

    QUrl m_hub;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_targets;
};

} // namespace

class TestInitialSyncFallback : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    QTemporaryDir m_dir;
    QString m_token;
    Domain::User m_me;

    //! Runs a first sync from url into a new cache file; empty error on success.
    QString firstSync(const QUrl &url, Store::CacheDatabase &cache, const QString &file)
    {
        if (!cache.open(m_dir.filePath(file)).ok)
            return QStringLiteral("cannot open the cache");
        Net::NetworkSettings network;
        network.hubUrl = url;
        network.maxAttempts = 1;
        Net::HttpClient http(network);
        http.setBearerToken(m_token.toLatin1());
        Sync::InitialSync sync(http, cache);
        QSignalSpy finished(&sync, &Sync::InitialSync::finished);
        QSignalSpy failed(&sync, &Sync::InitialSync::failed);
        sync.start(m_me);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            return QStringLiteral("the first sync did not end");
        return failed.isEmpty() ? QString() : failed.first().at(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestHub::Options options;
        options.demo = true;
        options.users = false;
        m_hub = std::make_unique<TestHub>(options);
        ApiClient api(m_hub->url());
        m_token = api.login(QStringLiteral("supervisor"), QStringLiteral("switchboard"));
        QVERIFY(!m_token.isEmpty());
        m_me = m_hub->user(QStringLiteral("supervisor"));
    }

    void anOlderHubIsReadOneCustomerAtATime()
    {
        Store::CacheDatabase bulk;
        QCOMPARE(firstSync(m_hub->url(), bulk, QStringLiteral("bulk.sqlite")), QString());
        OlderHub older(m_hub->url());
        Store::CacheDatabase single;
        QCOMPARE(firstSync(older.url(), single, QStringLiteral("single.sqlite")), QString());

        // The bulk request was tried, refused, and not tried again once the first refusal came
        // back: only the requests already in flight by then asked for it.
        const QStringList bulkAsks = older.targets().filter(QStringLiteral("/customers/timelines"));
        QVERIFY(!bulkAsks.isEmpty());
        QVERIFY(bulkAsks.size() <= Sync::InitialSync::Parallel);
        static const QRegularExpression perCustomer(QStringLiteral("^/api/v1/customers/\\d+/timeline$"));
        const qsizetype singleAsks = older.targets().indexOf(perCustomer) < 0
            ? 0
            : std::count_if(older.targets().cbegin(), older.targets().cend(),
                [](const QString &t) { return perCustomer.match(t).hasMatch(); });

        // Both caches hold the same working set: every customer's timeline, every message.
        Store::CacheReader a(bulk);
        Store::CacheReader b(single);
        QVERIFY(a.initialSyncDone());
        QVERIFY(b.initialSyncDone());
        ApiClient api(m_hub->url());
        const QJsonArray waiting
            = api.get(QStringLiteral("/api/v1/conversations?status=open&limit=500"), m_token)
                  .items();
        QVERIFY(waiting.size() > 20);
        QSet<qint64> customers;
        for (const QJsonValue &value : waiting) {
            const qint64 id = value[QLatin1String("id")].toInteger();
            const qint64 customer = value[QLatin1String("customer_id")].toInteger();
            customers.insert(customer);
            QVERIFY(b.timelineLoaded(customer));
            QCOMPARE(b.conversation(id), a.conversation(id));
            const auto messagesA = a.messagesPage(id, 0, 1000);
            const auto messagesB = b.messagesPage(id, 0, 1000);
            QVERIFY(!messagesA.isEmpty());
            QCOMPARE(messagesB, messagesA);
        }
        // At least one request per customer of the working set, none for anyone twice.
        QVERIFY(singleAsks >= customers.size());
        QCOMPARE(QSet<QString>(older.targets().cbegin(), older.targets().cend()).size(),
            older.targets().size());
    }
};

QTEST_GUILESS_MAIN(TestInitialSyncFallback)
#include "tst_initial_sync_fallback.moc"
