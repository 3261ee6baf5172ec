// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetTestClient.h"
#include "TestHub.h"
#include "core/Hub.h"
#include "net/EventStream.h"
#include "net/HttpClient.h"
#include "service/PeopleService.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Switchboard;
using namespace Switchboard::Net;
using Switchboard::Test::NetTestClient;

//! HTTPS and WSS against a hub with a certificate no system store knows.
class TestNetTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_otherCert;
    std::unique_ptr<Hub::Hub> m_hub;

    static bool makeCertificate(const QString &cert, const QString &key)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    NetworkSettings settings(const QString &caFile) const
    {
        return NetTestClient::quickSettings(m_hub->url(), caFile);
    }
    static HttpResponse run(HttpClient &client, const HttpRequest &request)
    {
        return NetTestClient::run(client, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(QStringLiteral("hub.crt"));
        m_otherCert = m_dir.filePath(QStringLiteral("other.crt"));
        QVERIFY(makeCertificate(m_cert, m_dir.filePath(QStringLiteral("hub.key"))));
        QVERIFY(makeCertificate(m_otherCert, m_dir.filePath(QStringLiteral("other.key"))));

        Hub::HubConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        config.port = 0;
        config.tlsCertFile = m_cert;
        config.tlsKeyFile = m_dir.filePath(QStringLiteral("hub.key"));
        m_hub = std::make_unique<Hub::Hub>(config);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        QCOMPARE(m_hub->url().scheme(), QStringLiteral("https"));

        Hub::NewUser user;
        user.username = QStringLiteral("agent1");
        user.password = Test::TestHub::password();
        user.profile.name = QStringLiteral("Agent One");
        QVERIFY(m_hub->people().createUser(user).ok());
    }
    void cleanupTestCase() { m_hub.reset(); }

    void unknownCertificateFailsWithoutRetry()
    {
        HttpClient client(settings({}));
        const HttpResponse r = run(client, HttpRequest::get(QStringLiteral("/healthz")));
        QCOMPARE(r.error, TransportError::TlsFailed);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.attempts, 1);

        // Another CA is no better.
        client.setSettings(settings(m_otherCert));
        QCOMPARE(run(client, HttpRequest::get(QStringLiteral("/healthz"))).error,
            TransportError::TlsFailed);
    }

    void caFileIsTrusted()
    {
        HttpClient client(settings(m_cert));
        const HttpResponse health = run(client, HttpRequest::get(QStringLiteral("/healthz")));
        QVERIFY2(health.ok(), qPrintable(health.errorString));
        const QByteArray token = NetTestClient::login(client, QStringLiteral("agent1"));
        QCOMPARE(token.size(), 43);
        client.setBearerToken(token);
        const HttpResponse me = run(client, HttpRequest::get(QStringLiteral("/api/v1/me")));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QLatin1String("username")).toString(), QStringLiteral("agent1"));
    }

    void streamTrustsTheCaFileToo()
    {
        HttpClient client(settings(m_cert));
        const QByteArray token = NetTestClient::login(client, QStringLiteral("agent1"));
        QVERIFY(!token.isEmpty());

        EventStream stream;
        QCOMPARE(EventStream::streamUrl(m_hub->url(), 0).scheme(), QStringLiteral("wss"));
        qint64 liveSeq = -1;
        QString user;
        int closeCode = 0;
        connect(&stream, &EventStream::hello, this,
            [&user](const Domain::User &u) { user = u.username; });
        connect(&stream, &EventStream::live, this, [&liveSeq](qint64 seq) { liveSeq = seq; });
        connect(&stream, &EventStream::closed, this, [&closeCode](int code) { closeCode = code; });
        stream.open(settings(m_cert), token, 0);
        QVERIFY(QTest::qWaitFor([&] { return liveSeq >= 0 || closeCode != 0; }, 20000));
        QCOMPARE(closeCode, 0);
        QCOMPARE(user, QStringLiteral("agent1"));

        // Without the CA file the handshake fails and the stream reports a close.
        EventStream untrusted;
        QString reason;
        connect(&untrusted, &EventStream::closed, this, [&](int code, const QString &why) {
            closeCode = code;
            reason = why;
        });
        untrusted.open(settings({}), token, 0);
        QVERIFY(QTest::qWaitFor([&] { return closeCode != 0; }, 20000));
        QCOMPARE(closeCode, 1006);
        QVERIFY(!reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetTls)
#include "tst_net_tls.moc"
