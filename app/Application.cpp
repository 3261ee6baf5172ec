// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AttachmentSaver.h"
#include "Translations.h"
#include "calls/ActiveCallBar.h"
#include "calls/CallCoordinator.h"
#include "composer/Composer.h"
#include "item/ConversationModel.h"
#include "item/CustomerDirectory.h"
#include "item/InboxModel.h"
#include "item/PolicySource.h"
#include "item/SearchModel.h"
#include "item/TimelineModel.h"
#include "net/NetworkSettings.h"
#include "policy/CannedResponses.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CachePaths.h"
#include "store/CacheReader.h"
#include "store/Outbox.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"
#include "sync/TokenVault.h"
#include "SupervisorDesk.h"
#include "ui/AuditLogDialog.h"
#include "ui/CustomerRecords.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/PresenceSelector.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace Switchboard::App {

using namespace Domain;

namespace {

const QString HubKey = QStringLiteral("account/hub");
const QString UserKey = QStringLiteral("account/user");
//! How long a session being signed in or restored may keep the window hidden while its inbox is
//! opened: it then appears with the inbox rather than empty.
constexpr int RestoreShowDelayMs = 1500;

Ui::ConnectionState toUi(Sync::SyncState state)
{
    switch (state) {
    case Sync::SyncState::Offline:
        return Ui::ConnectionState::Offline;
    case Sync::SyncState::Connecting:
        return Ui::ConnectionState::Connecting;
    case Sync::SyncState::CatchingUp:
        return Ui::ConnectionState::CatchingUp;
    case Sync::SyncState::Live:
        return Ui::ConnectionState::Live;
    }
    return Ui::ConnectionState::Offline;
}

} // namespace

Application::Application(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_settings = m_options.dataDir.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(
            QDir(m_options.dataDir).filePath(QStringLiteral("switchboard.ini")),
            QSettings::IniFormat);
    Ui::Theme::apply(Ui::Theme::fromName(m_settings->value(QStringLiteral("ui/theme")).toString()));

    m_syncThread.setObjectName(QStringLiteral("sync"));
    // The vault stays on the ui thread, where QtKeychain's jobs run (on the sync thread they hung
    // or failed); the session on the sync thread queues its requests to it and never waits.
    m_vault = new Sync::TokenVault(QStringLiteral("Switchboard"), this);
    const QString cacheBase = m_options.dataDir.isEmpty()
        ? QString()
        : QDir(m_options.dataDir).filePath(QStringLiteral("data"));
    m_session = new Sync::Session(*m_vault, cacheBase);
    m_session->moveToThread(&m_syncThread);
    connect(&m_syncThread, &QThread::finished, m_session, &QObject::deleteLater);
    m_syncThread.start();

    connect(m_session, &Sync::Session::signedIn, this, &Application::onSignedIn);
    connect(m_session, &Sync::Session::signInFailed, this, &Application::onSignInFailed);
    connect(m_session, &Sync::Session::signInRequired, this, &Application::onSignInRequired);
    connect(m_session, &Sync::Session::cacheRebuilt, this, [this](const QString &reason) {
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("The local data was damaged and is being rebuilt from the hub (%1).")
                    .arg(reason),
                15000);
    });
    connect(m_vault, &Sync::TokenVault::persistenceUnavailable, this,
        &Application::showTokenNotPersistent);

    m_window = std::make_unique<Ui::MainWindow>();
    m_notifier = new Ui::Notifier(this);
    m_notifier->setEnabled(m_settings->value(QStringLiteral("ui/notifications"), true).toBool());
    m_notifier->setSoundEnabled(m_settings->value(QStringLiteral("ui/sound"), false).toBool());
    connect(m_notifier, &Ui::Notifier::windowRequested, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_notifier, &Ui::Notifier::customerRequested, m_window.get(),
        [this](qint64 customerId) { m_window->openCustomer(customerId); });
    loadCannedResponses();
    wireWindow();
    wireCalls();
}

