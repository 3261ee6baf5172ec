// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "item/SupervisorBoard.h"
#include "store/ChangeSet.h"
#include "sync/SyncState.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QMenu;

namespace Switchboard::Store {
class CacheDatabase;
}
namespace Switchboard::Sync {
class SyncEngine;
}
namespace Switchboard::Item {
class CustomerDirectory;
class TimelineModel;
} // namespace Switchboard::Item
namespace Switchboard::Ui {
class MainWindow;
class MonitorWindow;
class Notifier;
class SupervisorWindow;
} // namespace Switchboard::Ui

namespace Switchboard::App {

//! A supervisor's session: the live board (loaded at sign-in and on every reconnection, then
//! kept by the stream's deltas, so queue alerts come even with the board closed), the
//! supervisor window, the Supervise menu (monitor, whisper, take over, reassign) and the
//! monitoring windows. Built for supervisors and admins only; the hub refuses everyone else.
class SupervisorDesk : public QObject
{
    Q_OBJECT
public:
    //! Runs work on the sync thread with the engine (Application::withEngine).
    using WithEngine = std::function<void(std::function<void(Sync::SyncEngine &)>)>;

    SupervisorDesk(Sync::SyncEngine &engine, WithEngine withEngine, Ui::MainWindow &window,
        Ui::Notifier &notifier, Store::CacheDatabase &cache, Item::CustomerDirectory &directory,
        QObject *parent = nullptr);
    ~SupervisorDesk() override;

    Item::SupervisorBoard &board() { return m_board; }
    //! Opens (or raises) the supervisor window.
    Ui::SupervisorWindow *openBoard();
    //! Opens a window watching the conversation live; the hub records it.
    void monitor(Domain::Id conversationId);
    //! Asks for a whisper's text and queues it.
    void whisper(Domain::Id conversationId);
    void takeOver(Domain::Id conversationId);
    //! Asks which agent should have the conversation and queues the assignment.
    void reassign(Domain::Id conversationId);

private:
    void onStatus(Sync::SyncState state);
    void onChanged(const Store::ChangeSet &changes);
    void onFailed(const QString &what, const QString &reason);
    void buildMenu();
    QString describe(Domain::Id conversationId) const;

    WithEngine m_withEngine;
    Ui::MainWindow &m_window;
    Ui::Notifier &m_notifier;
    Store::CacheDatabase &m_cache;
    Item::CustomerDirectory &m_directory;
    Item::SupervisorBoard m_board;
    QTimer m_tick;
    std::unique_ptr<QMenu> m_menu;
    QPointer<Ui::SupervisorWindow> m_boardWindow;
    struct Monitor
    {
        QPointer<Ui::MonitorWindow> window;
        std::unique_ptr<Item::TimelineModel> timeline;
    };
    QHash<Domain::Id, std::shared_ptr<Monitor>> m_monitors;
    bool m_live = false;
};

} // namespace Switchboard::App
