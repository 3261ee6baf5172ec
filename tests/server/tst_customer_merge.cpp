// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "TestHub.h"
#include "domain/Event.h"
#include "service/InboundService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

//! Supervisors merging two records of one person and splitting one record of two people:
//! POST /api/v1/customers/{id}/merge and /split, their events and audit entries.
class TestCustomerMerge : public QObject
{
    Q_OBJECT

private:
    QString token(const QString &username) const { return m_tokens.value(username); }
    ApiReply post(const QString &path, QJsonObject body, const QString &caller)
    {
        if (!body.contains(QLatin1String("client_id")))
            body.insert(QStringLiteral("client_id"), newClientId());
        return m_api->post(path, body, token(caller));
    }
    ApiReply merge(qint64 into, qint64 from, const QString &caller = QStringLiteral("supervisor"))
    {
        return post(QStringLiteral("/api/v1/customers/%1/merge").arg(into),
            {{QStringLiteral("customer_id"), from}}, caller);
    }
    ApiReply split(
        qint64 id, const QJsonObject &body, const QString &caller = QStringLiteral("supervisor"))
    {
        return post(QStringLiteral("/api/v1/customers/%1/split").arg(id), body, caller);
    }
    ApiReply customer(qint64 id)
    {
        return m_api->get(
            QStringLiteral("/api/v1/customers/%1").arg(id), token(QStringLiteral("agent1")));
    }
    QJsonObject timeline(qint64 id)
    {
        return m_api
            ->get(QStringLiteral("/api/v1/customers/%1/timeline").arg(id),
                token(QStringLiteral("agent1")))
            .json;
    }
    //! Everything the API shows of the customers: what a refused request must leave alone.
    QByteArray snapshot(const QList<qint64> &ids)
    {
        QByteArray out;
        for (const qint64 id : ids)
            out += QJsonDocument(customer(id).json).toJson() + QJsonDocument(timeline(id)).toJson();
        return out;
    }
    Hub::InboundResult writes(Domain::ChannelKind channel, Domain::IdentityKind kind,
        const QString &address, const QString &name, const QString &thread)
    {
        Hub::InboundMessage m;
        m.channel = channel;
        m.sender = {0, kind, address};
        m.senderName = name;
        m.threadId = thread;
        m.body = QStringLiteral("Hello from ") + address;
        return m_hub->hub().inbound().receive(m);
    }
    Domain::CallRecord calls(const QString &number, const QString &name)
    {
        Domain::CallRecord call;
        call.direction = Domain::CallDirection::Inbound;
        call.fromNumber = number;
        call.toNumber = QStringLiteral("+442000000000");
        call.offeredAt = QDateTime::currentDateTimeUtc();
        return m_hub->hub().inbound().recordCall(
            call, {0, Domain::IdentityKind::Phone, number}, name);
    }
    //! Events after seq of one type, as the supervisor's catch-up read gives them.
    QJsonArray eventsSince(qint64 seq, QLatin1String type)
    {
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/events?since=%1").arg(seq),
            token(QStringLiteral("supervisor")));
        QJsonArray out;
        for (const QJsonValue &e : r.json.value(QLatin1String("events")).toArray()) {
            if (e[QLatin1String("type")].toString() == type)
                out.append(e[QLatin1String("data")]);
        }
        return out;
    }
    QJsonArray audit(const QString &action)
    {
        return m_api
            ->get(QStringLiteral("/api/v1/audit?action=%1").arg(action),
                token(QStringLiteral("supervisor")))
            .items();
    }
    qint64 head()
    {
        return qint64(m_api->get(QStringLiteral("/healthz"), {})
                          .json.value(QLatin1String("event_seq"))
                          .toDouble());
    }
    static QSet<QString> identityValues(const QJsonObject &customer)
    {
        QSet<QString> out;
        for (const QJsonValue &i : customer.value(QLatin1String("identities")).toArray())
            out.insert(i[QLatin1String("value")].toString());
        return out;
    }
    //! The timeline's records of one type ("message" or "call").
    static QJsonArray records(const QJsonObject &timeline, QLatin1String type)
    {
        QJsonArray out;
        for (const QJsonValue &item : timeline.value(QLatin1String("items")).toArray()) {
            if (item[QLatin1String("type")].toString() == type)
                out.append(item[type]);
        }
        return out;
    }
    static QSet<qint64> conversationIds(const QJsonObject &timeline)
    {
        QSet<qint64> out;
        for (const QJsonValue &c : timeline.value(QLatin1String("conversations")).toArray())
            out.insert(c[QLatin1String("id")].toInteger());
        return out;
    }

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QMap<QString, QString> m_tokens;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        for (const char *name : {"admin", "supervisor", "agent1"}) {
            const QString t = m_api->login(QLatin1String(name), TestHub::password());
            QVERIFY2(!t.isEmpty(), name);
            m_tokens.insert(QLatin1String(name), t);
        }
    }

    void mergeMovesEverythingAndRemovesTheOtherRecord()
    {
        const auto byEmail = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("ines@example.org"), QStringLiteral("Inês Duarte"),
            QStringLiteral("<m1@example.org>"));
        const auto call = calls(QStringLiteral("+351911000111"), QStringLiteral("I. Duarte"));
        const qint64 into = byEmail.customer.id;
        const qint64 from = call.customerId;
        QVERIFY(into != from);
        // Tags and notes on both, to see them joined.
        QCOMPARE(m_api
                     ->request("PATCH", QStringLiteral("/api/v1/customers/%1").arg(into),
                         {{QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")}},
                             {QStringLiteral("notes"), QStringLiteral("Prefers email.")},
                             {QStringLiteral("client_id"), newClientId()}},
                         token(QStringLiteral("agent1")))
                     .status,
            200);
        QCOMPARE(m_api
                     ->request("PATCH", QStringLiteral("/api/v1/customers/%1").arg(from),
                         {{QStringLiteral("tags"),
                              QJsonArray{QStringLiteral("vip"), QStringLiteral("callback")}},
                             {QStringLiteral("notes"), QStringLiteral("Calls after six.")},
                             {QStringLiteral("client_id"), newClientId()}},
                         token(QStringLiteral("agent1")))
                     .status,
            200);
        const QSet<qint64> expectedConversations
            = conversationIds(timeline(into)) + conversationIds(timeline(from));
        const qint64 before = head();

        const ApiReply r = merge(into, from);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("id")).toInteger(), into);
        QCOMPARE(identityValues(r.json),
            (QSet<QString>{QStringLiteral("ines@example.org"), QStringLiteral("+351911000111")}));
        QCOMPARE(r.json.value(QLatin1String("tags")).toArray(),
            (QJsonArray{QStringLiteral("vip"), QStringLiteral("callback")}));
        QCOMPARE(r.json.value(QLatin1String("notes")).toString(),
            QStringLiteral("Prefers email.\n\nCalls after six."));

        QCOMPARE(customer(from).status, 404);
        const QJsonObject merged = timeline(into);
        QCOMPARE(conversationIds(merged), expectedConversations);
        bool callThere = false;
        for (const QJsonValue &c : records(merged, QLatin1String("call")))
            callThere |= c[QLatin1String("id")].toInteger() == call.id
                && c[QLatin1String("customer_id")].toInteger() == into;
        QVERIFY(callThere);
        QCOMPARE(records(merged, QLatin1String("message")).size(), 1);
        for (const QJsonValue &m : records(merged, QLatin1String("message")))
            QCOMPARE(m[QLatin1String("customer_id")].toInteger(), into);

        // Announced once, with the record kept and the one gone.
        const QJsonArray events = eventsSince(before, Domain::EventType::CustomerMerged);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QLatin1String("merged_id")].toInteger(), from);
        QCOMPARE(events[0][QLatin1String("customer")][QLatin1String("id")].toInteger(), into);
        // Audited with who did it.
        const QJsonArray entries = audit(QStringLiteral("customer.merge"));
        QVERIFY(!entries.isEmpty());
        const QJsonObject entry = entries.last().toObject();
        QCOMPARE(entry.value(QLatin1String("user_id")).toInteger(),
            m_hub->user(QStringLiteral("supervisor")).id);
        QCOMPARE(
            entry.value(QLatin1String("details"))[QLatin1String("merged_id")].toInteger(), from);

        // The person calling again now reaches the record kept.
        QCOMPARE(calls(QStringLiteral("+351911000111"), QString()).customerId, into);
    }

    void mergeRefusalsChangeNothing()
    {
        const qint64 a = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("a@example.net"), QStringLiteral("Ada"), QStringLiteral("<a@x>"))
                             .customer.id;
        const qint64 b = writes(Domain::ChannelKind::Sms, Domain::IdentityKind::Phone,
            QStringLiteral("+4915100000001"), QStringLiteral("Ada L."), QStringLiteral("sms-a"))
                             .customer.id;
        const QByteArray before = snapshot({a, b});
        const int audited = audit(QStringLiteral("customer.merge")).size();

        QCOMPARE(merge(a, b, QStringLiteral("agent1")).status, 403);
        QCOMPARE(merge(a, a).status, 400);
        QCOMPARE(merge(a, 999999).status, 404);
        QCOMPARE(merge(999999, b).status, 404);
        const ApiReply wrongType = post(QStringLiteral("/api/v1/customers/%1/merge").arg(a),
            {{QStringLiteral("customer_id"), QStringLiteral("two")}}, QStringLiteral("supervisor"));
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.errorField(), QStringLiteral("customer_id"));
        const ApiReply malformed
            = m_api->raw("POST", QStringLiteral("/api/v1/customers/%1/merge").arg(a),
                "{\"customer_id\": ", "application/json", token(QStringLiteral("supervisor")));
        QCOMPARE(malformed.status, 400);

        QCOMPARE(snapshot({a, b}), before);
        QCOMPARE(audit(QStringLiteral("customer.merge")).size(), audited);
    }

    void mergeIsIdempotentPerClientId()
    {
        const qint64 a = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("twice@example.net"), QStringLiteral("Tw"), QStringLiteral("<t@x>"))
                             .customer.id;
        const qint64 b = writes(Domain::ChannelKind::Sms, Domain::IdentityKind::Phone,
            QStringLiteral("+4915100000002"), QStringLiteral("Tw"), QStringLiteral("sms-t"))
                             .customer.id;
        const int audited = audit(QStringLiteral("customer.merge")).size();
        const QJsonObject body{
            {QStringLiteral("customer_id"), b}, {QStringLiteral("client_id"), newClientId()}};
        const ApiReply first = post(QStringLiteral("/api/v1/customers/%1/merge").arg(a), body,
            QStringLiteral("supervisor"));
        const ApiReply again = post(QStringLiteral("/api/v1/customers/%1/merge").arg(a), body,
            QStringLiteral("supervisor"));
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, first.json);
        QCOMPARE(audit(QStringLiteral("customer.merge")).size(), audited + 1);
    }

    void splitMovesWhatWasChosen()
    {
        // One record that turned out to be two people: a shared family phone and an email.
        const auto mail = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("marta@example.es"), QStringLiteral("Marta Ruiz"),
            QStringLiteral("<marta1@example.es>"));
        const qint64 id = mail.customer.id;
        const qint64 other
            = calls(QStringLiteral("+34600111222"), QStringLiteral("Pablo")).customerId;
        QCOMPARE(merge(id, other).status, 200);
        const QJsonObject card = customer(id).json;
        qint64 phoneIdentity = 0;
        for (const QJsonValue &i : card.value(QLatin1String("identities")).toArray()) {
            if (i[QLatin1String("value")].toString() == QLatin1String("+34600111222"))
                phoneIdentity = i[QLatin1String("id")].toInteger();
        }
        QVERIFY(phoneIdentity > 0);
        QList<qint64> voice;
        for (const QJsonValue &c : timeline(id).value(QLatin1String("conversations")).toArray()) {
            if (c[QLatin1String("channel")].toString() == QLatin1String("voice"))
                voice.append(c[QLatin1String("id")].toInteger());
        }
        QCOMPARE(voice.size(), 1);
        const qint64 before = head();

        const ApiReply r = split(id,
            {{QStringLiteral("identity_ids"), QJsonArray{phoneIdentity}},
                {QStringLiteral("conversation_ids"), QJsonArray{voice.first()}},
                {QStringLiteral("name"), QStringLiteral("Pablo Ruiz")}});
        QCOMPARE(r.status, 201);
        const QJsonObject kept = r.json.value(QLatin1String("customer")).toObject();
        const QJsonObject created = r.json.value(QLatin1String("new_customer")).toObject();
        const qint64 newId = created.value(QLatin1String("id")).toInteger();
        QCOMPARE(kept.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(identityValues(kept), QSet<QString>{QStringLiteral("marta@example.es")});
        QCOMPARE(identityValues(created), QSet<QString>{QStringLiteral("+34600111222")});
        QCOMPARE(created.value(QLatin1String("name")).toString(), QStringLiteral("Pablo Ruiz"));

        const QJsonObject moved = timeline(newId);
        QCOMPARE(conversationIds(moved), QSet<qint64>{voice.first()});
        QCOMPARE(records(moved, QLatin1String("call")).size(), 1);
        QVERIFY(!conversationIds(timeline(id)).contains(voice.first()));
        QVERIFY(records(timeline(id), QLatin1String("call")).isEmpty());
        QCOMPARE(records(timeline(id), QLatin1String("message")).size(), 1);

        const QJsonArray events = eventsSince(before, Domain::EventType::CustomerSplit);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QLatin1String("new_customer")][QLatin1String("id")].toInteger(), newId);
        QCOMPARE(events[0][QLatin1String("conversation_ids")].toArray(), QJsonArray{voice.first()});
        const QJsonObject entry = audit(QStringLiteral("customer.split")).last().toObject();
        QCOMPARE(
            entry.value(QLatin1String("details"))[QLatin1String("new_customer_id")].toInteger(),
            newId);

        // A text from the phone now belongs to the new record.
        QCOMPARE(writes(Domain::ChannelKind::Sms, Domain::IdentityKind::Phone,
                     QStringLiteral("+34600111222"), QString(), QStringLiteral("sms-pablo"))
                     .customer.id,
            newId);
    }

    void splitRefusalsChangeNothing()
    {
        const auto first = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("solo@example.fr"), QStringLiteral("Solène"), QStringLiteral("<s@x>"));
        const qint64 id = first.customer.id;
        const qint64 identity = customer(id)
                                    .json.value(QLatin1String("identities"))[0][QLatin1String("id")]
                                    .toInteger();
        const auto stranger = writes(Domain::ChannelKind::Email, Domain::IdentityKind::Email,
            QStringLiteral("other@example.fr"), QStringLiteral("Other"), QStringLiteral("<o@x>"));
        const qint64 strangerIdentity
            = customer(stranger.customer.id)
                  .json.value(QLatin1String("identities"))[0][QLatin1String("id")]
                  .toInteger();
        const QByteArray before = snapshot({id, stranger.customer.id});

        // Nothing named, someone else's identity or conversation, everything, bad types, agent.
        QCOMPARE(split(id, {}).status, 400);
        QCOMPARE(split(id, {{QStringLiteral("identity_ids"), QJsonArray{strangerIdentity}}}).status,
            400);
        QCOMPARE(
            split(id, {{QStringLiteral("conversation_ids"), QJsonArray{stranger.conversation.id}}})
                .status,
            400);
        QCOMPARE(split(id,
                     {{QStringLiteral("identity_ids"), QJsonArray{identity}},
                         {QStringLiteral("conversation_ids"), QJsonArray{first.conversation.id}}})
                     .status,
            400);
        const ApiReply wrongType
            = split(id, {{QStringLiteral("identity_ids"), QJsonArray{QStringLiteral("x")}}});
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.errorField(), QStringLiteral("identity_ids"));
        QCOMPARE(
            split(id, {{QStringLiteral("identity_ids"), QJsonArray{identity, identity}}}).status,
            400);
        QCOMPARE(split(id, {{QStringLiteral("identity_ids"), QJsonArray{identity}}},
                     QStringLiteral("agent1"))
                     .status,
            403);
        QCOMPARE(
            split(999999, {{QStringLiteral("identity_ids"), QJsonArray{identity}}}).status, 404);

        QCOMPARE(snapshot({id, stranger.customer.id}), before);
    }
};

QTEST_GUILESS_MAIN(TestCustomerMerge)
#include "tst_customer_merge.moc"