Application::~Application()
{
    detachSession();
    m_window.reset();
    QMetaObject::invokeMethod(
        m_session, [session = m_session] { session->disconnect(); }, Qt::BlockingQueuedConnection);
    m_syncThread.quit();
    m_syncThread.wait();
    // What the session posted here before it went is for an application that is going away.
    disconnect(m_vault, nullptr, this, nullptr);
    QCoreApplication::removePostedEvents(this);
    finishVault();
}

void Application::finishVault()
{
    // The session is gone, so nothing new reaches the vault; let what it was asked finish (a
    // sign-out's removal from the keychain above all) rather than cut its jobs off.
    if (m_vault->pending() == 0)
        return;
    QEventLoop loop;
    connect(m_vault, &Sync::TokenVault::idle, &loop, &QEventLoop::quit);
    // A keychain that never answers must not keep the program from closing.
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
}

void Application::showTokenNotPersistent(const QString &reason)
{
    // For as long as this run: the token is in memory only, whatever the agent does meanwhile.
    if (!m_window)
        return;
    if (!m_tokenNotice) {
        m_tokenNotice = new QLabel(m_window->statusBar());
        m_tokenNotice->setObjectName(QStringLiteral("tokenNotPersistent"));
        m_tokenNotice->setText(
            tr("No keychain is available: you will need to sign in again next time."));
        m_window->statusBar()->addPermanentWidget(m_tokenNotice);
    }
    m_tokenNotice->setToolTip(reason);
    m_tokenNotice->show();
}

void Application::loadCannedResponses()
{
    // The shipped set, then the team's own file next to the settings, if there is one.
    const QString userFile = m_options.dataDir.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("canned-responses.json"))
        : QDir(m_options.dataDir).filePath(QStringLiteral("canned-responses.json"));
    QStringList errors;
    const auto responses = Policy::CannedResponses::load(QStringLiteral(":/canned/default.json"),
        QFile::exists(userFile) ? userFile : QString(), &errors);
    for (const QString &error : std::as_const(errors))
        qWarning("canned responses: %s", qUtf8Printable(error));
    m_window->setCannedResponses(responses);
}

void Application::showWindow()
{
    if (m_window && !m_window->isVisible())
        m_window->show();
}

void Application::start()
{
    m_hubUrl
        = !m_options.hubUrl.isEmpty() ? m_options.hubUrl : m_settings->value(HubKey).toString();
    const QString user = !m_options.username.isEmpty() ? m_options.username
                                                       : m_settings->value(UserKey).toString();
    Net::NetworkSettings network;
    network.hubUrl = QUrl(m_hubUrl);
    if (m_options.password && !m_hubUrl.isEmpty() && !user.isEmpty()) {
        const QString password = *m_options.password;
        QMetaObject::invokeMethod(
            m_session, [=, session = m_session] { session->signIn(network, user, password); },
            Qt::QueuedConnection);
        QTimer::singleShot(RestoreShowDelayMs, this, &Application::showWindow);
        return;
    }
    if (!m_hubUrl.isEmpty() && !user.isEmpty()
        && m_options.hubUrl.isEmpty() == m_options.username.isEmpty()) {
        // A saved session: straight to the cached inbox, signing in behind it. The window
        // appears with the inbox in it rather than empty a moment before (one paint fewer on
        // the way to the first inbox); should the keychain or the cache be slow, it appears
        // anyway after a moment.
        QMetaObject::invokeMethod(
            m_session, [=, session = m_session] { session->restore(network, user); },
            Qt::QueuedConnection);
        QTimer::singleShot(RestoreShowDelayMs, this, &Application::showWindow);
        return;
    }
    showWindow();
    showSignIn();
}

void Application::showSignIn(const QString &message)
{
    showWindow();
    if (!m_signIn) {
        m_signIn = new Ui::SignInDialog(m_window.get());
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        m_signIn->prefill(
            !m_options.hubUrl.isEmpty() ? m_options.hubUrl : m_settings->value(HubKey).toString(),
            !m_options.username.isEmpty() ? m_options.username
                                          : m_settings->value(UserKey).toString());
        connect(m_signIn, &Ui::SignInDialog::signInRequested, this,
            [this](const QString &hub, const QString &user, const QString &password) {
                m_hubUrl = QUrl::fromUserInput(hub).toString();
                Net::NetworkSettings network;
                network.hubUrl = QUrl(m_hubUrl);
                QMetaObject::invokeMethod(
                    m_session,
                    [=, session = m_session] { session->signIn(network, user, password); },
                    Qt::QueuedConnection);
            });
        connect(m_signIn, &QDialog::rejected, this, [this] {
            if (!isSignedIn())
                QApplication::quit();
        });
    }
    if (!message.isEmpty())
        m_signIn->setError(message);
    m_signIn->show();
    m_signIn->raise();
}

