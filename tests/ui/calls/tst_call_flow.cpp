// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A call from ring to wrap-up through every layer: the telephony side records a call offered to
// agent1 on a hub in this process; the desktop's sync engine brings it into the cache; the
// call widgets pop it up; the agent's clicks go through the outbox to the hub's call control,
// and the hub's record shows each step.
#include "ApiClient.h"
#include "TestHub.h"
#include "calls/ActiveCallBar.h"
#include "calls/CallCoordinator.h"
#include "calls/IncomingCallDialog.h"
#include "calls/WrapUpDialog.h"
#include "item/CustomerDirectory.h"
#include "net/HttpClient.h"
#include "service/InboundService.h"
#include "storage/CallRepository.h"
#include "storage/Storage.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Switchboard;
using namespace Switchboard::Test;
using State = Domain::CallRecord::State;

namespace {
constexpr int Long = 30000;
}

class TestCallFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHub> m_hub;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    Domain::User m_me;
    qint64 m_agent2Id = 0;
    QString m_supervisor;
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Item::CustomerDirectory> m_directory;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Ui::CallCoordinator> m_calls;
    QSet<Domain::Id> m_changedCalls;
    int m_number = 0;

    Domain::CallRecord offer(std::optional<qint64> agent, const QString &name)
    {
        Domain::CallRecord call;
        call.direction = Domain::CallDirection::Inbound;
        call.fromNumber = QStringLiteral("+44770090%1").arg(++m_number, 4, 10, QLatin1Char('0'));
        call.toNumber = QStringLiteral("+442079460000");
        call.agentId = agent;
        call.offeredAt = QDateTime::currentDateTimeUtc();
        return m_hub->hub().inbound().recordCall(
            call, {0, Domain::IdentityKind::Phone, call.fromNumber}, name);
    }
    Domain::CallRecord onHub(qint64 id) { return *m_hub->hub().storage().calls().byId(id); }
    std::optional<Domain::CallRecord> cached(qint64 id)
    {
        return Store::CacheReader(*m_cache).call(id);
    }
    //! Waits for the pop-up of a call and returns it.
    Ui::IncomingCallDialog *popUpFor(qint64 callId)
    {
        if (!QTest::qWaitFor(
                [&] {
                    return m_calls->incomingDialog()
                        && m_calls->incomingDialog()->callId() == callId
                        && m_calls->incomingDialog()->isVisible();
                },
                Long))
            return nullptr;
        return m_calls->incomingDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub = std::make_unique<TestHub>();
        m_api = std::make_unique<ApiClient>(m_hub->url());
        const QString token = m_api->login(QStringLiteral("agent1"), TestHub::password());
        m_supervisor = m_api->login(QStringLiteral("supervisor"), TestHub::password());
        QVERIFY(!token.isEmpty() && !m_supervisor.isEmpty());
        m_me = *Domain::User::fromJson(m_api->get(QStringLiteral("/api/v1/me"), token).json);
        m_agent2Id = m_hub->user(QStringLiteral("agent2")).id;

        m_cache = std::make_unique<Store::CacheDatabase>();
        QVERIFY(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok);
        Net::NetworkSettings network;
        network.hubUrl = m_hub->url();
        m_http = std::make_unique<Net::HttpClient>(network);
        m_engine = std::make_unique<Sync::SyncEngine>(*m_cache, *m_http);
        m_directory = std::make_unique<Item::CustomerDirectory>(*m_cache);

        // Wired as the application wires them.
        m_window = std::make_unique<QWidget>();
        m_calls = std::make_unique<Ui::CallCoordinator>(m_window.get());
        m_calls->attach(m_directory.get(), m_me);
        connect(m_engine.get(), &Sync::SyncEngine::changed, this,
            [this](const Store::ChangeSet &changes) {
                m_changedCalls.unite(changes.calls);
                m_calls->callsChanged(changes.calls);
            });
        connect(m_calls.get(), &Ui::CallCoordinator::actionRequested, this,
            [this](Domain::Id call, const QString &action, const QJsonObject &body) {
                m_engine->queueCallAction(call, action, body);
            });
        connect(m_calls.get(), &Ui::CallCoordinator::wrapUpRequested, this,
            [this](Domain::Id call, const QString &disposition, const QString &notes) {
                m_engine->queueWrapUp(call, disposition, notes);
            });
        m_window->show();

        m_engine->start(network, token.toLatin1(), m_me);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Sync::SyncState::Live, Long);
    }

    void cleanupTestCase()
    {
        m_calls.reset();
        m_window.reset();
        m_engine.reset();
        m_http.reset();
    }

    void fromRingToWrapUp()
    {
        const Domain::CallRecord call = offer(m_me.id, QStringLiteral("Ann Example"));

        // The stream brings it into the cache and names it in the change set.
        QTRY_VERIFY_WITH_TIMEOUT(m_changedCalls.contains(call.id), Long);
        QVERIFY(cached(call.id));
        QCOMPARE(cached(call.id)->state(), State::Offered);
        QCOMPARE(m_directory->call(call.id)->fromNumber, call.fromNumber);

        Ui::IncomingCallDialog *popUp = popUpFor(call.id);
        QVERIFY(popUp);
        QCOMPARE(popUp->findChild<QLabel *>(QStringLiteral("callerName"))->text(),
            QStringLiteral("Ann Example"));
        QTest::mouseClick(
            popUp->findChild<QPushButton *>(QStringLiteral("acceptCall")), Qt::LeftButton);

        // Answered on the hub; the bar shows the call.
        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).state(), State::Answered, Long);
        Ui::ActiveCallBar *bar = m_calls->bar();
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->callId(), call.id);
        QTRY_COMPARE_WITH_TIMEOUT(cached(call.id)->state(), State::Answered, Long);

        auto *hold = bar->findChild<QPushButton *>(QStringLiteral("holdCall"));
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).state(), State::OnHold, Long);
        QTRY_COMPARE_WITH_TIMEOUT(cached(call.id)->state(), State::OnHold, Long);
        QCOMPARE(hold->text(), QStringLiteral("Resume"));
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).state(), State::Answered, Long);
        QTRY_COMPARE_WITH_TIMEOUT(hold->text(), QStringLiteral("Hold"), Long);

        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("endCall")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).state(), State::Ended, Long);
        QVERIFY(bar->isHidden());
        QVERIFY(!onHub(call.id).missed());

        Ui::WrapUpDialog *wrapUp = m_calls->wrapUpDialog();
        QVERIFY(wrapUp);
        QVERIFY(wrapUp->isVisible());
        QCOMPARE(wrapUp->callId(), call.id);
        auto *disposition = wrapUp->findChild<QComboBox *>(QStringLiteral("disposition"));
        disposition->setCurrentIndex(disposition->findData(QStringLiteral("follow_up")));
        QTest::keyClicks(wrapUp->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpNotes")),
            QStringLiteral("Send the new router"));
        QTest::mouseClick(
            wrapUp->findChild<QPushButton *>(QStringLiteral("submitWrapUp")), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).disposition, QStringLiteral("follow_up"), Long);
        QCOMPARE(onHub(call.id).wrapUpNotes, QStringLiteral("Send the new router"));
        QTRY_COMPARE_WITH_TIMEOUT(cached(call.id)->disposition, QStringLiteral("follow_up"), Long);
        QTRY_VERIFY_WITH_TIMEOUT(Store::Outbox(*m_cache).items().isEmpty(), Long);
    }

    void declineReturnsItToTheQueue()
    {
        const Domain::CallRecord call = offer(m_me.id, QStringLiteral("Ben Example"));
        Ui::IncomingCallDialog *popUp = popUpFor(call.id);
        QVERIFY(popUp);
        QTest::mouseClick(
            popUp->findChild<QPushButton *>(QStringLiteral("declineCall")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!onHub(call.id).agentId.has_value(), Long);
        // The decline reaches the agent's cache too (they were the call's agent before).
        QTRY_VERIFY_WITH_TIMEOUT(!cached(call.id)->agentId.has_value(), Long);
        QVERIFY(!m_calls->incomingDialog());
        QVERIFY(m_calls->bar()->isHidden());
    }

    void aCallerWhoHangsUpClosesThePopUp()
    {
        const Domain::CallRecord call = offer(m_me.id, QStringLiteral("Cleo Example"));
        QVERIFY(popUpFor(call.id));
        // The line drops before anyone answers (here a supervisor ends it, as the connector will).
        const ApiReply ended = m_api->post(QStringLiteral("/api/v1/calls/%1/end").arg(call.id),
            {{QStringLiteral("client_id"), newClientId()}}, m_supervisor);
        QCOMPARE(ended.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_calls->incomingDialog(), Long);
        QVERIFY(onHub(call.id).missed());
    }

    void transferPassesTheCallOn()
    {
        const Domain::CallRecord call = offer(m_me.id, QStringLiteral("Dan Example"));
        Ui::IncomingCallDialog *popUp = popUpFor(call.id);
        QVERIFY(popUp);
        QTest::mouseClick(
            popUp->findChild<QPushButton *>(QStringLiteral("acceptCall")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(onHub(call.id).state(), State::Answered, Long);
        QTRY_COMPARE_WITH_TIMEOUT(cached(call.id)->state(), State::Answered, Long);

        // The menu lists active colleagues from the cache; pick agent2.
        auto *transfer = m_calls->bar()->findChild<QToolButton *>(QStringLiteral("transferCall"));
        QAction *target = nullptr;
        const QString agent2Name = m_hub->user(QStringLiteral("agent2")).name;
        for (QAction *action : transfer->menu()->actions()) {
            if (action->text().startsWith(agent2Name))
                target = action;
        }
        QVERIFY(target);
        target->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            onHub(call.id).agentId, std::optional<Domain::Id>(m_agent2Id), Long);
        QCOMPARE(onHub(call.id).state(), State::Offered);
        QVERIFY(m_calls->bar()->isHidden());
        // Passed on, not finished: no wrap-up form for this agent.
        QVERIFY(!m_calls->wrapUpDialog() || m_calls->wrapUpDialog()->callId() != call.id);
        QTRY_COMPARE_WITH_TIMEOUT(
            cached(call.id)->agentId, std::optional<Domain::Id>(m_agent2Id), Long);
        QVERIFY(m_calls->bar()->isHidden());
    }
};

QTEST_MAIN(TestCallFlow)
#include "tst_call_flow.moc"
