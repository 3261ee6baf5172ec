// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupervisorDesk.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "PresenceSelector.h"
#include "item/CustomerDirectory.h"
#include "item/TimelineModel.h"
#include "supervisor/BoardPages.h"
#include "supervisor/FigurePages.h"
#include "supervisor/MonitorWindow.h"
#include "supervisor/SupervisorWindow.h"
#include "sync/SupervisorSync.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Switchboard::App {

using namespace Domain;

SupervisorDesk::SupervisorDesk(Sync::SyncEngine &engine, WithEngine withEngine,
    Ui::MainWindow &window, Ui::Notifier &notifier, Store::CacheDatabase &cache,
    Item::CustomerDirectory &directory, QObject *parent)
    : QObject(parent)
    , m_withEngine(std::move(withEngine))
    , m_window(window)
    , m_notifier(notifier)
    , m_cache(cache)
    , m_directory(directory)
{
    connect(&m_board.queues(), &Item::QueueBoardModel::breachRaised, this,
        [this](const QString &queue, Item::QueueBoardModel::Breach level) {
            m_notifier.queueAlert(queue, level == Item::QueueBoardModel::Breach::Breached);
        });
    // Times in state and waits age by the second; breaches are noticed as they happen.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_board.agents().tick(now);
        m_board.queues().tick(now);
    });
    m_tick.start();

    connect(&engine, &Sync::SyncEngine::statusChanged, this,
        [this](Sync::SyncState state) { onStatus(state); });
    connect(&engine, &Sync::SyncEngine::changed, this, &SupervisorDesk::onChanged);
    connect(&engine, &Sync::SyncEngine::boardChanged, &m_board, &Item::SupervisorBoard::applyDelta);
    Sync::SupervisorSync *reads = engine.supervisor();
    connect(reads, &Sync::SupervisorSync::board, this, [this](const QJsonObject &board) {
        m_board.applySnapshot(board);
        if (m_boardWindow)
            m_boardWindow->setBoardStatus(tr("Live — today's figures are for %1.").arg(m_board.day()));
    });
    connect(reads, &Sync::SupervisorSync::insights, this, [this](const QJsonObject &insights) {
        if (m_boardWindow)
            m_boardWindow->insightsPage()->setInsights(insights);
    });
    connect(reads, &Sync::SupervisorSync::report, this,
        [this](const QString &kind, const QJsonObject &report) {
            if (m_boardWindow)
                m_boardWindow->reportsPage()->setReport(kind, report);
        });
    connect(reads, &Sync::SupervisorSync::csvSaved, this, [this](const QString &file) {
        if (!m_boardWindow)
            return;
        m_boardWindow->insightsPage()->setSaved(file);
        m_boardWindow->reportsPage()->setSaved(file);
    });
    connect(reads, &Sync::SupervisorSync::monitorStarted, this, [this](const QJsonObject &json) {
        const Id id = json.value(QLatin1String("id")).toInteger();
        if (const auto monitor = m_monitors.value(id); monitor && monitor->window)
            monitor->window->setMonitoring(true);
    });
    connect(reads, &Sync::SupervisorSync::failed, this, &SupervisorDesk::onFailed);
    buildMenu();
    onStatus(engine.state());
}

SupervisorDesk::~SupervisorDesk()
{
    // The windows read the cache through the models below; they go first.
    for (const auto &monitor : std::as_const(m_monitors))
        delete monitor->window;
    delete m_boardWindow;
}

void SupervisorDesk::buildMenu()
{
    m_menu = std::make_unique<QMenu>(tr("Su&pervise"));
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = m_menu->addAction(text, this, slot);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
    };
    const auto current = [this] { return m_window.currentConversation(); };
    add(tr("Supervisor &board"), QKeySequence(tr("Ctrl+Shift+B")), [this] { openBoard(); });
    m_menu->addSeparator();
    add(tr("&Monitor conversation"), QKeySequence(tr("Ctrl+Shift+L")),
        [this, current] { monitor(current()); });
    add(tr("&Whisper to agent…"), QKeySequence(tr("Ctrl+Shift+W")),
        [this, current] { whisper(current()); });
    add(tr("Take &over"), QKeySequence(), [this, current] { takeOver(current()); });
    add(tr("&Reassign…"), QKeySequence(), [this, current] { reassign(current()); });
    m_window.addMenu(m_menu.get());
}