void Application::onSignInFailed(const QString &message)
{
    showSignIn(message);
}

void Application::onSignInRequired(const QString &reason)
{
    detachSession();
    showSignIn(reason);
}

void Application::onSignedIn(const User &user)
{
    detachSession();
    m_me = user;
    m_settings->setValue(HubKey, m_hubUrl);
    m_settings->setValue(UserKey, user.username);
    if (m_signIn)
        m_signIn->accept();
    m_engine = m_session->engine();

    // The ui's own read-only connection to the cache the engine writes.
    const QString cacheBase = m_options.dataDir.isEmpty()
        ? QString()
        : QDir(m_options.dataDir).filePath(QStringLiteral("data"));
    m_cache = std::make_unique<Store::CacheDatabase>();
    const auto opened
        = m_cache->open(Store::CachePaths::cacheFile(QUrl(m_hubUrl), user.username, cacheBase),
            Store::CacheDatabase::Mode::ReadOnly);
    if (!opened.ok) {
        m_cache.reset();
        showSignIn(tr("The local data cannot be read: %1").arg(opened.error));
        return;
    }
    m_inbox = std::make_unique<Item::InboxModel>(*m_cache);
    m_search = std::make_unique<Item::SearchModel>(*m_cache);
    m_timeline = std::make_unique<Item::TimelineModel>(*m_cache);
    m_conversation = std::make_unique<Item::ConversationModel>(*m_cache);
    m_directory = std::make_unique<Item::CustomerDirectory>(*m_cache);
    m_window->attach(
        {m_inbox.get(), m_search.get(), m_timeline.get(), m_conversation.get(), m_directory.get()},
        user);
    m_calls->attach(m_directory.get(), user);
    applyPolicy();
    showWindow();

    if (m_engine) {
        connect(m_engine, &Sync::SyncEngine::changed, this, &Application::onChanged);
        connect(m_engine, &Sync::SyncEngine::statusChanged, this, &Application::onStatus);
        connect(m_engine, &Sync::SyncEngine::outboxRejected, this,
            [this](const Store::OutboxItem &item) {
                if (item.kind == Store::OutboxItem::Kind::MergeCustomers
                    || item.kind == Store::OutboxItem::Kind::SplitCustomer) {
                    showRecordRefusal(item);
                    return;
                }
                if (item.kind != Store::OutboxItem::Kind::CallAction
                    && item.kind != Store::OutboxItem::Kind::WrapUp)
                    return;
                // A call moves on without waiting (the caller hangs up, a colleague answers): a
                // refused call action is news, not something to retry.
                m_window->statusBar()->showMessage(
                    tr("The call could not be updated: %1").arg(item.errorMessage), 10000);
                const qint64 id = item.id;
                withEngine([id](Sync::SyncEngine &e) { e.discard(id); });
            });
        connect(m_engine, &Sync::SyncEngine::auditPage, this,
            [this](const QJsonArray &entries, qint64 nextAfter) {
                if (!m_auditLog)
                    return;
                QList<AuditEntry> list;
                for (const QJsonValue &value : entries) {
                    if (const auto entry = AuditEntry::fromJson(value.toObject()))
                        list << *entry;
                }
                m_auditLog->addPage(list, nextAfter);
            });
        connect(m_engine, &Sync::SyncEngine::auditFailed, this, [this](const QString &reason) {
            if (m_auditLog)
                m_auditLog->setError(reason);
        });
        connect(m_engine, &Sync::SyncEngine::auditCreated, this, [this](const QJsonObject &json) {
            if (const auto entry = AuditEntry::fromJson(json); entry && m_auditLog)
                m_auditLog->addEntry(*entry);
        });
        onStatus(Sync::SyncState::Connecting, {}, {});
        if (roleAtLeast(user.role, Role::Supervisor)) {
            m_supervisor = std::make_unique<SupervisorDesk>(*m_engine,
                [this](std::function<void(Sync::SyncEngine &)> work) { withEngine(std::move(work)); },
                *m_window, *m_notifier, *m_cache, *m_directory);
        }
    }
    for (int row = 0; row < m_inbox->rowCount(); ++row)
        m_mine.insert(m_inbox->index(row).data(Item::InboxModel::ConversationIdRole).toLongLong());
    updateOutbox();
    if (!m_shownInbox) {
        m_shownInbox = true;
        Q_EMIT inboxShown();
    }
}

