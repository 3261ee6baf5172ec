// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A supervisor's merge and split of customers from the desktop, against a hub in this process:
// sent through the outbox once, applied to the supervisor's cache and, through the stream, to an
// agent's; an agent's attempt refused by the hub with its reason, changing nothing.
#include "ApiClient.h"
#include "SyncedDesktop.h"
#include "TestHub.h"
#include "service/InboundService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using Domain::ChannelKind;
using Domain::IdentityKind;
using Sync::SyncState;

namespace {
constexpr int Long = 30000;
} // namespace

class CustomerRecordsSyncTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    QString m_supervisorToken;
    QString m_agentToken;
    std::unique_ptr<SyncedDesktop> m_supervisor;
    std::unique_ptr<SyncedDesktop> m_agent;

    //! A customer writing in on a channel, waiting in the queue (so every desktop holds it).
    Hub::InboundResult writes(
        ChannelKind channel, IdentityKind kind, const QString &address, const QString &name)
    {
        Hub::InboundMessage m;
        m.channel = channel;
        m.sender = {0, kind, address};
        m.senderName = name;
        m.threadId = address;
        m.body = QStringLiteral("Hello, it is ") + name;
        return m_hub->hub().inbound().receive(m);
    }
    static bool ownedBy(SyncedDesktop &d, Domain::Id conversation, Domain::Id customer)
    {
        const auto c = d.reader().conversation(conversation);
        return c && c->customerId == customer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        m_supervisorToken = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        m_agentToken = m_api->login(QStringLiteral("agent1"), TestHub::password());
        QVERIFY(!m_supervisorToken.isEmpty() && !m_agentToken.isEmpty());
        m_supervisor = std::make_unique<SyncedDesktop>();
        m_agent = std::make_unique<SyncedDesktop>();
        QVERIFY(m_supervisor->open(m_dir.filePath(QStringLiteral("supervisor.sqlite"))));
        QVERIFY(m_agent->open(m_dir.filePath(QStringLiteral("agent.sqlite"))));
        m_supervisor->start(
            m_hub->url(), m_supervisorToken, m_hub->user(QStringLiteral("supervisor")));
        m_agent->start(m_hub->url(), m_agentToken, m_hub->user(QStringLiteral("agent1")));
        QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->engine->state(), SyncState::Live, Long);
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->engine->state(), SyncState::Live, Long);
    }

    void supervisorMergesAndEveryDesktopFollows()
    {
        const auto mail = writes(ChannelKind::Email, IdentityKind::Email,
            QStringLiteral("luca@example.it"), QStringLiteral("Luca Bianchi"));
        const auto text = writes(ChannelKind::Sms, IdentityKind::Phone,
            QStringLiteral("+393331234567"), QStringLiteral("Luca B."));
        const Domain::Id kept = mail.customer.id;
        const Domain::Id merged = text.customer.id;
        for (SyncedDesktop *d : {m_supervisor.get(), m_agent.get()})
            QTRY_VERIFY_WITH_TIMEOUT(ownedBy(*d, text.conversation.id, merged), Long);

        m_supervisor->engine->queueMergeCustomers(kept, merged);
        QTRY_VERIFY_WITH_TIMEOUT(m_supervisor->outbox().isEmpty(), Long);
        QVERIFY(m_supervisor->rejections.isEmpty());
        // The hub did it once.
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/customers/%1").arg(merged), m_supervisorToken)
                     .status,
            404);
        // Both desktops now show one person with both conversations.
        for (SyncedDesktop *d : {m_supervisor.get(), m_agent.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(!d->reader().customer(merged).has_value(), Long);
            QVERIFY(ownedBy(*d, text.conversation.id, kept));
            QCOMPARE(d->reader().customer(kept)->identities.size(), 2);
            QCOMPARE(d->reader().message(text.message.id)->customerId, kept);
        }
    }

    void supervisorSplitsAndEveryDesktopFollows()
    {
        const auto mail = writes(ChannelKind::Email, IdentityKind::Email,
            QStringLiteral("familie@example.de"), QStringLiteral("Familie Weber"));
        const auto text = writes(ChannelKind::Sms, IdentityKind::Phone,
            QStringLiteral("+4917612345678"), QStringLiteral("Familie Weber"));
        const Domain::Id id = mail.customer.id;
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/v1/customers/%1/merge").arg(id),
                         {{QStringLiteral("customer_id"), text.customer.id},
                             {QStringLiteral("client_id"), newClientId()}},
                         m_supervisorToken)
                     .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(ownedBy(*m_agent, text.conversation.id, id), Long);
        Domain::Id phone = 0;
        const auto merged = m_agent->reader().customer(id);
        QVERIFY(merged);
        for (const Domain::Identity &identity : merged->identities) {
            if (identity.kind == IdentityKind::Phone)
                phone = identity.id;
        }
        QVERIFY(phone > 0);

        m_supervisor->engine->queueSplitCustomer(
            id, {phone}, {text.conversation.id}, QStringLiteral("Jonas Weber"));
        QTRY_VERIFY_WITH_TIMEOUT(m_supervisor->outbox().isEmpty(), Long);
        for (SyncedDesktop *d : {m_supervisor.get(), m_agent.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(!ownedBy(*d, text.conversation.id, id), Long);
            const Domain::Id newId = d->reader().conversation(text.conversation.id)->customerId;
            QCOMPARE(d->reader().customer(newId)->name, QStringLiteral("Jonas Weber"));
            QCOMPARE(d->reader().customer(id)->identities.size(), 1);
            QVERIFY(ownedBy(*d, mail.conversation.id, id));
        }
    }

    void anAgentsMergeIsRefusedAndChangesNothing()
    {
        const auto a = writes(ChannelKind::Email, IdentityKind::Email,
            QStringLiteral("ana@example.pt"), QStringLiteral("Ana"));
        const auto b = writes(ChannelKind::Sms, IdentityKind::Phone,
            QStringLiteral("+351912345678"), QStringLiteral("Ana S."));
        QTRY_VERIFY_WITH_TIMEOUT(ownedBy(*m_agent, b.conversation.id, b.customer.id), Long);

        m_agent->engine->queueMergeCustomers(a.customer.id, b.customer.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->rejections.size(), 1, Long);
        const Store::OutboxItem refused = m_agent->rejections.first();
        QCOMPARE(refused.kind, Store::OutboxItem::Kind::MergeCustomers);
        QCOMPARE(refused.errorCode, QStringLiteral("forbidden"));
        QVERIFY(!refused.errorMessage.isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/customers/%1").arg(b.customer.id), m_agentToken)
                     .status,
            200);
        QVERIFY(m_agent->reader().customer(b.customer.id).has_value());
        QVERIFY(ownedBy(*m_agent, b.conversation.id, b.customer.id));
    }
};

QTEST_GUILESS_MAIN(CustomerRecordsSyncTest)
#include "tst_customer_records_sync.moc"