void SupervisorDesk::onStatus(Sync::SyncState state)
{
    const bool live = state == Sync::SyncState::Live;
    if (live == m_live)
        return;
    m_live = live;
    if (live) {
        // Every (re)connection starts from a fresh snapshot; the deltas that arrive meanwhile
        // wait for it.
        m_withEngine([](Sync::SyncEngine &e) { e.supervisor()->fetchBoard(); });
        return;
    }
    m_board.invalidate();
    if (m_boardWindow)
        m_boardWindow->setBoardStatus(tr("Not live: the board resumes when the hub is reached again."));
}

void SupervisorDesk::onChanged(const Store::ChangeSet &changes)
{
    for (const auto &monitor : std::as_const(m_monitors))
        monitor->timeline->applyChanges(changes);
}

void SupervisorDesk::onFailed(const QString &what, const QString &reason)
{
    if (what == QLatin1String("monitor")) {
        for (const auto &monitor : std::as_const(m_monitors)) {
            if (monitor->window)
                monitor->window->setMonitoring(false, reason);
        }
        return;
    }
    if (!m_boardWindow)
        return;
    if (what == QLatin1String("board"))
        m_boardWindow->setBoardStatus(tr("Could not load the board: %1").arg(reason));
    else if (what == QLatin1String("insights"))
        m_boardWindow->insightsPage()->setError(reason);
    else if (what == QLatin1String("report"))
        m_boardWindow->reportsPage()->setError(reason);
    else if (what == QLatin1String("export"))
        QMessageBox::warning(m_boardWindow, tr("Export"), tr("The export failed: %1").arg(reason));
}

Ui::SupervisorWindow *SupervisorDesk::openBoard()
{
    if (!m_boardWindow) {
        m_boardWindow = new Ui::SupervisorWindow(m_board, &m_window);
        m_boardWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_boardWindow->setBoardStatus(m_board.hasSnapshot()
                ? tr("Live — today's figures are for %1.").arg(m_board.day())
                : tr("Loading the board…"));
        connect(m_boardWindow->agentsPage(), &Ui::AgentsBoardPage::stateRequested, this,
            [this](Id userId, PresenceState state, const QString &reason) {
                m_withEngine([=](Sync::SyncEngine &e) { e.queueUserPresence(userId, state, reason); });
            });
        Ui::InsightsPage *insights = m_boardWindow->insightsPage();
        connect(insights, &Ui::InsightsPage::insightsRequested, this,
            [this](const QDateTime &from, const QDateTime &to) {
                m_withEngine([=](Sync::SyncEngine &e) { e.supervisor()->fetchInsights(from, to); });
            });
        connect(insights, &Ui::InsightsPage::exportRequested, this,
            [this](const QDateTime &from, const QDateTime &to, const QString &file) {
                m_withEngine([=](Sync::SyncEngine &e) {
                    e.supervisor()->exportCsv(QStringLiteral("insights/export"),
                        Sync::SupervisorSync::periodQuery(from, to), file);
                });
            });
        Ui::ReportsPage *reports = m_boardWindow->reportsPage();
        connect(reports, &Ui::ReportsPage::reportRequested, this,
            [this](const QString &kind, const QDate &day) {
                m_withEngine([=](Sync::SyncEngine &e) { e.supervisor()->fetchReport(kind, day); });
            });
        connect(reports, &Ui::ReportsPage::exportRequested, this,
            [this](const QString &kind, const QDate &day, const QString &file) {
                m_withEngine([=](Sync::SyncEngine &e) {
                    e.supervisor()->exportCsv(QStringLiteral("reports/%1").arg(kind),
                        Sync::SupervisorSync::dayQuery(day), file);
                });
            });
        if (!m_board.hasSnapshot() && m_live)
            m_withEngine([](Sync::SyncEngine &e) { e.supervisor()->fetchBoard(); });
    }
    m_boardWindow->show();
    m_boardWindow->raise();
    m_boardWindow->activateWindow();
    return m_boardWindow;
}

