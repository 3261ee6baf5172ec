// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/User.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace Switchboard::Hub {

class AccessPolicy;
class EventRecorder;
class PeopleService;
class Storage;

//! Fills an empty hub with a realistic contact centre: an admin, a supervisor, five agents
//! with skills and languages, and a few hundred customers with histories on every channel in
//! four languages. Deterministic (fixed seed), and done once per database.
class DemoSeeder
{
public:
    //! data: the demo's ingredients, as data() reads them.
    DemoSeeder(Storage &storage, PeopleService &people, EventRecorder &events,
        const AccessPolicy &access, QJsonObject data);

    //! Seeds unless this database was seeded before; true if it seeded now.
    bool seedOnce();

    //! A name without accents, spaces or capitals: a plausible email local part or handle.
    static QString asciiSlug(const QString &text);
    //! The demo's ingredients (resources/demo/demo.json); throws StorageError if missing.
    static QJsonObject data();
    //! The password of every demo user (documented in the README).
    static QString demoPassword() { return QStringLiteral("switchboard"); }
    static constexpr int CustomerCount = 320;
    //! The demo's reply policy (brand contacts and two admin rules) as PUT /api/v1/policy takes
    //! it.
    QJsonObject replyPolicy() const;
    //! The demo's topic rules as PUT /api/v1/topic-rules takes them.
    QJsonObject topicRules() const;
    //! The demo's queues, each as POST /api/v1/queues takes it (without client_id), in order.
    QList<QJsonObject> queues() const;

private:
    void seedUsers();
    void seedCustomer(int index);
    void seedThread(const Domain::Customer &customer, const QString &firstName,
        Domain::ChannelKind channel, const QDateTime &start);
    const Domain::User &agentFor(const QString &language);
    QString pick(const QJsonArray &list);
    QString fill(QString text, const QString &firstName, const QString &agentName) const;

    Storage &m_storage;
    PeopleService &m_people;
    EventRecorder &m_events;
    const AccessPolicy &m_access;
    QJsonObject m_data;
    QRandomGenerator m_random;
    QList<Domain::User> m_agents;
    QDateTime m_now;
};

} // namespace Switchboard::Hub