void Application::detachSession()
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = nullptr;
    m_supervisor.reset();
    if (m_window)
        m_window->detach();
    if (m_calls)
        m_calls->detach();
    m_conversation.reset();
    m_timeline.reset();
    m_search.reset();
    m_inbox.reset();
    m_directory.reset();
    m_cache.reset();
    m_mine.clear();
}

void Application::withEngine(std::function<void(Sync::SyncEngine &)> work)
{
    if (!m_engine)
        return;
    QPointer<Sync::SyncEngine> engine = m_engine;
    QMetaObject::invokeMethod(
        m_engine,
        [engine, work] {
            if (engine)
                work(*engine);
        },
        Qt::QueuedConnection);
}

void Application::wireWindow()
{
    Ui::MainWindow *window = m_window.get();
    connect(window, &Ui::MainWindow::customerOpened, this,
        [this](Id id) { withEngine([id](Sync::SyncEngine &e) { e.noteOpened(id); }); });
    connect(window, &Ui::MainWindow::conversationRead, this,
        [this](Id id) { withEngine([id](Sync::SyncEngine &e) { e.markRead(id); }); });
    connect(window, &Ui::MainWindow::replyRequested, this,
        [this](Id conversation, const QString &body, Id after) {
            withEngine([=](Sync::SyncEngine &e) { e.queueReply(conversation, body, after); });
        });
    connect(
        window, &Ui::MainWindow::noteRequested, this, [this](Id conversation, const QString &body) {
            withEngine([=](Sync::SyncEngine &e) { e.queueNote(conversation, body); });
        });
    connect(window, &Ui::MainWindow::resendConflict, this,
        [this](qint64 outboxId, Id after, const QString &body) {
            withEngine([=](Sync::SyncEngine &e) { e.retryConflict(outboxId, after, body); });
        });
    connect(window, &Ui::MainWindow::overrideReplyRequested, this,
        [this](Id conversation, const QString &body, Id after, const QString &reason) {
            withEngine(
                [=](Sync::SyncEngine &e) { e.queueReply(conversation, body, after, reason); });
        });
    connect(window, &Ui::MainWindow::conversationStartRequested, this,
        [this](Id customer, ChannelKind channel, const QString &body, Id origin,
            const QString &reason) {
            withEngine([=](Sync::SyncEngine &e) {
                e.queueStartConversation(customer, channel, body, origin, reason);
            });
        });
    connect(window, &Ui::MainWindow::overrideOutboxItem, this,
        [this](qint64 outboxId, const QString &reason) {
            withEngine([=](Sync::SyncEngine &e) { e.retryWithOverride(outboxId, reason); });
        });
    connect(window, &Ui::MainWindow::auditLogRequested, this, &Application::openAuditLog);
    connect(window->customerRecords(), &Ui::CustomerRecords::mergeRequested, this,
        [this](Id customer, Id merged) {
            withEngine([=](Sync::SyncEngine &e) { e.queueMergeCustomers(customer, merged); });
        });
    connect(window->customerRecords(), &Ui::CustomerRecords::splitRequested, this,
        [this](Id customer, const QList<Id> &identities, const QList<Id> &conversations,
            const QString &name) {
            withEngine([=](Sync::SyncEngine &e) {
                e.queueSplitCustomer(customer, identities, conversations, name);
            });
        });
    connect(window, &Ui::MainWindow::discardOutboxItem, this,
        [this](qint64 outboxId) { withEngine([=](Sync::SyncEngine &e) { e.discard(outboxId); }); });
    connect(window, &Ui::MainWindow::assignRequested, this,
        [this](Id conversation, std::optional<Id> assignee) {
            withEngine([=](Sync::SyncEngine &e) { e.queueAssign(conversation, assignee); });
        });
    connect(window, &Ui::MainWindow::tagsRequested, this,
        [this](Domain::Id conversation, const QStringList &tags) {
            withEngine([=](Sync::SyncEngine &e) { e.queueTags(conversation, tags); });
        });
    connect(window, &Ui::MainWindow::statusRequested, this,
        [this](Id conversation, ConversationStatus status) {
            withEngine([=](Sync::SyncEngine &e) { e.queueStatus(conversation, status); });
        });
    connect(window, &Ui::MainWindow::presenceRequested, this,
        [this](PresenceState state, const QString &reason) {
            withEngine([=](Sync::SyncEngine &e) { e.queuePresence(state, reason); });
        });
    connect(window, &Ui::MainWindow::reconnectRequested, this,
        [this] { withEngine([](Sync::SyncEngine &e) { e.reconnectNow(); }); });
    connect(window, &Ui::MainWindow::settingsRequested, this, &Application::openSettings);
    auto *attachments = new AttachmentSaver(
        window, [this](auto work) { withEngine(std::move(work)); }, window);
    connect(window, &Ui::MainWindow::attachmentRequested, attachments, &AttachmentSaver::save);
    connect(window, &Ui::MainWindow::signOutRequested, this, [this](bool deleteCache) {
        detachSession();
        QMetaObject::invokeMethod(
            m_session, [deleteCache, session = m_session] { session->signOut(deleteCache); },
            Qt::QueuedConnection);
        m_window->setConnectionState(Ui::ConnectionState::Offline, {}, tr("signed out"));
        showSignIn();
    });
}

