// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "domain/WireTime.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Switchboard;
using namespace Switchboard::Test;

//! Passwords, tokens, sign-in throttling, and sign-in and sign-out through the API.
class TestAuth : public QObject
{
    Q_OBJECT

private:
    ApiReply login(const QJsonObject &body)
    {
        return m_api->post(QStringLiteral("/api/v1/auth/login"), body);
    }
    static QJsonObject credentials(const QString &username, const QString &password)
    {
        return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    }
    //! GET /api/v1/me with an Authorization header exactly as given.
    int meWithHeader(const QByteArray &authorization)
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(QStringLiteral("/api/v1/me"))));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_api->network().get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    static QDateTime at(int seconds)
    {
        return QDateTime(QDate(2026, 5, 4), QTime(12, 0), QTimeZone::utc()).addSecs(seconds);
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QString m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_admin = m_api->login(QStringLiteral("admin"), TestHub::password());
        QVERIFY(!m_admin.isEmpty());
    }

    // --- PasswordHasher ---

    void hashesWithArgon2id()
    {
        const Hub::PasswordHasher hasher(Hub::PasswordHasher::Cost::Minimum);
        const QString first = hasher.hash(QStringLiteral("correct horse"));
        const QString second = hasher.hash(QStringLiteral("correct horse"));
        QVERIFY2(first.startsWith(QLatin1String("$argon2id$")), qPrintable(first));
        QVERIFY(!first.contains(QLatin1String("correct horse")));
        // A fresh salt each time.
        QVERIFY(first != second);
        QVERIFY(hasher.verify(QStringLiteral("correct horse"), first));
        QVERIFY(hasher.verify(QStringLiteral("correct horse"), second));
        // The sign-in default is the interactive cost; its parameters travel in the hash.
        const QString interactive = Hub::PasswordHasher().hash(QStringLiteral("correct horse"));
        QVERIFY2(interactive.startsWith(QLatin1String("$argon2id$")), qPrintable(interactive));
        QVERIFY(interactive != first);
        QVERIFY(hasher.verify(QStringLiteral("correct horse"), interactive));
    }

    void verifiesPasswords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("hash"); // "GOOD": the hash of "correct horse"
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right") << "correct horse"
                               << "GOOD" << true;
        QTest::newRow("wrong") << "correct hors"
                               << "GOOD" << false;
        QTest::newRow("wrong case") << "Correct horse"
                                    << "GOOD" << false;
        QTest::newRow("trailing space") << "correct horse "
                                        << "GOOD" << false;
        QTest::newRow("empty password") << ""
                                        << "GOOD" << false;
        QTest::newRow("empty hash") << "correct horse"
                                    << "" << false;
        QTest::newRow("garbage hash") << "correct horse"
                                      << "not a hash" << false;
        QTest::newRow("truncated hash") << "correct horse"
                                        << "$argon2id$v=19$m=8,t=1,p=1$" << false;
        QTest::newRow("oversized hash")
            << "correct horse" << QString(300, QLatin1Char('$')) << false;
    }
    void verifiesPasswords()
    {
        QFETCH(QString, password);
        QFETCH(QString, hash);
        QFETCH(bool, accepted);
        const Hub::PasswordHasher hasher(Hub::PasswordHasher::Cost::Minimum);
        if (hash == QLatin1String("GOOD"))
            hash = hasher.hash(QStringLiteral("correct horse"));
        QCOMPARE(hasher.verify(password, hash), accepted);
    }

    void hashesUnicodePasswords()
    {
        const Hub::PasswordHasher hasher(Hub::PasswordHasher::Cost::Minimum);
        const QString password = QStringLiteral("pässwörd-パスワード-🔑");
        const QString hash = hasher.hash(password);
        QVERIFY(hasher.verify(password, hash));
        QVERIFY(!hasher.verify(QStringLiteral("passwort-パスワード-🔑"), hash));
    }

    // --- TokenService ---

    void generatesTokens()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString token = Hub::TokenService::generate();
            QCOMPARE(token.size(), 43);
            QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void hashesTokens()
    {
        const QString token = Hub::TokenService::generate();
        const QByteArray hash = Hub::TokenService::hash(token);
        QCOMPARE(hash.size(), 32);
        QCOMPARE(Hub::TokenService::hash(token), hash);
        QVERIFY(Hub::TokenService::hash(Hub::TokenService::generate()) != hash);
        QVERIFY(Hub::TokenService::hash(token.left(42)) != hash);
        QVERIFY(!hash.contains(token.toLatin1()));
    }

    void readsAuthorizationHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token");
        const QByteArray generated = Hub::TokenService::generate().toLatin1();
        QTest::newRow("Bearer") << QByteArray("Bearer x") << "x";
        QTest::newRow("bearer") << QByteArray("bearer x") << "x";
        QTest::newRow("BEARER") << QByteArray("BEARER abc") << "abc";
        QTest::newRow("generated")
            << QByteArray("Bearer " + generated) << QString::fromLatin1(generated);
        QTest::newRow("dash and underscore") << QByteArray("Bearer a-b_c") << "a-b_c";
        QTest::newRow("200 chars")
            << QByteArray("Bearer " + QByteArray(200, 'a')) << QString(200, QLatin1Char('a'));
        QTest::newRow("201 chars") << QByteArray("Bearer " + QByteArray(201, 'a')) << "";
        QTest::newRow("Basic") << QByteArray("Basic x") << "";
        QTest::newRow("Basic credentials") << QByteArray("Basic YWdlbnQxOnB3") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("scheme only") << QByteArray("Bearer") << "";
        QTest::newRow("scheme and space") << QByteArray("Bearer ") << "";
        QTest::newRow("no space") << QByteArray("Bearerx") << "";
        QTest::newRow("token only") << generated << "";
        QTest::newRow("plus") << QByteArray("Bearer ab+cd") << "";
        QTest::newRow("slash") << QByteArray("Bearer ab/cd") << "";
        QTest::newRow("padding") << QByteArray("Bearer abcd=") << "";
        QTest::newRow("dot") << QByteArray("Bearer ab.cd") << "";
        QTest::newRow("inner space") << QByteArray("Bearer ab cd") << "";
        QTest::newRow("quote") << QByteArray("Bearer \"abcd\"") << "";
        QTest::newRow("non-ascii") << QByteArray("Bearer ab\xc3\xa9") << "";
    }
    void readsAuthorizationHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        QCOMPARE(Hub::TokenService::fromAuthorizationHeader(header), token);
    }

    // --- LoginThrottle (explicit times, no waiting) ---

    void throttleLocksAfterFiveFailures()
    {
        Hub::LoginThrottle throttle;
        const QString address = QStringLiteral("10.0.0.1");
        for (int i = 0; i < 4; ++i) {
            throttle.recordFailure(QStringLiteral("ann"), address, at(0));
            QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(0)), 0);
        }
        throttle.recordFailure(QStringLiteral("ann"), address, at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(0)), 30);
        // The lock is the username's: from anywhere, and only for it.
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), QStringLiteral("10.9.9.9"), at(0)), 30);
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), address, at(0)), 0);
        // It runs out with time.
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(10)), 20);
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(29)), 1);
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(29).addMSecs(500)), 1);
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(30)), 0);
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(3600)), 0);
    }

    void throttleDoublesUpToFifteenMinutes()
    {
        Hub::LoginThrottle throttle;
        const QString address = QStringLiteral("10.0.0.2");
        int t = 0;
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(QStringLiteral("ann"), address, at(t));
        int lock = 30;
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(t)), lock);
        // Each further failure, tried as soon as the lock is over, locks for twice as long, up to
        // 900 s.
        for (const int expected : {60, 120, 240, 480, 900, 900, 900}) {
            t += lock;
            QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(t)), 0);
            throttle.recordFailure(QStringLiteral("ann"), address, at(t));
            QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(t)), expected);
            QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(t + expected - 1)), 1);
            QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(t + expected)), 0);
            lock = expected;
        }
    }

    void throttleForgetsAfterAQuietPeriod()
    {
        Hub::LoginThrottle throttle;
        const QString address = QStringLiteral("10.0.0.4");
        // Half an hour (the longest lockout plus 15 minutes) without a failure still counts...
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("ann"), address, at(0));
        throttle.recordFailure(QStringLiteral("ann"), address, at(1800));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(1800)), 30);
        // ...a moment longer and earlier failures are forgotten.
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("bob"), address, at(0));
        throttle.recordFailure(QStringLiteral("bob"), address, at(1801));
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), address, at(1801)), 0);
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(QStringLiteral("bob"), address, at(1801));
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), address, at(1801)), 0);
        throttle.recordFailure(QStringLiteral("bob"), address, at(1801));
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), address, at(1801)), 30);
        // A long-locked username starts again from the first lockout.
        for (int i = 0; i < 9; ++i)
            throttle.recordFailure(QStringLiteral("cy"), QStringLiteral("10.0.0.5"), at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("cy"), QStringLiteral("10.0.0.5"), at(0)), 480);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(QStringLiteral("cy"), QStringLiteral("10.0.0.5"), at(2400));
        QCOMPARE(
            throttle.retryAfter(QStringLiteral("cy"), QStringLiteral("10.0.0.5"), at(2400)), 30);
    }

    void throttleIgnoresUsernameCase()
    {
        Hub::LoginThrottle throttle;
        const QString address = QStringLiteral("10.0.0.3");
        const QStringList spellings{QStringLiteral("Agent1"), QStringLiteral("agent1"),
            QStringLiteral("AGENT1"), QStringLiteral("aGeNt1"), QStringLiteral("agent1")};
        for (const QString &name : spellings)
            throttle.recordFailure(name, address, at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("agent1"), address, at(0)), 30);
        QCOMPARE(
            throttle.retryAfter(QStringLiteral("AGENT1"), QStringLiteral("10.1.1.1"), at(0)), 30);
        QCOMPARE(throttle.retryAfter(QStringLiteral("agent2"), address, at(0)), 0);
    }

    void throttleGivesAddressesFourTimesTheRoom()
    {
        Hub::LoginThrottle throttle;
        const QString office = QStringLiteral("192.0.2.10");
        // Each guess at another username, so only the address counter can lock.
        for (int i = 0; i < 19; ++i) {
            throttle.recordFailure(QStringLiteral("user%1").arg(i), office, at(0));
            QCOMPARE(throttle.retryAfter(QStringLiteral("someone"), office, at(0)), 0);
        }
        throttle.recordFailure(QStringLiteral("user19"), office, at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("someone"), office, at(0)), 30);
        QCOMPARE(
            throttle.retryAfter(QStringLiteral("someone"), QStringLiteral("192.0.2.11"), at(0)), 0);
        QCOMPARE(
            throttle.retryAfter(QStringLiteral("user0"), QStringLiteral("192.0.2.11"), at(0)), 0);
        QCOMPARE(throttle.retryAfter(QStringLiteral("someone"), office, at(30)), 0);
        throttle.recordFailure(QStringLiteral("user20"), office, at(30));
        QCOMPARE(throttle.retryAfter(QStringLiteral("someone"), office, at(30)), 60);
    }

    void successClearsOnlyTheUsername()
    {
        Hub::LoginThrottle throttle;
        const QString office = QStringLiteral("198.51.100.7");
        const QString elsewhere = QStringLiteral("198.51.100.8");
        for (int i = 0; i < 20; ++i)
            throttle.recordFailure(QStringLiteral("ann"), office, at(0));
        QVERIFY(throttle.retryAfter(QStringLiteral("ann"), elsewhere, at(0)) > 0);
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), office, at(0)), 30);

        throttle.recordSuccess(QStringLiteral("ANN"));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), elsewhere, at(0)), 0);
        // The address stays locked: one right password must not unlock guessing from there.
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), office, at(0)), 30);
        QCOMPARE(throttle.retryAfter(QStringLiteral("bob"), office, at(0)), 30);

        // The username starts counting from zero again.
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("ann"), elsewhere, at(100));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), elsewhere, at(100)), 0);
        throttle.recordFailure(QStringLiteral("ann"), elsewhere, at(100));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), elsewhere, at(100)), 30);
    }

    void throttleSettings()
    {
        Hub::LoginThrottle throttle(2, 10, 35);
        const QString address = QStringLiteral("203.0.113.1");
        throttle.recordFailure(QStringLiteral("ann"), address, at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(0)), 0);
        throttle.recordFailure(QStringLiteral("ann"), address, at(0));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(0)), 10);
        throttle.recordFailure(QStringLiteral("ann"), address, at(100));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(100)), 20);
        throttle.recordFailure(QStringLiteral("ann"), address, at(200));
        QCOMPARE(throttle.retryAfter(QStringLiteral("ann"), address, at(200)), 35);
    }

    // --- Through the API ---

    void signsIn()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ApiReply r = login(credentials(QStringLiteral("agent1"), TestHub::password()));
        QCOMPARE(r.status, 200);
        const QString token = r.json.value(QLatin1String("token")).toString();
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token));
        const auto expires
            = Domain::WireTime::parse(r.json.value(QLatin1String("expires_at")).toString());
        QVERIFY(expires);
        QVERIFY2(qAbs(before.addSecs(12 * 3600).secsTo(*expires)) <= 60,
            qPrintable(expires->toString(Qt::ISODateWithMs)));
        const QJsonObject user = r.json.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("username")).toString(), QStringLiteral("agent1"));
        QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(
            user.value(QLatin1String("id")).toInteger(), m_hub->user(QStringLiteral("agent1")).id);
        QVERIFY(!r.body.contains("password"));
        QVERIFY(!r.body.contains("argon2"));

        const ApiReply me = m_api->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("username")).toString(), QStringLiteral("agent1"));
        QCOMPARE(me.json.value(QLatin1String("role")).toString(), QStringLiteral("agent"));

        const ApiReply admin = login(credentials(QStringLiteral("admin"), TestHub::password()));
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.json[QLatin1String("user")][QLatin1String("role")].toString(),
            QStringLiteral("admin"));
        QVERIFY(admin.json.value(QLatin1String("token")).toString() != token);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        const ApiReply wrong
            = login(credentials(QStringLiteral("agent2"), QStringLiteral("not the password")));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
        QVERIFY(!wrong.json.contains(QLatin1String("token")));
        const ApiReply unknown
            = login(credentials(QStringLiteral("nobody-here"), QStringLiteral("not the password")));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_credentials"));
        // Nothing tells an attacker which usernames exist.
        QCOMPARE(unknown.json, wrong.json);
        QVERIFY(wrong.header("WWW-Authenticate").isEmpty());
        // Usernames are compared case-sensitively.
        QCOMPARE(login(credentials(QStringLiteral("Agent2"), TestHub::password())).status, 401);
        QCOMPARE(login(credentials(QStringLiteral("agent2"), TestHub::password())).status, 200);
    }

    void loginRejectsBadBodies_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString pw = TestHub::password();
        QTest::newRow("username missing")
            << QJsonObject{{QStringLiteral("password"), pw}} << "username";
        QTest::newRow("username empty") << QJsonObject{{QStringLiteral("username"), QString()},
            {QStringLiteral("password"), pw}}
                                        << "username";
        QTest::newRow("username blank")
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("  ")},
                   {QStringLiteral("password"), pw}}
            << "username";
        QTest::newRow("username null") << QJsonObject{{QStringLiteral("username"), QJsonValue()},
            {QStringLiteral("password"), pw}}
                                       << "username";
        QTest::newRow("username number")
            << QJsonObject{{QStringLiteral("username"), 5}, {QStringLiteral("password"), pw}}
            << "username";
        QTest::newRow("username array")
            << QJsonObject{{QStringLiteral("username"), QJsonArray{QStringLiteral("agent1")}},
                   {QStringLiteral("password"), pw}}
            << "username";
        QTest::newRow("password missing")
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("agent1")}} << "password";
        QTest::newRow("password null")
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("agent1")},
                   {QStringLiteral("password"), QJsonValue()}}
            << "password";
        QTest::newRow("password number")
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("agent1")},
                   {QStringLiteral("password"), 1234}}
            << "password";
        QTest::newRow("password bool")
            << QJsonObject{{QStringLiteral("username"), QStringLiteral("agent1")},
                   {QStringLiteral("password"), true}}
            << "password";
        QTest::newRow("empty body") << QJsonObject() << "username";
    }
    void loginRejectsBadBodies()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const ApiReply r = login(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.json.contains(QLatin1String("token")));
    }

    void loginRejectsNonJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"username\": \"agent1\", \"password\":");
        QTest::newRow("not json") << QByteArray("username=agent1&password=x");
        QTest::newRow("trailing comma") << QByteArray("{\"username\": \"agent1\",}");
        QTest::newRow("array") << QByteArray("[\"agent1\", \"correct horse battery\"]");
        QTest::newRow("string") << QByteArray("\"agent1\"");
        QTest::newRow("number") << QByteArray("42");
    }
    void loginRejectsNonJson()
    {
        QFETCH(QByteArray, body);
        const ApiReply r
            = m_api->raw("POST", QStringLiteral("/api/v1/auth/login"), body, "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
    }

    void repeatedFailuresAreThrottled()
    {
        // A hub of its own: the lock would otherwise spill into the other tests.
        TestHub hub;
        ApiClient api(hub.url());
        const auto attempt = [&](const QString &username, const QString &password) {
            return api.post(QStringLiteral("/api/v1/auth/login"), credentials(username, password));
        };
        for (int i = 0; i < 5; ++i) {
            const ApiReply r = attempt(QStringLiteral("agent2"), QStringLiteral("guess %1").arg(i));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
        }
        // The sixth attempt is refused before the password is looked at, even the right one.
        const ApiReply locked = attempt(QStringLiteral("agent2"), TestHub::password());
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
        QVERIFY(!locked.json.contains(QLatin1String("token")));
        bool ok = false;
        const int retryAfter = locked.header("Retry-After").toInt(&ok);
        QVERIFY2(ok, locked.header("Retry-After").constData());
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, qPrintable(QString::number(retryAfter)));
        QCOMPARE(locked.json.value(QLatin1String("retry_after")).toInt(), retryAfter);
        QVERIFY(locked.json.value(QLatin1String("retry_after")).isDouble());
        // The username counts whatever its case.
        QCOMPARE(attempt(QStringLiteral("AGENT2"), TestHub::password()).status, 429);
        // Colleagues at the same address are not locked out by one user's mistakes.
        const ApiReply colleague = attempt(QStringLiteral("agent1"), TestHub::password());
        QCOMPARE(colleague.status, 200);
        QVERIFY(!colleague.json.value(QLatin1String("token")).toString().isEmpty());
    }

    void signsOut()
    {
        const QString first = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        const QString second = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), first).status, 200);
        const ApiReply out = m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, first);
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        const ApiReply after = m_api->get(QStringLiteral("/api/v1/me"), first);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(after.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, first).status, 401);
        // Only that session ended.
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), second).status, 200);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, QString()).status, 401);
    }

    void meNeedsAValidToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("none") << "";
        QTest::newRow("garbage") << "garbage-token-that-was-never-issued";
        QTest::newRow("well-formed but unknown") << "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        QTest::newRow("malformed") << "abc$def";
    }
    void meNeedsAValidToken()
    {
        QFETCH(QString, token);
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        QVERIFY(!r.json.contains(QLatin1String("username")));
    }

    void authorizationSchemeIsCaseInsensitive()
    {
        const QByteArray token
            = m_api->login(QStringLiteral("agent1"), TestHub::password()).toLatin1();
        QVERIFY(!token.isEmpty());
        QCOMPARE(meWithHeader("Bearer " + token), 200);
        QCOMPARE(meWithHeader("bearer " + token), 200);
        QCOMPARE(meWithHeader("Basic " + token), 401);
        QCOMPARE(meWithHeader(token), 401);
    }

    void deactivatedUsersAreLockedOut()
    {
        const QString password = QStringLiteral("leaving soon 123");
        const ApiReply created = m_api->post(QStringLiteral("/api/v1/users"),
            {{QStringLiteral("username"), QStringLiteral("leaver")},
                {QStringLiteral("password"), password},
                {QStringLiteral("client_id"), newClientId()}},
            m_admin);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        const QString token = m_api->login(QStringLiteral("leaver"), password);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), token).status, 200);

        const auto setActive = [&](bool active) {
            return m_api->request("PATCH", QStringLiteral("/api/v1/users/%1").arg(id),
                {{QStringLiteral("active"), active}, {QStringLiteral("client_id"), newClientId()}},
                m_admin);
        };
        const ApiReply off = setActive(false);
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json.value(QLatin1String("active")).toBool(true), false);
        const ApiReply me = m_api->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.header("WWW-Authenticate"), QByteArray("Bearer"));
        const ApiReply refused = login(credentials(QStringLiteral("leaver"), password));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_credentials"));

        // Coming back does not revive the old session.
        QCOMPARE(setActive(true).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), token).status, 401);
        const QString fresh = m_api->login(QStringLiteral("leaver"), password);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), fresh).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
