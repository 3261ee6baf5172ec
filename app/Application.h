// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "domain/User.h"
#include "store/ChangeSet.h"
#include "sync/SyncState.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QThread>
#include <memory>

class QLabel;

namespace Switchboard::Store {
class CacheDatabase;
struct OutboxItem;
} // namespace Switchboard::Store
namespace Switchboard::Sync {
class Session;
class SyncEngine;
class TokenVault;
} // namespace Switchboard::Sync
namespace Switchboard::Item {
class ConversationModel;
class CustomerDirectory;
class InboxModel;
class SearchModel;
class TimelineModel;
} // namespace Switchboard::Item
namespace Switchboard::Ui {
class AuditLogDialog;
class CallCoordinator;
class MainWindow;
class Notifier;
class SignInDialog;
} // namespace Switchboard::Ui

namespace Switchboard::App {

class SupervisorDesk;

//! The one place that builds every service and wires it to the ui. The session (cache writer,
//! HTTP client, stream, sync engine) runs on a worker thread; the window, its models and the
//! token vault (QtKeychain's jobs) run on the ui thread, the models reading the cache through
//! their own read-only connection.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(AppOptions options, QObject *parent = nullptr);
    ~Application() override;

    //! Shows the window and signs in (restoring a saved session, or asking).
    void start();
    Ui::MainWindow *window() const { return m_window.get(); }
    bool isSignedIn() const { return m_cache != nullptr; }

Q_SIGNALS:
    //! The inbox of a signed-in session is on screen.
    void inboxShown();

private:
    //! Shows the main window unless it is on screen already.
    void showWindow();
    void showSignIn(const QString &message = {});
    void onSignedIn(const Domain::User &user);
    void onSignInFailed(const QString &message);
    void onSignInRequired(const QString &reason);
    void onStatus(Sync::SyncState state, const QDateTime &lastSync, const QString &reason);
    void onChanged(const Store::ChangeSet &changes);
    void detachSession();
    //! Lets the vault answer what it was asked before it goes (run once the session is gone).
    void finishVault();
    //! Tells the agent, for the rest of the run, that the session is kept in memory only.
    void showTokenNotPersistent(const QString &reason);
    void wireWindow();
    void wireCalls();
    void notify(const Store::ChangeSet &changes);
    void updateOutbox();
    void openSettings();
    void loadCannedResponses();
    //! Gives the composer the reply policy the cache holds (the hub's, or the built-in one).
    void applyPolicy();
    void openAuditLog();
    //! A merge or split the hub refused: shown to the supervisor, then dropped from the outbox.
    void showRecordRefusal(const Store::OutboxItem &item);
    //! Runs work on the sync thread, with the engine, if there is one.
    void withEngine(std::function<void(Sync::SyncEngine &)> work);

    AppOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    QThread m_syncThread;
    Sync::TokenVault *m_vault = nullptr;
    Sync::Session *m_session = nullptr;
    QPointer<Sync::SyncEngine> m_engine;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::Notifier *m_notifier = nullptr;
    //! Incoming call pop-ups, the active call bar and the wrap-up form.
    Ui::CallCoordinator *m_calls = nullptr;
    QPointer<Ui::SignInDialog> m_signIn;
    QPointer<Ui::AuditLogDialog> m_auditLog;
    //! Supervisors' board, windows and menu; none for agents.
    std::unique_ptr<SupervisorDesk> m_supervisor;
    //! Shown in the status bar once the keychain has failed.
    QPointer<QLabel> m_tokenNotice;
    QString m_hubUrl;
    Domain::User m_me;
    // The ui thread's side, rebuilt at each sign-in.
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<Item::InboxModel> m_inbox;
    std::unique_ptr<Item::SearchModel> m_search;
    std::unique_ptr<Item::TimelineModel> m_timeline;
    std::unique_ptr<Item::ConversationModel> m_conversation;
    std::unique_ptr<Item::CustomerDirectory> m_directory;
    //! Conversations assigned to the agent, to notice new assignments.
    QSet<Domain::Id> m_mine;
    bool m_shownInbox = false;
};

} // namespace Switchboard::App
