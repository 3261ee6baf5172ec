// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "domain/WireTime.h"
#include "service/InboundService.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"
#include "storage/UserRepository.h"

#include <QTest>
#include <algorithm>

using namespace Switchboard;
using namespace Switchboard::Test;

//! Users, presence and customer records through the API.
class TestPeople : public QObject
{
    Q_OBJECT

private:
    QString token(const QString &username) const { return m_tokens.value(username); }
    ApiReply patch(const QString &path, QJsonObject body, const QString &caller)
    {
        if (!body.contains(QLatin1String("client_id")))
            body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->request("PATCH", path, body, token(caller));
    }
    ApiReply put(const QString &path, QJsonObject body, const QString &caller)
    {
        if (!body.contains(QLatin1String("client_id")))
            body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->request("PUT", path, body, token(caller));
    }
    ApiReply createUser(QJsonObject body, const QString &caller = QStringLiteral("admin"))
    {
        if (!body.contains(QLatin1String("client_id")))
            body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->post(QStringLiteral("/api/v1/users"), body, token(caller));
    }
    static QJsonObject newUser(const QString &username)
    {
        return {{QStringLiteral("username"), username},
            {QStringLiteral("password"), QStringLiteral("long enough 1")}};
    }
    QJsonObject user(qint64 id)
    {
        return m_api
            ->get(QStringLiteral("/api/v1/users/%1").arg(id), token(QStringLiteral("agent1")))
            .json;
    }
    QJsonObject customer(qint64 id)
    {
        return m_api
            ->get(QStringLiteral("/api/v1/customers/%1").arg(id), token(QStringLiteral("agent1")))
            .json;
    }
    qint64 head() { return m_hub->hub().storage().events().head(); }
    Hub::InboundResult customerWrites(Domain::ChannelKind channel, const Domain::Identity &sender,
        const QString &name, const QString &text, const QString &thread,
        const QDateTime &sentAt = {})
    {
        Hub::InboundMessage m;
        m.channel = channel;
        m.sender = sender;
        m.senderName = name;
        m.threadId = thread;
        m.body = text;
        m.sentAt = sentAt;
        return m_hub->hub().inbound().receive(m);
    }
    qint64 newCustomer(const QString &name, const QString &email)
    {
        return customerWrites(Domain::ChannelKind::Email, {0, Domain::IdentityKind::Email, email},
            name, QStringLiteral("Hello"), email)
            .customer.id;
    }
    //! The ids of GET /api/v1/customers?<query>, following next_after to the end.
    QList<qint64> allCustomers(const QString &query, int limit)
    {
        QList<qint64> ids;
        qint64 after = 0;
        for (int page = 0; page < 1000; ++page) {
            const QString prefix = query.isEmpty() ? QString() : query + QLatin1Char('&');
            // One multi-argument arg(): the query may hold percent escapes such as %2B.
            const ApiReply r
                = m_api->get(QStringLiteral("/api/v1/customers?%1limit=%2&after=%3")
                                 .arg(prefix, QString::number(limit), QString::number(after)),
                    token(QStringLiteral("agent1")));
            if (r.status != 200)
                return {-1};
            const QJsonArray items = r.items();
            if (items.size() > limit)
                return {-2};
            for (const QJsonValue &v : items)
                ids.append(v[QLatin1String("id")].toInteger());
            const QJsonValue next = r.json.value(QLatin1String("next_after"));
            if (items.size() == limit && next.toInteger() != ids.last())
                return {-3};
            if (items.size() < limit && !next.isNull())
                return {-4};
            if (next.isNull())
                return ids;
            after = next.toInteger();
        }
        return {-5};
    }
    QList<qint64> search(const QString &text)
    {
        return allCustomers(
            QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(text)), 100);
    }
    //! Whether any key in a JSON tree names a password or hash.
    static bool mentionsSecrets(const QJsonValue &value)
    {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray()) {
                if (mentionsSecrets(v))
                    return true;
            }
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive)
                    || it.key().contains(QLatin1String("hash"), Qt::CaseInsensitive)
                    || mentionsSecrets(it.value()))
                    return true;
            }
        }
        return false;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QMap<QString, QString> m_tokens;
    qint64 m_replayCustomer = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        for (const char *name : {"admin", "supervisor", "agent1", "agent2"}) {
            const QString t = m_api->login(QLatin1String(name), TestHub::password());
            QVERIFY(!t.isEmpty());
            m_tokens.insert(QLatin1String(name), t);
        }
        m_replayCustomer
            = newCustomer(QStringLiteral("Rita Replay"), QStringLiteral("rita@example.org"));
    }

    // --- Users ---

    void listsUsersWithoutSecrets()
    {
        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/users"), token(QStringLiteral("agent1")));
        QCOMPARE(r.status, 200);
        QMap<QString, QString> roles;
        qint64 previous = 0;
        for (const QJsonValue &v : r.items()) {
            roles.insert(
                v[QLatin1String("username")].toString(), v[QLatin1String("role")].toString());
            QVERIFY(v[QLatin1String("id")].toInteger() > previous);
            previous = v[QLatin1String("id")].toInteger();
            QVERIFY(v[QLatin1String("presence")].isObject());
            QVERIFY(v[QLatin1String("capacity")].isObject());
        }
        const QMap<QString, QString> expected{{QStringLiteral("admin"), QStringLiteral("admin")},
            {QStringLiteral("supervisor"), QStringLiteral("supervisor")},
            {QStringLiteral("agent1"), QStringLiteral("agent")},
            {QStringLiteral("agent2"), QStringLiteral("agent")}};
        QCOMPARE(roles, expected);
        QVERIFY(!mentionsSecrets(r.json));
        QVERIFY(!r.body.contains("argon2"));
        QVERIFY(!r.body.contains(TestHub::password().toUtf8()));
    }

    void getsOneUser()
    {
        const qint64 id = m_hub->user(QStringLiteral("agent2")).id;
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/users/%1").arg(id), token(QStringLiteral("agent1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(r.json.value(QLatin1String("username")).toString(), QStringLiteral("agent2"));
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Agent2"));
        QCOMPARE(r.json.value(QLatin1String("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(
            r.json.value(QLatin1String("languages")).toArray(), QJsonArray{QStringLiteral("en")});
        QVERIFY(!mentionsSecrets(r.json));
        const ApiReply missing
            = m_api->get(QStringLiteral("/api/v1/users/999999"), token(QStringLiteral("agent1")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    }

    void adminCreatesUsers()
    {
        QJsonObject body = newUser(QStringLiteral("carol.k"));
        body.insert(QStringLiteral("password"), QStringLiteral("carol's password"));
        body.insert(QStringLiteral("name"), QStringLiteral("Carol K"));
        body.insert(QStringLiteral("role"), QStringLiteral("supervisor"));
        body.insert(QStringLiteral("skills"),
            QJsonArray{QStringLiteral("billing"), QStringLiteral("french")});
        body.insert(
            QStringLiteral("languages"), QJsonArray{QStringLiteral("fr"), QStringLiteral("en")});
        const QJsonObject capacity{{QStringLiteral("email"), 3}, {QStringLiteral("voice"), 1},
            {QStringLiteral("x_post"), 0}};
        body.insert(QStringLiteral("capacity"), capacity);
        const qint64 before = head();
        const ApiReply r = createUser(body);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json.value(QLatin1String("id")).toInteger() > 0);
        QCOMPARE(r.json.value(QLatin1String("username")).toString(), QStringLiteral("carol.k"));
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Carol K"));
        QCOMPARE(r.json.value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(r.json.value(QLatin1String("skills")).toArray(),
            body.value(QLatin1String("skills")).toArray());
        QCOMPARE(r.json.value(QLatin1String("languages")).toArray(),
            body.value(QLatin1String("languages")).toArray());
        QCOMPARE(r.json.value(QLatin1String("capacity")).toObject(), capacity);
        QCOMPARE(r.json.value(QLatin1String("active")).toBool(), true);
        QCOMPARE(r.json[QLatin1String("presence")][QLatin1String("state")].toString(),
            QStringLiteral("offline"));
        QVERIFY(!mentionsSecrets(r.json));
        QVERIFY(head() > before);

        const ApiReply got = m_api->get(
            QStringLiteral("/api/v1/users/%1").arg(r.json.value(QLatin1String("id")).toInteger()),
            token(QStringLiteral("agent1")));
        QCOMPARE(got.json, r.json);
        const ApiReply login = m_api->post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("carol.k")},
                {QStringLiteral("password"), QStringLiteral("carol's password")}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json[QLatin1String("user")][QLatin1String("role")].toString(),
            QStringLiteral("supervisor"));

        // Only username and password are needed; the rest has defaults.
        const ApiReply minimal = createUser(newUser(QStringLiteral("dave")));
        QCOMPARE(minimal.status, 201);
        QCOMPARE(minimal.json.value(QLatin1String("name")).toString(), QStringLiteral("dave"));
        QCOMPARE(minimal.json.value(QLatin1String("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(minimal.json.value(QLatin1String("skills")).toArray(), QJsonArray());
        QCOMPARE(minimal.json.value(QLatin1String("capacity")).toObject(), QJsonObject());
    }

    void onlyAdminsCreateUsers_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::newRow("supervisor") << "supervisor";
        QTest::newRow("agent") << "agent1";
    }
    void onlyAdminsCreateUsers()
    {
        QFETCH(QString, caller);
        const QString username = QStringLiteral("made-by-") + caller;
        const qint64 before = head();
        const qsizetype users = m_hub->hub().storage().users().all().size();
        const ApiReply r = createUser(newUser(username), caller);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!m_hub->hub().storage().users().byUsername(username));
        QCOMPARE(m_hub->hub().storage().users().all().size(), users);
        QCOMPARE(head(), before);
    }

    void usernamesAreUnique()
    {
        const qint64 before = head();
        const ApiReply r = createUser(newUser(QStringLiteral("agent1")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("username_taken"));
        QCOMPARE(r.errorField(), QStringLiteral("username"));
        QCOMPARE(head(), before);
        // The first agent1 keeps the password it had.
        QVERIFY(!m_api->login(QStringLiteral("agent1"), TestHub::password()).isEmpty());
    }

    void rejectsBadNewUsers_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("username missing") << "never-1"
                                          << "username" << missing << "username";
        QTest::newRow("username number") << "never-2"
                                         << "username" << QJsonValue(12) << "username";
        QTest::newRow("username one char")
            << "x"
            << "username" << QJsonValue(QStringLiteral("x")) << "username";
        QTest::newRow("username space")
            << "has space"
            << "username" << QJsonValue(QStringLiteral("has space")) << "username";
        QTest::newRow("username slash")
            << "a/b"
            << "username" << QJsonValue(QStringLiteral("a/b")) << "username";
        QTest::newRow("username too long")
            << QString(65, QLatin1Char('u')) << "username"
            << QJsonValue(QString(65, QLatin1Char('u'))) << "username";
        QTest::newRow("password missing") << "never-3"
                                          << "password" << missing << "password";
        QTest::newRow("password short")
            << "never-4"
            << "password" << QJsonValue(QStringLiteral("1234567")) << "password";
        QTest::newRow("password empty") << "never-5"
                                        << "password" << QJsonValue(QString()) << "password";
        QTest::newRow("password number") << "never-6"
                                         << "password" << QJsonValue(12345678) << "password";
        QTest::newRow("role unknown") << "never-7"
                                      << "role" << QJsonValue(QStringLiteral("owner")) << "role";
        QTest::newRow("role case") << "never-8"
                                   << "role" << QJsonValue(QStringLiteral("Admin")) << "role";
        QTest::newRow("skills text")
            << "never-9"
            << "skills" << QJsonValue(QStringLiteral("billing")) << "skills";
        QTest::newRow("languages mixed")
            << "never-10"
            << "languages" << QJsonValue(QJsonArray{QStringLiteral("en"), 2}) << "languages";
        QTest::newRow("name number") << "never-11"
                                     << "name" << QJsonValue(7) << "name";
        QTest::newRow("capacity unknown channel")
            << "never-12"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("fax"), 1}}) << "capacity";
        QTest::newRow("capacity negative")
            << "never-13"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), -1}}) << "capacity";
        QTest::newRow("capacity fraction")
            << "never-14"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), 1.5}}) << "capacity";
        QTest::newRow("capacity above 100")
            << "never-15"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), 101}}) << "capacity";
        QTest::newRow("capacity text")
            << "never-16"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), QStringLiteral("2")}})
            << "capacity";
        QTest::newRow("capacity array") << "never-17"
                                        << "capacity" << QJsonValue(QJsonArray{1}) << "capacity";
        QTest::newRow("capacity wrong case")
            << "never-18"
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("Email"), 1}}) << "capacity";
    }
    void rejectsBadNewUsers()
    {
        QFETCH(QString, username);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject body = newUser(username);
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const qint64 before = head();
        const qsizetype users = m_hub->hub().storage().users().all().size();
        const ApiReply r = createUser(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QVERIFY(!m_hub->hub().storage().users().byUsername(username));
        QCOMPARE(m_hub->hub().storage().users().all().size(), users);
        QCOMPARE(head(), before);
    }

    void adminUpdatesUsers()
    {
        QJsonObject body = newUser(QStringLiteral("erin"));
        body.insert(QStringLiteral("capacity"), QJsonObject{{QStringLiteral("email"), 5}});
        body.insert(QStringLiteral("skills"), QJsonArray{QStringLiteral("billing")});
        const ApiReply created = createUser(body);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/users/%1").arg(id);

        const ApiReply r = patch(path,
            {{QStringLiteral("name"), QStringLiteral("Erin Example")},
                {QStringLiteral("role"), QStringLiteral("supervisor")},
                {QStringLiteral("skills"),
                    QJsonArray{QStringLiteral("tech"), QStringLiteral("german")}},
                {QStringLiteral("languages"), QJsonArray{QStringLiteral("de")}},
                {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("sms"), 2}}}},
            QStringLiteral("admin"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(r.json.value(QLatin1String("username")).toString(), QStringLiteral("erin"));
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Erin Example"));
        QCOMPARE(r.json.value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(r.json.value(QLatin1String("skills")).toArray(),
            (QJsonArray{QStringLiteral("tech"), QStringLiteral("german")}));
        QCOMPARE(
            r.json.value(QLatin1String("languages")).toArray(), QJsonArray{QStringLiteral("de")});
        // The capacity map is replaced, not merged.
        QCOMPARE(r.json.value(QLatin1String("capacity")).toObject(),
            (QJsonObject{{QStringLiteral("sms"), 2}}));
        QCOMPARE(r.json.value(QLatin1String("active")).toBool(), true);
        QCOMPARE(user(id), r.json);

        // Absent fields stay as they are.
        const ApiReply onlyName = patch(
            path, {{QStringLiteral("name"), QStringLiteral("Erin E.")}}, QStringLiteral("admin"));
        QCOMPARE(onlyName.status, 200);
        QCOMPARE(
            onlyName.json.value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(onlyName.json.value(QLatin1String("capacity")).toObject(),
            (QJsonObject{{QStringLiteral("sms"), 2}}));

        const ApiReply inactive
            = patch(path, {{QStringLiteral("active"), false}}, QStringLiteral("admin"));
        QCOMPARE(inactive.status, 200);
        QCOMPARE(inactive.json.value(QLatin1String("active")).toBool(true), false);
        QCOMPARE(user(id).value(QLatin1String("active")).toBool(true), false);
        QCOMPARE(
            patch(path, {{QStringLiteral("active"), true}}, QStringLiteral("admin")).status, 200);
        QCOMPARE(user(id).value(QLatin1String("active")).toBool(false), true);
    }

    void adminChangesPasswords()
    {
        const ApiReply created = createUser(newUser(QStringLiteral("frank")));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        const QString old = m_api->login(QStringLiteral("frank"), QStringLiteral("long enough 1"));
        QVERIFY(!old.isEmpty());
        const ApiReply r = patch(QStringLiteral("/api/v1/users/%1").arg(id),
            {{QStringLiteral("password"), QStringLiteral("a brand new secret")}},
            QStringLiteral("admin"));
        QCOMPARE(r.status, 200);
        QVERIFY(!mentionsSecrets(r.json));
        QVERIFY(!r.body.contains("a brand new secret"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/me"), old).status, 401);
        QVERIFY(
            !m_api->login(QStringLiteral("frank"), QStringLiteral("a brand new secret")).isEmpty());
        const ApiReply oldPassword = m_api->post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), QStringLiteral("frank")},
                {QStringLiteral("password"), QStringLiteral("long enough 1")}});
        QCOMPARE(oldPassword.status, 401);
        QCOMPARE(oldPassword.errorCode(), QStringLiteral("invalid_credentials"));
    }

    void rejectsBadUserChanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("name empty") << "name" << QJsonValue(QString()) << "name";
        QTest::newRow("name blank") << "name" << QJsonValue(QStringLiteral("   ")) << "name";
        QTest::newRow("name null") << "name" << QJsonValue() << "name";
        QTest::newRow("role unknown") << "role" << QJsonValue(QStringLiteral("boss")) << "role";
        QTest::newRow("role null") << "role" << QJsonValue() << "role";
        QTest::newRow("skills number") << "skills" << QJsonValue(3) << "skills";
        QTest::newRow("active text") << "active" << QJsonValue(QStringLiteral("no")) << "active";
        QTest::newRow("password short")
            << "password" << QJsonValue(QStringLiteral("short")) << "password";
        QTest::newRow("password number") << "password" << QJsonValue(123456789) << "password";
        QTest::newRow("capacity fraction")
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), 2.5}}) << "capacity";
        QTest::newRow("capacity negative")
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("email"), -2}}) << "capacity";
        QTest::newRow("capacity channel")
            << "capacity" << QJsonValue(QJsonObject{{QStringLiteral("pager"), 2}}) << "capacity";
        QTest::newRow("active null") << "active" << QJsonValue() << "active";
        QTest::newRow("name too long")
            << "name" << QJsonValue(QString(201, QLatin1Char('n'))) << "name";
        QTest::newRow("password too long")
            << "password" << QJsonValue(QString(1025, QLatin1Char('p'))) << "password";
        QTest::newRow("language not a tag")
            << "languages"
            << QJsonValue(QJsonArray{QStringLiteral("en"), QStringLiteral("English")})
            << "languages";
        QTest::newRow("skill blank") << "skills" << QJsonValue(QJsonArray{QString()}) << "skills";
        QTest::newRow("too many skills") << "skills" << QJsonValue(QJsonArray::fromStringList([] {
            QStringList l;
            for (int i = 0; i < 51; ++i)
                l.append(QStringLiteral("s%1").arg(i));
            return l;
        }())) << "skills";
    }
    void rejectsBadUserChanges()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const qint64 id = m_hub->user(QStringLiteral("agent2")).id;
        const QJsonObject before = user(id);
        const qint64 seq = head();
        const ApiReply r = patch(
            QStringLiteral("/api/v1/users/%1").arg(id), {{key, value}}, QStringLiteral("admin"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QCOMPARE(user(id), before);
        QCOMPARE(head(), seq);
        QVERIFY(!m_api->login(QStringLiteral("agent2"), TestHub::password()).isEmpty());
    }

    void theLastAdministratorStays()
    {
        const qint64 admin = m_hub->user(QStringLiteral("admin")).id;
        const qint64 seq = head();
        for (const QJsonObject &change : {QJsonObject{{QStringLiteral("active"), false}},
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("supervisor")}}}) {
            const ApiReply r = patch(
                QStringLiteral("/api/v1/users/%1").arg(admin), change, QStringLiteral("admin"));
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), QStringLiteral("last_admin"));
        }
        QCOMPARE(head(), seq);
        QCOMPARE(user(admin).value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        // With a second administrator, the first may step down.
        const ApiReply second = createUser({{QStringLiteral("username"), QStringLiteral("admin2")},
            {QStringLiteral("password"), QStringLiteral("long enough 2")},
            {QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(second.status, 201);
        QCOMPARE(
            patch(QStringLiteral("/api/v1/users/%1").arg(admin),
                {{QStringLiteral("role"), QStringLiteral("supervisor")}}, QStringLiteral("admin"))
                .status,
            200);
        // Now a supervisor, the first cannot promote itself back; the second administrator can.
        QCOMPARE(patch(QStringLiteral("/api/v1/users/%1").arg(admin),
                     {{QStringLiteral("role"), QStringLiteral("admin")}}, QStringLiteral("admin"))
                     .status,
            403);
        const QString secondToken
            = m_api->login(QStringLiteral("admin2"), QStringLiteral("long enough 2"));
        QVERIFY(!secondToken.isEmpty());
        QCOMPARE(m_api
                     ->request("PATCH", QStringLiteral("/api/v1/users/%1").arg(admin),
                         {{QStringLiteral("role"), QStringLiteral("admin")},
                             {QStringLiteral("client_id"), newClientId()}},
                         secondToken)
                     .status,
            200);
        QCOMPARE(patch(QStringLiteral("/api/v1/users/%1")
                           .arg(second.json.value(QLatin1String("id")).toInteger()),
                     {{QStringLiteral("active"), false}}, QStringLiteral("admin"))
                     .status,
            200);
    }

    void onlyAdminsChangeUsers_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::newRow("supervisor") << "supervisor" << 403;
        QTest::newRow("agent") << "agent1" << 403;
        QTest::newRow("agent on self") << "agent2" << 403;
    }
    void onlyAdminsChangeUsers()
    {
        QFETCH(QString, caller);
        QFETCH(int, status);
        const qint64 id = m_hub->user(QStringLiteral("agent2")).id;
        const QJsonObject before = user(id);
        const qint64 seq = head();
        const ApiReply r = patch(QStringLiteral("/api/v1/users/%1").arg(id),
            {{QStringLiteral("role"), QStringLiteral("admin")},
                {QStringLiteral("name"), QStringLiteral("Mallory")}},
            caller);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(user(id), before);
        QCOMPARE(head(), seq);

        const ApiReply missing = patch(QStringLiteral("/api/v1/users/999999"),
            {{QStringLiteral("name"), QStringLiteral("Ghost")}}, QStringLiteral("admin"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(head(), seq);
    }

    // --- Presence ---

    void agentSetsOwnPresence()
    {
        const qint64 id = m_hub->user(QStringLiteral("agent1")).id;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const qint64 seq = head();
        ApiReply r = put(QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("break")},
                {QStringLiteral("reason"), QStringLiteral("coffee")}},
            QStringLiteral("agent1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), id);
        QJsonObject presence = r.json.value(QLatin1String("presence")).toObject();
        QCOMPARE(presence.value(QLatin1String("state")).toString(), QStringLiteral("break"));
        QCOMPARE(presence.value(QLatin1String("reason")).toString(), QStringLiteral("coffee"));
        const QString since = presence.value(QLatin1String("since")).toString();
        const auto sinceTime = Domain::WireTime::parse(since);
        QVERIFY2(sinceTime, qPrintable(since));
        QVERIFY(*sinceTime >= before);
        QVERIFY(*sinceTime <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(user(id).value(QLatin1String("presence")).toObject(), presence);
        // Everyone hears about it.
        bool announced = false;
        for (const Hub::StoredEvent &e : m_hub->hub().storage().events().since(seq, 100)) {
            if (e.event.type == Domain::EventType::PresenceChanged
                && e.event.data.value(QLatin1String("user_id")).toInteger() == id)
                announced = e.event.data.value(QLatin1String("presence")).toObject() == presence;
        }
        QVERIFY(announced);

        // A new reason keeps the clock running.
        QTest::qWait(20);
        r = put(QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("break")},
                {QStringLiteral("reason"), QStringLiteral("tea")}},
            QStringLiteral("agent1"));
        QCOMPARE(r.status, 200);
        presence = r.json.value(QLatin1String("presence")).toObject();
        QCOMPARE(presence.value(QLatin1String("reason")).toString(), QStringLiteral("tea"));
        QCOMPARE(presence.value(QLatin1String("since")).toString(), since);

        // A new state restarts it; an absent reason clears the old one.
        QTest::qWait(20);
        r = put(QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("lunch")}}, QStringLiteral("agent1"));
        QCOMPARE(r.status, 200);
        presence = r.json.value(QLatin1String("presence")).toObject();
        QCOMPARE(presence.value(QLatin1String("state")).toString(), QStringLiteral("lunch"));
        QCOMPARE(presence.value(QLatin1String("reason")).toString(), QString());
        const auto moved
            = Domain::WireTime::parse(presence.value(QLatin1String("since")).toString());
        QVERIFY(moved);
        QVERIFY2(
            *moved > *sinceTime, qPrintable(presence.value(QLatin1String("since")).toString()));
        QCOMPARE(user(id).value(QLatin1String("presence")).toObject(), presence);

        // Exactly 200 characters is still a reason.
        r = put(QStringLiteral("/api/v1/me/presence"),
            {{QStringLiteral("state"), QStringLiteral("lunch")},
                {QStringLiteral("reason"), QString(200, QLatin1Char('r'))}},
            QStringLiteral("agent1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QLatin1String("presence")][QLatin1String("reason")].toString(),
            QString(200, QLatin1Char('r')));
    }

    void rejectsBadPresence_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("state missing")
            << QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}} << "state";
        QTest::newRow("state unknown")
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("sleeping")}} << "state";
        QTest::newRow("state case")
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("Break")}} << "state";
        QTest::newRow("state number") << QJsonObject{{QStringLiteral("state"), 2}} << "state";
        QTest::newRow("state null")
            << QJsonObject{{QStringLiteral("state"), QJsonValue()}} << "state";
        QTest::newRow("reason 201")
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("busy")},
                   {QStringLiteral("reason"), QString(201, QLatin1Char('r'))}}
            << "reason";
        QTest::newRow("reason number")
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("busy")},
                   {QStringLiteral("reason"), 5}}
            << "reason";
    }
    void rejectsBadPresence()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 id = m_hub->user(QStringLiteral("agent1")).id;
        const QJsonObject before = user(id);
        const qint64 seq = head();
        const ApiReply r
            = put(QStringLiteral("/api/v1/me/presence"), body, QStringLiteral("agent1"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QCOMPARE(user(id), before);
        QCOMPARE(head(), seq);
    }

    void supervisorsSetOthersPresence()
    {
        const qint64 agent2 = m_hub->user(QStringLiteral("agent2")).id;
        const QString path = QStringLiteral("/api/v1/users/%1/presence").arg(agent2);
        const QJsonObject body{{QStringLiteral("state"), QStringLiteral("training")},
            {QStringLiteral("reason"), QStringLiteral("onboarding")}};
        const ApiReply r = put(path, body, QStringLiteral("supervisor"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), agent2);
        QCOMPARE(r.json[QLatin1String("presence")][QLatin1String("state")].toString(),
            QStringLiteral("training"));
        QCOMPARE(r.json[QLatin1String("presence")][QLatin1String("reason")].toString(),
            QStringLiteral("onboarding"));
        QCOMPARE(user(agent2).value(QLatin1String("presence")).toObject(),
            r.json.value(QLatin1String("presence")).toObject());
        QCOMPARE(put(path, body, QStringLiteral("admin")).status, 200);

        const QJsonObject before = user(agent2);
        const qint64 seq = head();
        const QJsonObject away{{QStringLiteral("state"), QStringLiteral("offline")}};
        ApiReply refused = put(path, away, QStringLiteral("agent1"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
        // Agents use /me/presence, even for themselves.
        refused = put(path, away, QStringLiteral("agent2"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(user(agent2), before);
        QCOMPARE(head(), seq);

        const ApiReply missing = put(
            QStringLiteral("/api/v1/users/999999/presence"), away, QStringLiteral("supervisor"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(head(), seq);
    }

    // --- Customers ---

    void pagesThroughCustomers()
    {
        QList<qint64> pagers;
        for (int i = 1; i <= 5; ++i)
            pagers.append(newCustomer(QStringLiteral("Zebulon Pager %1").arg(i),
                QStringLiteral("zebulon.pager%1@example.org").arg(i)));

        const QList<qint64> all = allCustomers(QString(), 2);
        QVERIFY2(all.isEmpty() || all.first() > 0, qPrintable(QString::number(all.value(0))));
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i) > all.at(i - 1));
        for (const qint64 id : pagers)
            QVERIFY(all.contains(id));
        QCOMPARE(all, allCustomers(QString(), 500));

        ApiReply r = m_api->get(
            QStringLiteral("/api/v1/customers?q=Zebulon&limit=2"), token(QStringLiteral("agent1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 2);
        QCOMPARE(r.items().at(0)[QLatin1String("id")].toInteger(), pagers.at(0));
        QCOMPARE(r.items().at(1)[QLatin1String("id")].toInteger(), pagers.at(1));
        QCOMPARE(r.json.value(QLatin1String("next_after")).toInteger(), pagers.at(1));
        r = m_api->get(
            QStringLiteral("/api/v1/customers?q=Zebulon&limit=2&after=%1").arg(pagers.at(3)),
            token(QStringLiteral("agent1")));
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0)[QLatin1String("id")].toInteger(), pagers.at(4));
        QVERIFY(r.json.value(QLatin1String("next_after")).isNull());
        QCOMPARE(allCustomers(QStringLiteral("q=Zebulon"), 2), pagers);
        // A full last page is followed by an empty one.
        r = m_api->get(QStringLiteral("/api/v1/customers?after=%1").arg(all.last()),
            token(QStringLiteral("agent1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 0);
        QVERIFY(r.json.value(QLatin1String("next_after")).isNull());
    }

    void customerListRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit zero") << "limit=0"
                                    << "limit";
        QTest::newRow("limit huge") << "limit=501"
                                    << "limit";
        QTest::newRow("limit text") << "limit=ten"
                                    << "limit";
        QTest::newRow("after negative") << "after=-1"
                                        << "after";
        QTest::newRow("after text") << "after=abc"
                                    << "after";
        QTest::newRow("after fraction") << "after=1.5"
                                        << "after";
    }
    void customerListRejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/customers?") + query, token(QStringLiteral("agent1")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(r.errorField(), field);
    }

    void searchesNamesAndIdentities()
    {
        const qint64 quincy = newCustomer(
            QStringLiteral("Quincy Searchable"), QStringLiteral("quincy.s@example.org"));
        const qint64 phone = customerWrites(Domain::ChannelKind::Sms,
            {0, Domain::IdentityKind::Phone, QStringLiteral("+4930555123")},
            QStringLiteral("Phoebe Phone"), QStringLiteral("Call me"), QStringLiteral("sms-search"))
                                 .customer.id;
        const qint64 percent
            = newCustomer(QStringLiteral("100% Cotton Ltd"), QStringLiteral("cotton@example.org"));
        const qint64 underscore = newCustomer(
            QStringLiteral("Uma Underscore"), QStringLiteral("uma.under_score@example.org"));

        QCOMPARE(search(QStringLiteral("Searchable")), QList<qint64>{quincy});
        QCOMPARE(search(QStringLiteral("searchABLE")), QList<qint64>{quincy});
        QCOMPARE(search(QStringLiteral("  Quincy  ")), QList<qint64>{quincy});
        // The identity, not the name, matches these.
        QCOMPARE(search(QStringLiteral("quincy.s@")), QList<qint64>{quincy});
        QCOMPARE(search(QStringLiteral("30555")), QList<qint64>{phone});
        QCOMPARE(search(QStringLiteral("+4930555123")), QList<qint64>{phone});
        // LIKE wildcards are plain characters in a search.
        QCOMPARE(search(QStringLiteral("%")), QList<qint64>{percent});
        QCOMPARE(search(QStringLiteral("0% C")), QList<qint64>{percent});
        QCOMPARE(search(QStringLiteral("_")), QList<qint64>{underscore});
        QCOMPARE(search(QStringLiteral("r_s")), QList<qint64>{underscore});
        QCOMPARE(search(QStringLiteral("Q%y")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("\\")), QList<qint64>());
        QCOMPARE(search(QStringLiteral("nobody-matches-this")), QList<qint64>());
    }

    void getsOneCustomer()
    {
        const auto in = customerWrites(Domain::ChannelKind::WhatsApp,
            {0, Domain::IdentityKind::WhatsApp, QStringLiteral("4917612345")},
            QStringLiteral("Greta Get"), QStringLiteral("Hallo"), QStringLiteral("wa-get"));
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/customers/%1").arg(in.customer.id),
            token(QStringLiteral("agent2")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), in.customer.id);
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Greta Get"));
        const QJsonArray identities = r.json.value(QLatin1String("identities")).toArray();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0)[QLatin1String("kind")].toString(), QStringLiteral("whatsapp"));
        QCOMPARE(identities.at(0)[QLatin1String("value")].toString(), QStringLiteral("4917612345"));
        QVERIFY(identities.at(0)[QLatin1String("id")].toInteger() > 0);
        QCOMPARE(r.json, in.customer.toJson());
        const ApiReply missing = m_api->get(
            QStringLiteral("/api/v1/customers/999999"), token(QStringLiteral("agent2")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    }

    void agentsEditCustomers()
    {
        const qint64 id
            = newCustomer(QStringLiteral("Petra Patch"), QStringLiteral("petra@example.org"));
        const QJsonObject before = customer(id);
        const QString path = QStringLiteral("/api/v1/customers/%1").arg(id);
        QTest::qWait(5);
        const ApiReply r = patch(path,
            {{QStringLiteral("name"), QStringLiteral("Petra Patchwork")},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip"), QStringLiteral("b2b")}},
                {QStringLiteral("notes"), QStringLiteral("Prefers e-mail for invoices.")}},
            QStringLiteral("agent1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Petra Patchwork"));
        QCOMPARE(r.json.value(QLatin1String("tags")).toArray(),
            (QJsonArray{QStringLiteral("vip"), QStringLiteral("b2b")}));
        QCOMPARE(r.json.value(QLatin1String("notes")).toString(),
            QStringLiteral("Prefers e-mail for invoices."));
        QCOMPARE(
            r.json.value(QLatin1String("identities")), before.value(QLatin1String("identities")));
        QCOMPARE(
            r.json.value(QLatin1String("created_at")), before.value(QLatin1String("created_at")));
        const auto updated
            = Domain::WireTime::parse(r.json.value(QLatin1String("updated_at")).toString());
        QVERIFY(updated);
        QVERIFY(*updated
            > *Domain::WireTime::parse(before.value(QLatin1String("updated_at")).toString()));
        QCOMPARE(customer(id), r.json);

        // Absent fields stay; null tags clear the list.
        const ApiReply cleared
            = patch(path, {{QStringLiteral("tags"), QJsonValue()}}, QStringLiteral("agent2"));
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json.value(QLatin1String("tags")).toArray(), QJsonArray());
        QCOMPARE(cleared.json.value(QLatin1String("name")).toString(),
            QStringLiteral("Petra Patchwork"));
        QCOMPARE(cleared.json.value(QLatin1String("notes")).toString(),
            QStringLiteral("Prefers e-mail for invoices."));
    }

    void rejectsBadCustomerChanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("name empty") << "name" << QJsonValue(QString()) << "name";
        QTest::newRow("name blank") << "name" << QJsonValue(QStringLiteral(" \t ")) << "name";
        QTest::newRow("name null") << "name" << QJsonValue() << "name";
        QTest::newRow("name number") << "name" << QJsonValue(9) << "name";
        QTest::newRow("tags text") << "tags" << QJsonValue(QStringLiteral("vip")) << "tags";
        QTest::newRow("tags numbers") << "tags" << QJsonValue(QJsonArray{1, 2}) << "tags";
        QTest::newRow("tags object")
            << "tags" << QJsonValue(QJsonObject{{QStringLiteral("vip"), true}}) << "tags";
        QTest::newRow("notes number") << "notes" << QJsonValue(3) << "notes";
        QTest::newRow("notes too long")
            << "notes" << QJsonValue(QString(20001, QLatin1Char('n'))) << "notes";
        QTest::newRow("language number") << "language" << QJsonValue(49) << "language";
        QTest::newRow("language not a tag")
            << "language" << QJsonValue(QStringLiteral("German")) << "language";
        QTest::newRow("name too long")
            << "name" << QJsonValue(QString(201, QLatin1Char('n'))) << "name";
        QTest::newRow("tag blank")
            << "tags" << QJsonValue(QJsonArray{QStringLiteral(" ")}) << "tags";
        QTest::newRow("tag too long")
            << "tags" << QJsonValue(QJsonArray{QString(65, QLatin1Char('t'))}) << "tags";
        QTest::newRow("too many tags") << "tags" << QJsonValue(QJsonArray::fromStringList([] {
            QStringList l;
            for (int i = 0; i < 51; ++i)
                l.append(QStringLiteral("t%1").arg(i));
            return l;
        }())) << "tags";
    }
    void rejectsBadCustomerChanges()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const qint64 id = m_replayCustomer;
        const QJsonObject before = customer(id);
        const qint64 seq = head();
        const ApiReply r = patch(QStringLiteral("/api/v1/customers/%1").arg(id), {{key, value}},
            QStringLiteral("agent1"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QCOMPARE(customer(id), before);
        QCOMPARE(head(), seq);
    }

    void editingAnUnknownCustomer()
    {
        const qint64 seq = head();
        const ApiReply r = patch(QStringLiteral("/api/v1/customers/999999"),
            {{QStringLiteral("notes"), QStringLiteral("x")}}, QStringLiteral("agent1"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(head(), seq);
    }

    void timelineMergesChannelsAndCalls()
    {
        const Domain::Identity phone{0, Domain::IdentityKind::Phone, QStringLiteral("+4930111222")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Stored out of time order on purpose: the timeline sorts by time, not by id.
        const auto whatsapp = customerWrites(Domain::ChannelKind::WhatsApp, phone,
            QStringLiteral("Tim Timeline"), QStringLiteral("WhatsApp: any news?"),
            QStringLiteral("wa-timeline"), now.addSecs(-3600));
        const auto sms = customerWrites(Domain::ChannelKind::Sms, phone,
            QStringLiteral("Tim Timeline"), QStringLiteral("SMS: my line is dead"),
            QStringLiteral("sms-timeline"), now.addSecs(-3 * 3600));
        QCOMPARE(sms.customer.id, whatsapp.customer.id);
        const qint64 customerId = whatsapp.customer.id;

        Domain::CallRecord call;
        call.direction = Domain::CallDirection::Inbound;
        call.fromNumber = phone.value;
        call.toNumber = QStringLiteral("+4930000000");
        call.agentId = m_hub->user(QStringLiteral("agent1")).id;
        call.offeredAt = now.addSecs(-2 * 3600);
        call.answeredAt = call.offeredAt.addSecs(5);
        call.endedAt = call.offeredAt.addSecs(125);
        call.durationSeconds = 120;
        call = m_hub->hub().inbound().recordCall(call, phone, QStringLiteral("Tim Timeline"));
        QCOMPARE(call.customerId, customerId);

        const ApiReply note = m_api->post(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(sms.conversation.id),
            {{QStringLiteral("kind"), QStringLiteral("note")},
                {QStringLiteral("body"), QStringLiteral("Line fault logged, ticket 77")},
                {QStringLiteral("client_id"), newClientId()}},
            token(QStringLiteral("supervisor")));
        QCOMPARE(note.status, 201);
        // Someone else's history stays out of it.
        newCustomer(QStringLiteral("Olga Other"), QStringLiteral("olga@example.org"));

        const ApiReply r
            = m_api->get(QStringLiteral("/api/v1/customers/%1/timeline").arg(customerId),
                token(QStringLiteral("agent2")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QLatin1String("customer")][QLatin1String("id")].toInteger(), customerId);
        QCOMPARE(r.json.value(QLatin1String("truncated")).toBool(true), false);

        const QJsonArray items = r.items();
        QStringList types;
        QStringList what;
        QDateTime previous;
        for (const QJsonValue &item : items) {
            const QString type = item[QLatin1String("type")].toString();
            types.append(type);
            const auto at = Domain::WireTime::parse(item[QLatin1String("at")].toString());
            QVERIFY2(at, qPrintable(item[QLatin1String("at")].toString()));
            if (previous.isValid())
                QVERIFY2(*at >= previous, qPrintable(item[QLatin1String("at")].toString()));
            previous = *at;
            if (type == QLatin1String("message")) {
                const QJsonObject m = item[QLatin1String("message")].toObject();
                QCOMPARE(m.value(QLatin1String("customer_id")).toInteger(), customerId);
                QCOMPARE(item[QLatin1String("at")], m.value(QLatin1String("created_at")));
                what.append(m.value(QLatin1String("kind")).toString() + QLatin1Char(':')
                    + m.value(QLatin1String("channel")).toString());
            } else {
                const QJsonObject c = item[QLatin1String("call")].toObject();
                QCOMPARE(c.value(QLatin1String("customer_id")).toInteger(), customerId);
                QCOMPARE(item[QLatin1String("at")], c.value(QLatin1String("offered_at")));
                QCOMPARE(c.value(QLatin1String("id")).toInteger(), call.id);
                what.append(QStringLiteral("call"));
            }
        }
        QCOMPARE(types,
            (QStringList{QStringLiteral("message"), QStringLiteral("call"),
                QStringLiteral("message"), QStringLiteral("message")}));
        QCOMPARE(what,
            (QStringList{QStringLiteral("inbound:sms"), QStringLiteral("call"),
                QStringLiteral("inbound:whatsapp"), QStringLiteral("note:sms")}));
        QCOMPARE(items.at(3)[QLatin1String("message")][QLatin1String("body")].toString(),
            QStringLiteral("Line fault logged, ticket 77"));

        QList<qint64> conversations;
        for (const QJsonValue &c : r.json.value(QLatin1String("conversations")).toArray()) {
            QCOMPARE(c[QLatin1String("customer_id")].toInteger(), customerId);
            conversations.append(c[QLatin1String("id")].toInteger());
        }
        std::sort(conversations.begin(), conversations.end());
        QList<qint64> expected{whatsapp.conversation.id, sms.conversation.id, *call.conversationId};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(conversations, expected);

        const ApiReply missing = m_api->get(
            QStringLiteral("/api/v1/customers/999999/timeline"), token(QStringLiteral("agent2")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    }

    void timelinesOfManyCustomersAtOnce()
    {
        const qint64 first
            = newCustomer(QStringLiteral("Tara Together"), QStringLiteral("tara@example.org"));
        const qint64 second
            = newCustomer(QStringLiteral("Uwe Together"), QStringLiteral("uwe@example.org"));
        const QString agent = token(QStringLiteral("agent2"));
        const ApiReply r = m_api->get(
            QStringLiteral("/api/v1/customers/timelines?ids=%1,999999,%2").arg(second).arg(first),
            agent);
        QCOMPARE(r.status, 200);
        // In the order asked for, each the same as its own GET /customers/{id}/timeline.
        const QJsonArray items = r.items();
        QCOMPARE(items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const qint64 id = i == 0 ? second : first;
            const ApiReply single
                = m_api->get(QStringLiteral("/api/v1/customers/%1/timeline").arg(id), agent);
            QCOMPARE(single.status, 200);
            QCOMPARE(items.at(i).toObject(), single.json);
        }
        QCOMPARE(r.json.value(QLatin1String("missing")).toArray(), QJsonArray{999999});

        QStringList tooMany;
        for (int i = 1; i <= 101; ++i)
            tooMany << QString::number(i);
        for (const QString &query : QStringList{QString(), QStringLiteral("?ids="),
                 QStringLiteral("?ids=1,,2"), QStringLiteral("?ids=07"), QStringLiteral("?ids=-1"),
                 QStringLiteral("?ids=0"), QStringLiteral("?ids=1,1"), QStringLiteral("?ids=x"),
                 QString(QStringLiteral("?ids=") + tooMany.join(QLatin1Char(',')))}) {
            const ApiReply bad
                = m_api->get(QStringLiteral("/api/v1/customers/timelines") + query, agent);
            QVERIFY2(bad.status == 400, qPrintable(query));
            QCOMPARE(bad.errorCode(), QStringLiteral("invalid_parameter"));
            QCOMPARE(bad.json[QLatin1String("error")][QLatin1String("field")].toString(),
                QStringLiteral("ids"));
        }
        // A hundred is the most, and signing in is required.
        tooMany.removeLast();
        QCOMPARE(m_api
                     ->get(QStringLiteral("/api/v1/customers/timelines?ids=")
                             + tooMany.join(QLatin1Char(',')),
                         agent)
                     .status,
            200);
        QCOMPARE(
            m_api->get(QStringLiteral("/api/v1/customers/timelines?ids=1"), QString()).status, 401);
    }

    // --- Idempotency ---

    void writesAreStoredOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        //! Someone else who may make the same write with the same client id; empty for none.
        QTest::addColumn<QString>("other");
        const qint64 agent2 = m_hub->user(QStringLiteral("agent2")).id;
        QTest::newRow("edit customer")
            << QByteArray("PATCH") << QStringLiteral("/api/v1/customers/%1").arg(m_replayCustomer)
            << QJsonObject{{QStringLiteral("notes"), QStringLiteral("Replayed note")}} << "agent2"
            << 200 << "agent1";
        QTest::newRow("edit user")
            << QByteArray("PATCH") << QStringLiteral("/api/v1/users/%1").arg(agent2)
            << QJsonObject{{QStringLiteral("skills"), QJsonArray{QStringLiteral("replay")}}}
            << "admin" << 200 << "";
        QTest::newRow("own presence")
            << QByteArray("PUT") << QStringLiteral("/api/v1/me/presence")
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("busy")}} << "agent2" << 200
            << "agent1";
        QTest::newRow("other's presence")
            << QByteArray("PUT") << QStringLiteral("/api/v1/users/%1/presence").arg(agent2)
            << QJsonObject{{QStringLiteral("state"), QStringLiteral("available")}} << "supervisor"
            << 200 << "admin";
        QTest::newRow("create user") << QByteArray("POST") << QStringLiteral("/api/v1/users")
                                     << newUser(QStringLiteral("replayed")) << "admin" << 201 << "";
    }
    void writesAreStoredOnce()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, other);
        QString clientId = QStringLiteral("replay-") + QLatin1String(QTest::currentDataTag());
        clientId.replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('\''));
        body.insert(QStringLiteral("client_id"), clientId);
        const qsizetype users = m_hub->hub().storage().users().all().size();
        const qint64 before = head();
        const ApiReply first = m_api->request(method, path, body, token(caller));
        QCOMPARE(first.status, status);
        QVERIFY(first.header("Idempotent-Replay").isEmpty());
        const qint64 afterFirst = head();
        QVERIFY(afterFirst > before);

        const ApiReply second = m_api->request(method, path, body, token(caller));
        QCOMPARE(second.status, status);
        QCOMPARE(second.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(second.json, first.json);
        QCOMPARE(head(), afterFirst);
        QCOMPARE(m_hub->hub().storage().users().all().size(), users + (method == "POST" ? 1 : 0));

        // Client ids are per user: a colleague's identical id is an unrelated write of their own.
        if (!other.isEmpty()) {
            const ApiReply third = m_api->request(method, path, body, token(other));
            QCOMPARE(third.status, status);
            QVERIFY(third.header("Idempotent-Replay").isEmpty());
            QVERIFY(head() > afterFirst);
        }
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