QString SupervisorDesk::describe(Id conversationId) const
{
    const auto conversation = m_directory.conversation(conversationId);
    if (!conversation)
        return tr("Conversation %1").arg(conversationId);
    const auto customer = m_directory.customer(conversation->customerId);
    const QString who = customer ? customer->name : tr("Customer %1").arg(conversation->customerId);
    return conversation->subject.isEmpty() ? who
                                           : QStringLiteral("%1 — %2").arg(who, conversation->subject);
}

void SupervisorDesk::monitor(Id conversationId)
{
    const auto conversation = m_directory.conversation(conversationId);
    if (!conversation)
        return;
    auto &monitor = m_monitors[conversationId];
    if (!monitor || !monitor->window) {
        monitor = std::make_shared<Monitor>();
        monitor->timeline = std::make_unique<Item::TimelineModel>(m_cache);
        monitor->timeline->setCustomer(conversation->customerId);
        monitor->window = new Ui::MonitorWindow(
            conversationId, describe(conversationId), *monitor->timeline, &m_window);
        monitor->window->setAttribute(Qt::WA_DeleteOnClose);
        connect(monitor->window, &QObject::destroyed, this,
            [this, conversationId] { m_monitors.remove(conversationId); });
        connect(monitor->window, &Ui::MonitorWindow::whisperRequested, this,
            &SupervisorDesk::whisper);
        connect(monitor->window, &Ui::MonitorWindow::takeOverRequested, this,
            &SupervisorDesk::takeOver);
    }
    monitor->window->show();
    monitor->window->raise();
    m_withEngine([conversationId](Sync::SyncEngine &e) { e.supervisor()->monitor(conversationId); });
}

void SupervisorDesk::whisper(Id conversationId)
{
    const auto conversation = m_directory.conversation(conversationId);
    if (!conversation)
        return;
    QWidget *parent = m_monitors.contains(conversationId) && m_monitors[conversationId]->window
        ? static_cast<QWidget *>(m_monitors[conversationId]->window)
        : &m_window;
    const auto agent = conversation->assigneeId ? m_directory.user(*conversation->assigneeId)
                                                : std::nullopt;
    if (!agent) {
        QMessageBox::information(parent, tr("Whisper"),
            tr("No agent has this conversation; a whisper goes to the agent who has it."));
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, tr("Whisper to %1").arg(agent->name),
        tr("Only %1 and supervisors see this note; the customer never does.").arg(agent->name),
        QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        m_withEngine([=](Sync::SyncEngine &e) { e.queueWhisper(conversationId, text.trimmed()); });
}

void SupervisorDesk::takeOver(Id conversationId)
{
    if (!m_directory.conversation(conversationId))
        return;
    m_withEngine([conversationId](Sync::SyncEngine &e) { e.queueTakeOver(conversationId); });
}

void SupervisorDesk::reassign(Id conversationId)
{
    const auto conversation = m_directory.conversation(conversationId);
    if (!conversation)
        return;
    const QList<User> users = m_directory.transferTargets(conversation->assigneeId.value_or(0));
    QStringList names;
    for (const User &user : users)
        names << QStringLiteral("%1 (%2)").arg(
            user.name, Ui::PresenceSelector::stateName(user.presence.state));
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&m_window, tr("Reassign"),
        tr("Give “%1” to:").arg(describe(conversationId)), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const Id to = users.at(index).id;
    m_withEngine([=](Sync::SyncEngine &e) { e.queueAssign(conversationId, to); });
}

} // namespace Switchboard::App
