// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "HubProcess.h"
#include "StreamClient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Switchboard::Test;

//! The real switchboard-hub program: its command line, signals, crashes and TLS.
class TestHubProcess : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> range(qint64 from, qint64 to)
    {
        QList<qint64> out;
        for (qint64 s = from; s <= to; ++s)
            out.append(s);
        return out;
    }
    static int run(const QStringList &arguments, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(HubProcess::binary(), arguments);
        p.waitForFinished(30000);
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
#ifdef SWITCHBOARD_HUB_MIMALLOC
    void allocatesThroughMimalloc()
    {
        // Linked with mimalloc, the whole process allocates through it: its statistics at exit
        // count the megabytes the hub's start took (the C library's allocator would leave them
        // at a few KiB).
        QTemporaryDir dir;
        qputenv("MIMALLOC_SHOW_STATS", "1");
        HubProcess hub({QStringLiteral("--data"), dir.filePath(QStringLiteral("data"))});
        QString error;
        const bool started = hub.start(&error);
        qunsetenv("MIMALLOC_SHOW_STATS");
        QVERIFY2(started, qPrintable(error));
        QCOMPARE(hub.terminate(), 0);
        static const QRegularExpression committed(
            QStringLiteral("committed:\\s+([0-9.]+) (KiB|MiB|GiB)"));
        const auto match = committed.match(hub.output());
        QVERIFY2(match.hasMatch(), qPrintable(hub.output()));
        QVERIFY2(match.captured(2) != QLatin1String("KiB"), qPrintable(match.captured(0)));
    }

#endif
    void printsVersionAndHelp()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral(SWITCHBOARD_VERSION)), qPrintable(out));
        QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
        for (const char *option : {"--listen", "--data", "--demo", "--config", "--tls-cert",
                 "--tls-key", "--create-admin"})
            QVERIFY2(out.contains(QLatin1String(option)), option);
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no data dir")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} << "--data";
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"),
            QStringLiteral("nowhere"), QStringLiteral("--data"), QStringLiteral("/tmp/x")}
                                    << "HOST:PORT";
        QTest::newRow("bad port") << QStringList{QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:70000"), QStringLiteral("--data"), QStringLiteral("/tmp/x")}
                                  << "HOST:PORT";
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/hub.conf")}
            << "cannot read";
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("serve")} << "unexpected argument";
        QTest::newRow("cert without key") << QStringList{QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), QStringLiteral("DATA"),
            QStringLiteral("--tls-cert"), QStringLiteral("/etc/hostname")}
                                          << "both a certificate and a key";
    }
    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        arguments.replaceInStrings(QStringLiteral("DATA"), dir.path());
        QString out;
        QCOMPARE(run(arguments, &out), 2);
        QVERIFY2(out.contains(message), qPrintable(out));
    }

    void refusesBadConfigFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QByteArray("[hub]\nlisten = 127.0.0.1:0\nfrobnicate = 1\n")
                                     << "unknown setting hub/frobnicate";
        QTest::newRow("bad bool") << QByteArray("[policy]\nagents_act_on_others = perhaps\n")
                                  << "true or false";
        QTest::newRow("bad number")
            << QByteArray("[stream]\nheartbeat_seconds = 0\n") << "from 1 to 300";
        QTest::newRow("bad demo traffic")
            << QByteArray("[demo]\ntraffic_seconds = often\n") << "demo/traffic_seconds";
    }
    void refusesABadDemoTrafficVariable()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SWITCHBOARD_DEMO_TRAFFIC_SECONDS"), QStringLiteral("-1"));
        p.setProcessEnvironment(environment);
        p.start(HubProcess::binary(),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                dir.path(), QStringLiteral("--demo")});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAll());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(out.contains(QLatin1String("SWITCHBOARD_DEMO_TRAFFIC_SECONDS")), qPrintable(out));
    }

    void refusesBadConfigFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString out;
        QCOMPARE(
            run({QStringLiteral("--config"), file.fileName(), QStringLiteral("--data"), dir.path()},
                &out),
            2);
        QVERIFY2(out.contains(message), qPrintable(out));
    }

    void createsTheFirstAdministrator()
    {
        QTemporaryDir dir;
        const auto create = [&](const QString &name, const QByteArray &password, QString *out) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(HubProcess::binary(),
                {QStringLiteral("--data"), dir.path(), QStringLiteral("--create-admin"), name});
            p.write(password + "\n");
            p.closeWriteChannel();
            p.waitForFinished(30000);
            *out = QString::fromUtf8(p.readAll());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(create(QStringLiteral("root"), "short", &out), 2);
        QVERIFY2(out.contains(QLatin1String("must be 8 to 1024 characters")), qPrintable(out));
        QCOMPARE(create(QStringLiteral("root"), "a long admin password", &out), 0);
        QVERIFY(!out.contains(QLatin1String("a long admin password")));
        QCOMPARE(create(QStringLiteral("root"), "another long password", &out), 2);
        QVERIFY2(out.contains(QLatin1String("already exists")), qPrintable(out));

        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path()});
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        ApiClient api(hub.url());
        const ApiReply r = api.post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("root")},
                {QStringLiteral("password"), QStringLiteral("a long admin password")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QLatin1String("user")][QLatin1String("role")].toString(),
            QStringLiteral("admin"));
        QCOMPARE(hub.terminate(), 0);
    }

    void readsItsConfigFileAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("hub.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[hub]\nlisten = 127.0.0.1:0\ndata = state\n");
        file.close();
        HubProcess hub({QStringLiteral("--config"), file.fileName()});
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state/switchboard-hub.sqlite"))));
        ApiClient api(hub.url());
        QCOMPARE(api.get(QStringLiteral("/healthz"), QString()).status, 200);
        QCOMPARE(hub.terminate(), 0);
        QVERIFY2(hub.output().contains(QLatin1String("switchboard-hub stopped")),
            qPrintable(hub.output()));
    }

    void streamSurvivesAHubKilledMidStream()
    {
        QTemporaryDir dir;
        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--demo")});
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QUrl url = hub.url();
        ApiClient api(url);
        const QString supervisor
            = api.login(QStringLiteral("supervisor"), QStringLiteral("switchboard"));
        const QString agent = api.login(QStringLiteral("agent1"), QStringLiteral("switchboard"));
        QVERIFY(!supervisor.isEmpty() && !agent.isEmpty());

        // The desktop's view: every event it ever received, in order, across reconnects.
        QList<qint64> received;
        auto stream = std::make_unique<StreamClient>(url, supervisor, 0);
        QVERIFY(stream->waitForLive(30000));

        // Writes keep coming while the hub is killed; some are in flight when it dies.
        int written = 0;
        QTimer writer;
        auto writeOnce = [&] {
            ApiClient w(url);
            const ApiReply r = w.request("PUT", QStringLiteral("/api/v1/me/presence"),
                {{QStringLiteral("state"),
                     written % 2 ? QStringLiteral("busy") : QStringLiteral("available")},
                    {QStringLiteral("reason"), QStringLiteral("w%1").arg(written)},
                    {QStringLiteral("client_id"), newClientId()}},
                agent);
            if (r.status == 200)
                ++written;
        };
        for (int i = 0; i < 20; ++i)
            writeOnce();
        // Killed right after the writes: their events may or may not have reached the stream yet.
        hub.kill();
        QVERIFY(stream->waitForClose());
        received += stream->sequences();
        stream.reset();

        hub.arguments()
            = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port()),
                QStringLiteral("--data"), dir.path(), QStringLiteral("--demo")};
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(hub.url(), url);
        for (int i = 0; i < 20; ++i)
            writeOnce();
        QCOMPARE(written, 40);
        stream = std::make_unique<StreamClient>(url, supervisor, received.last());
        QVERIFY(stream->waitForLive(30000));
        received += stream->sequences();

        const ApiReply health = api.get(QStringLiteral("/healthz"), QString());
        const qint64 head = health.json.value(QLatin1String("event_seq")).toInteger();
        QCOMPARE(received, range(1, head));
        QCOMPARE(hub.terminate(), 0);
    }

    void servesHttpsAndWssWithACertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("hub.crt"));
        const QString key = dir.filePath(QStringLiteral("hub.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        HubProcess hub({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data"), dir.path(), QStringLiteral("--demo"),
            QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(hub.url().scheme(), QStringLiteral("https"));

        // Trust exactly this certificate, as a site would with its own CA.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        QSslConfiguration::setDefaultConfiguration(tls);
        ApiClient api(hub.url());
        const ApiReply health = api.get(QStringLiteral("/healthz"), QString());
        QCOMPARE(health.status, 200);
        const QString token = api.login(QStringLiteral("agent1"), QStringLiteral("switchboard"));
        QVERIFY(!token.isEmpty());
        StreamClient stream(hub.url(), token, 0);
        QVERIFY(stream.waitForLive(30000));
        QVERIFY(!stream.events().isEmpty());

        // Plain HTTP on the TLS port gets nowhere.
        QUrl plain = hub.url();
        plain.setScheme(QStringLiteral("http"));
        ApiClient insecure(plain);
        QCOMPARE(insecure.get(QStringLiteral("/healthz"), QString()).status, 0);
        QCOMPARE(hub.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hub_process.moc"