void Application::wireCalls()
{
    m_calls = new Ui::CallCoordinator(m_window.get(), this);
    m_calls->bar()->setPresenceNamer(&Ui::PresenceSelector::stateName);
    m_window->setCallBar(m_calls->bar(), m_calls->bar()->actions());
    connect(m_calls, &Ui::CallCoordinator::actionRequested, this,
        [this](Id call, const QString &action, const QJsonObject &body) {
            withEngine([=](Sync::SyncEngine &e) { e.queueCallAction(call, action, body); });
        });
    connect(m_calls, &Ui::CallCoordinator::wrapUpRequested, this,
        [this](Id call, const QString &disposition, const QString &notes) {
            withEngine([=](Sync::SyncEngine &e) { e.queueWrapUp(call, disposition, notes); });
        });
    connect(m_calls, &Ui::CallCoordinator::customerRequested, m_window.get(),
        [this](Id customerId) { m_window->openCustomer(customerId); });
    connect(m_calls, &Ui::CallCoordinator::incomingCall, m_notifier,
        [this](Id customerId, const QString &caller) {
            m_notifier->incomingCall(customerId, caller);
        });
}

void Application::onStatus(Sync::SyncState state, const QDateTime &lastSync, const QString &reason)
{
    m_window->setConnectionState(toUi(state), lastSync, reason);
}

void Application::onChanged(const Store::ChangeSet &changes)
{
    if (!m_cache)
        return;
    m_inbox->applyChanges(changes);
    m_timeline->applyChanges(changes);
    m_conversation->applyChanges(changes);
    if (!changes.calls.isEmpty())
        m_calls->callsChanged(changes.calls);
    if (changes.outbox)
        updateOutbox();
    if (changes.policy || changes.reset)
        applyPolicy();
    if (changes.users.contains(m_me.id)) {
        if (const auto me = m_directory->user(m_me.id)) {
            m_me = *me;
            m_window->setSignedInUser(m_me);
        }
    }
    notify(changes);
}

void Application::notify(const Store::ChangeSet &changes)
{
    try {
        Store::CacheReader reader(*m_cache);
        for (const Id conversationId : changes.conversations) {
            const auto conversation = reader.conversation(conversationId);
            if (!conversation)
                continue;
            const bool mine = conversation->assigneeId == m_me.id
                && conversation->status != ConversationStatus::Resolved;
            if (mine && !m_mine.contains(conversationId)) {
                const auto customer = reader.customer(conversation->customerId);
                m_notifier->newAssignment(conversation->customerId,
                    customer ? customer->name : QString(), conversation->subject);
            }
            if (mine)
                m_mine.insert(conversationId);
            else
                m_mine.remove(conversationId);
        }
        for (const Id messageId : changes.newInbound) {
            const auto message = reader.message(messageId);
            if (!message || !m_mine.contains(message->conversationId))
                continue;
            // Not for what the agent is looking at right now.
            if (m_window->isActiveWindow()
                && m_window->currentConversation() == message->conversationId)
                continue;
            m_notifier->newMessage(message->customerId, message->authorName, message->body);
        }
    } catch (const Store::CacheError &) {
        // Notifications are best effort; the models report cache trouble.
    }
}

void Application::updateOutbox()
{
    if (!m_cache)
        return;
    try {
        int queued = 0;
        int attention = 0;
        for (const Store::OutboxItem &item : Store::Outbox(*m_cache).items())
            ++(item.state == Store::OutboxItem::State::Queued ? queued : attention);
        m_window->setOutboxCount(queued, attention);
    } catch (const Store::CacheError &) {
    }
}

void Application::applyPolicy()
{
    if (!m_cache)
        return;
    const Item::PolicySettings settings = Item::PolicySource(*m_cache).settings();
    m_window->composer()->setPolicy(
        settings.config ? Policy::ReplyPolicy(*settings.config) : Policy::ReplyPolicy(),
        settings.overrideRole);
}

void Application::showRecordRefusal(const Store::OutboxItem &item)
{
    // Nothing was changed, and trying again would be refused again: say why, then let it go.
    auto *box = new QMessageBox(QMessageBox::Warning,
        item.kind == Store::OutboxItem::Kind::MergeCustomers ? tr("Customers not merged")
                                                             : tr("Customer not split"),
        item.kind == Store::OutboxItem::Kind::MergeCustomers
            ? tr("The hub refused to merge the customers: %1").arg(item.errorMessage)
            : tr("The hub refused to split the customer: %1").arg(item.errorMessage),
        QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("recordRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    const qint64 id = item.id;
    withEngine([id](Sync::SyncEngine &e) { e.discard(id); });
}

void Application::openAuditLog()
{
    if (!m_auditLog) {
        m_auditLog = new Ui::AuditLogDialog(m_window.get());
        m_auditLog->setAttribute(Qt::WA_DeleteOnClose);
        // Read on the sync thread; the answer comes back as auditPage().
        connect(m_auditLog, &Ui::AuditLogDialog::fetchRequested, this, [this](qint64 after) {
            withEngine([after](Sync::SyncEngine &e) { e.fetchAudit(after); });
        });
    }
    m_auditLog->show();
    m_auditLog->raise();
    m_auditLog->reload();
}

void Application::openSettings()
{
    Ui::SettingsDialog::Values values;
    values.language = m_settings->value(QStringLiteral("ui/language")).toString();
    values.theme
        = m_settings->value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    values.notifications = m_settings->value(QStringLiteral("ui/notifications"), true).toBool();
    values.sound = m_settings->value(QStringLiteral("ui/sound"), false).toBool();
    Ui::SettingsDialog dialog(values, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = dialog.values();
    m_settings->setValue(QStringLiteral("ui/language"), chosen.language);
    m_settings->setValue(QStringLiteral("ui/theme"), chosen.theme);
    m_settings->setValue(QStringLiteral("ui/notifications"), chosen.notifications);
    m_settings->setValue(QStringLiteral("ui/sound"), chosen.sound);
    Ui::Theme::apply(Ui::Theme::fromName(chosen.theme));
    m_notifier->setEnabled(chosen.notifications);
    m_notifier->setSoundEnabled(chosen.sound);
}

} // namespace Switchboard::App
