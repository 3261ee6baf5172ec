// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ChannelPresentation.h"
#include "ConversationTagsMenu.h"
#include "CustomerPanel.h"
#include "CustomerRecords.h"
#include "HistoryView.h"
#include "InboxDelegate.h"
#include "PresenceSelector.h"
#include "ShortcutsDialog.h"
#include "composer/Composer.h"
#include "item/ConversationModel.h"
#include "item/CustomerDirectory.h"
#include "item/InboxModel.h"
#include "item/SearchModel.h"
#include "item/TimelineModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Switchboard::Ui {

using namespace Domain;
using Item::InboxModel;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    buildLayout();
    buildActions();
    updateTitle();
    // The SLA countdowns and "last sync" age move on their own.
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_inboxView->viewport()->update();
        setConnectionState(ConnectionState(property("connectionState").toInt()), m_lastSyncAt,
            property("connectionReason").toString());
    });
    m_clock.start();
    resize(1360, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    // Left: filters, search, inbox.
    auto *left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search messages and customers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_scope = new QComboBox(left);
    m_scope->addItem(tr("Mine"), int(InboxModel::Filter::Scope::Mine));
    m_scope->addItem(tr("Unassigned"), int(InboxModel::Filter::Scope::Unassigned));
    m_scope->addItem(tr("All"), int(InboxModel::Filter::Scope::All));
    m_scope->setAccessibleName(tr("Show conversations"));
    m_channel = new QComboBox(left);
    m_channel->addItem(tr("All channels"), QString());
    for (const ChannelKind channel : allChannelKinds())
        m_channel->addItem(ChannelPresentation::icon(channel), ChannelPresentation::name(channel),
            toWire(channel));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_status = new QComboBox(left);
    m_status->addItem(tr("Open and pending"), QString());
    m_status->addItem(tr("Open"), toWire(ConversationStatus::Open));
    m_status->addItem(tr("Pending"), toWire(ConversationStatus::Pending));
    m_status->addItem(tr("Resolved"), toWire(ConversationStatus::Resolved));
    m_status->setAccessibleName(tr("Status filter"));
    m_sort = new QComboBox(left);
    m_sort->addItem(tr("SLA due first"), int(InboxModel::Filter::Sort::SlaDue));
    m_sort->addItem(tr("Latest activity first"), int(InboxModel::Filter::Sort::LastActivity));
    m_sort->setAccessibleName(tr("Sort order"));
    m_inboxView = new QListView(left);
    m_inboxView->setItemDelegate(new InboxDelegate(m_inboxView));
    m_inboxView->setAccessibleName(tr("Inbox"));
    m_inboxView->setUniformItemSizes(true);
    m_inboxView->setAlternatingRowColors(true);
    m_searchView = new QListView(left);
    m_searchView->setAccessibleName(tr("Search results"));
    m_searchView->setWordWrap(true);
    m_lists = new QStackedWidget(left);
    m_lists->addWidget(m_inboxView);
    m_lists->addWidget(m_searchView);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_channel, 1);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_status, 1);
    filters2->addWidget(m_sort, 1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(filters2);
    leftLayout->addWidget(m_lists, 1);

    // Middle: history over composer.
    m_history = new HistoryView(this);
    connect(m_history, &HistoryView::attachmentRequested, this, &MainWindow::attachmentRequested);
    m_composer = new Composer(this);
    m_composer->setChannelNamer(
        [](ChannelKind channel) { return ChannelPresentation::name(channel); });
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_history);
    middle->addWidget(m_composer);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);

    m_customerPanel = new CustomerPanel(this);
    m_customerRecords = new CustomerRecords(m_customerPanel, this);

    // The call bar, when there is one, sits above the history (setCallBar).
    auto *centre = new QWidget(this);
    m_centreLayout = new QVBoxLayout(centre);
    m_centreLayout->setContentsMargins(0, 0, 0, 0);
    m_centreLayout->addWidget(middle, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(centre);
    split->addWidget(m_customerPanel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 1);
    split->setSizes({380, 700, 280});
    setCentralWidget(split);

    // Top: presence.
    auto *bar = addToolBar(tr("Presence"));
    bar->setObjectName(QStringLiteral("presenceBar"));
    bar->setMovable(false);
    auto *presenceLabel = new QLabel(tr("Presence:"), bar);
    m_presence = new PresenceSelector(bar);
    bar->addWidget(presenceLabel);
    bar->addWidget(m_presence);

    // Bottom: the link to the hub.
    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_outbox = new QLabel(this);
    m_outbox->setAccessibleName(tr("Outbox"));
    m_lastSync = new QLabel(this);
    m_lastSync->setAccessibleName(tr("Last sync"));
    // Permanent, so passing messages never hide the link to the hub.
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_lastSync);
    setConnectionState(ConnectionState::Offline, {}, {});
    setOutboxCount(0, 0);

    for (QComboBox *box : {m_scope, m_channel, m_status, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_models.search)
            return;
        m_models.search->setQuery(text);
        m_lists->setCurrentWidget(
            text.trimmed().isEmpty() ? static_cast<QWidget *>(m_inboxView) : m_searchView);
    });
    connect(m_searchView, &QListView::activated, this, [this](const QModelIndex &index) {
        openCustomer(index.data(Item::SearchModel::CustomerIdRole).toLongLong(),
            index.data(Item::SearchModel::ConversationIdRole).toLongLong());
    });
    connect(m_presence, &PresenceSelector::presenceRequested, this, &MainWindow::presenceRequested);
    connect(m_customerPanel, &CustomerPanel::conversationActivated, this,
        [this](Id conversationId) { openCustomer(m_customerId, conversationId); });
    connect(m_composer, &Composer::replyRequested, this, &MainWindow::replyRequested);
    connect(m_composer, &Composer::noteRequested, this, &MainWindow::noteRequested);
    connect(m_composer, &Composer::resendConflict, this,
        [this](qint64 outboxId, Id after, const QString &body) {
            m_shownConflict = 0;
            Q_EMIT resendConflict(outboxId, after, body);
        });
    connect(m_composer, &Composer::discardConflict, this, [this](qint64 outboxId) {
        m_shownConflict = 0;
        Q_EMIT discardOutboxItem(outboxId);
    });
    connect(
        m_composer, &Composer::overrideReplyRequested, this, &MainWindow::overrideReplyRequested);
    connect(m_composer, &Composer::conversationStartRequested, this,
        &MainWindow::conversationStartRequested);
    connect(m_composer, &Composer::overrideRejected, this,
        [this](qint64 outboxId, const QString &reason) {
            m_shownRejected = 0;
            Q_EMIT overrideOutboxItem(outboxId, reason);
        });
    connect(m_composer, &Composer::discardRejected, this, [this](qint64 outboxId) {
        m_shownRejected = 0;
        Q_EMIT discardOutboxItem(outboxId);
    });
}

void MainWindow::buildActions()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        if (!keys.isEmpty())
            action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        addAction(action);
        m_actions << action;
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&Switchboard"));
    add(file, tr("&Reconnect now"), QKeySequence(Qt::Key_F5),
        [this] { Q_EMIT reconnectRequested(); });
    add(file, tr("S&ettings…"),
        QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(tr("Ctrl+,"))
                                                          : QKeySequence(QKeySequence::Preferences),
        [this] { Q_EMIT settingsRequested(); });
    // Supervisors and admins only (setSignedInUser); the hub refuses everyone else anyway.
    m_auditLog
        = add(file, tr("&Audit log…"), QKeySequence(), [this] { Q_EMIT auditLogRequested(); });
    m_auditLog->setVisible(false);
    add(file, tr("Sign &out…"), QKeySequence(), [this] { confirmSignOut(); });
    file->addSeparator();
    add(file, tr("&Quit"),
        QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(tr("Ctrl+Q"))
                                                   : QKeySequence(QKeySequence::Quit),
        [] { QApplication::quit(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Search"), QKeySequence(tr("Ctrl+F")), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    add(go, tr("&Inbox"), QKeySequence(tr("Ctrl+1")), [this] {
        m_search->clear();
        m_inboxView->setFocus();
    });
    add(go, tr("&History"), QKeySequence(tr("Ctrl+2")), [this] { m_history->setFocus(); });
    add(go, tr("&Reply"), QKeySequence(tr("Ctrl+R")), [this] { m_composer->focusEditor(); });
    add(go, tr("&Next customer"), QKeySequence(tr("Alt+Down")),
        [this] { selectInboxRow(m_inboxView->currentIndex().row() + 1); });
    add(go, tr("&Previous customer"), QKeySequence(tr("Alt+Up")),
        [this] { selectInboxRow(std::max(0, m_inboxView->currentIndex().row() - 1)); });
    go->addSeparator();
    add(go, tr("Show &mine"), QKeySequence(tr("Ctrl+Shift+M")),
        [this] { m_scope->setCurrentIndex(0); });
    add(go, tr("Show &unassigned"), QKeySequence(tr("Ctrl+Shift+U")),
        [this] { m_scope->setCurrentIndex(1); });
    add(go, tr("Show &all"), QKeySequence(tr("Ctrl+Shift+A")),
        [this] { m_scope->setCurrentIndex(2); });
    add(go, tr("Presence"), QKeySequence(tr("Ctrl+Shift+P")), [this] { m_presence->setFocus(); });

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    add(conversation, tr("&Take (assign to me)"), QKeySequence(tr("Ctrl+T")), [this] {
        if (m_conversationId > 0)
            Q_EMIT assignRequested(m_conversationId, m_me.id);
    });
    add(conversation, tr("Return to &queue"), QKeySequence(tr("Ctrl+Shift+Q")), [this] {
        if (m_conversationId > 0)
            Q_EMIT assignRequested(m_conversationId, std::nullopt);
    });
    add(conversation, tr("Mark &pending"), QKeySequence(tr("Ctrl+Shift+E")), [this] {
        if (m_conversationId > 0)
            Q_EMIT statusRequested(m_conversationId, ConversationStatus::Pending);
    });
    add(conversation, tr("&Resolve"), QKeySequence(tr("Ctrl+E")), [this] {
        if (m_conversationId > 0)
            Q_EMIT statusRequested(m_conversationId, ConversationStatus::Resolved);
    });
    add(conversation, tr("Re&open"), QKeySequence(tr("Ctrl+Shift+O")), [this] {
        if (m_conversationId > 0)
            Q_EMIT statusRequested(m_conversationId, ConversationStatus::Open);
    });
    conversation->addSeparator();
    auto *tags = new ConversationTagsMenu(
        [this]() -> std::optional<Conversation> {
            if (!m_models.directory || m_conversationId <= 0)
                return std::nullopt;
            return m_models.directory->conversation(m_conversationId);
        },
        conversation);
    conversation->addMenu(tags);
    connect(tags, &ConversationTagsMenu::tagsRequested, this, &MainWindow::tagsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence(tr("Ctrl+/")), [this] { showShortcuts(); });
    add(help, tr("&About Switchboard"), QKeySequence(), [this] { AboutDialog(this).exec(); });
}

void MainWindow::setCallBar(QWidget *bar, const QList<QAction *> &actions)
{
    m_centreLayout->insertWidget(0, bar);
    auto *call = new QMenu(tr("Ca&ll"), this);
    for (QAction *action : actions) {
        call->addAction(action);
        addAction(action);
        m_actions << action;
    }
    addMenu(call);
}

void MainWindow::addMenu(QMenu *menu)
{
    // Before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action->menu() || m_actions.contains(action))
            continue;
        addAction(action);
        m_actions << action;
        // A menu that goes (the supervisor's, at sign-out) takes its actions out of the list.
        connect(action, &QObject::destroyed, this, [this, action] { m_actions.removeAll(action); });
    }
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return m_actions;
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions = m_actions;
    // The composer's own keys, which live on its widgets.
    auto *send = new QAction(tr("Send the reply or note"), this);
    send->setShortcut(QKeySequence(tr("Ctrl+Return")));
    auto *note = new QAction(tr("Switch between reply and internal note"), this);
    note->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    auto *canned = new QAction(tr("Insert a canned response"), this);
    canned->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    auto *move = new QAction(tr("Move a public conversation to private"), this);
    move->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    actions << send << note << canned << move;
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
    qDeleteAll(QList<QAction *>{send, note, canned, move});
}

void MainWindow::confirmSignOut()
{
    QMessageBox box(QMessageBox::Question, tr("Sign out"), tr("Sign out of Switchboard?"),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("You can keep this computer's copy of your conversations for a fast "
                              "start next time, or delete it. Anything not yet sent is lost if "
                              "you delete it."));
    QAbstractButton *keep = box.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    QAbstractButton *wipe
        = box.addButton(tr("Sign out and delete local data"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == keep)
        Q_EMIT signOutRequested(false);
    else if (box.clickedButton() == wipe)
        Q_EMIT signOutRequested(true);
}

void MainWindow::attach(const Models &models, const User &me)
{
    detach();
    m_models = models;
    m_customerRecords->setDirectory(models.directory);
    m_inboxView->setModel(models.inbox);
    m_searchView->setModel(models.search);
    m_history->setModel(models.timeline);
    setSignedInUser(me);
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openCustomer(current.data(InboxModel::CustomerIdRole).toLongLong(),
                    current.data(InboxModel::ConversationIdRole).toLongLong());
        });
    // Keep the selection on the same customer while rows move.
    connect(models.inbox, &QAbstractItemModel::rowsMoved, this,
        [this] { m_inboxView->scrollTo(m_inboxView->currentIndex()); });
    connect(
        models.conversation, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshConflict);
    connect(
        models.conversation, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshConflict);
    connect(
        models.conversation, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshConflict);
    connect(
        models.conversation, &QAbstractItemModel::modelReset, this, &MainWindow::refreshConflict);
    connect(models.timeline, &QAbstractItemModel::rowsInserted, this, [this] {
        // New messages in the open conversation are being read as they arrive.
        if (m_conversationId > 0 && isActiveWindow())
            Q_EMIT conversationRead(m_conversationId);
        refreshCustomer();
    });
    // The first customer opens as soon as the inbox has one (on first sign-in, once synced).
    connect(models.inbox, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_customerId == 0 && !m_inboxView->currentIndex().isValid())
            selectInboxRow(0);
    });
    connect(models.inbox, &QAbstractItemModel::modelReset, this, [this] {
        if (m_customerId == 0)
            selectInboxRow(0);
    });
    applyFilter();
    // The inbox paints first; the first customer's history and card follow a turn later, so a
    // start from the cache shows the agent their work as early as possible.
    QTimer::singleShot(0, this, [this] {
        if (m_models.inbox && m_customerId == 0 && m_models.inbox->rowCount() > 0)
            selectInboxRow(0);
    });
}

void MainWindow::detach()
{
    if (m_models.conversation)
        disconnect(m_models.conversation, nullptr, this, nullptr);
    if (m_models.timeline)
        disconnect(m_models.timeline, nullptr, this, nullptr);
    if (m_models.inbox)
        disconnect(m_models.inbox, nullptr, this, nullptr);
    m_inboxView->setModel(nullptr);
    m_searchView->setModel(nullptr);
    m_history->setModel(nullptr);
    m_models = {};
    m_customerRecords->setDirectory(nullptr);
    m_customerId = m_conversationId = 0;
    m_shownConflict = 0;
    m_shownRejected = 0;
    m_customerPanel->setCustomer(std::nullopt, {}, 0);
    m_composer->clearConflict();
}

void MainWindow::setSignedInUser(const User &me)
{
    m_me = me;
    const bool supervisor = me.id > 0 && Domain::roleAtLeast(me.role, Domain::Role::Supervisor);
    m_auditLog->setVisible(supervisor);
    m_customerPanel->setRecordTools(supervisor);
    m_presence->setPresence(me.presence);
    if (m_models.inbox)
        m_models.inbox->setSignedInUser(me.id);
    m_history->setSignedInUser(me.id);
    updateTitle();
}

void MainWindow::setCannedResponses(const Policy::CannedResponses &responses)
{
    m_composer->setCannedResponses(responses);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_me.id > 0 ? tr("Switchboard — %1").arg(m_me.name) : tr("Switchboard"));
}

void MainWindow::applyFilter()
{
    if (!m_models.inbox)
        return;
    InboxModel::Filter filter;
    filter.scope = InboxModel::Filter::Scope(m_scope->currentData().toInt());
    filter.sort = InboxModel::Filter::Sort(m_sort->currentData().toInt());
    if (const auto channel = fromWire<ChannelKind>(m_channel->currentData().toString()))
        filter.channel = *channel;
    if (const auto status = fromWire<ConversationStatus>(m_status->currentData().toString()))
        filter.statuses = {*status};
    m_models.inbox->setFilter(filter);
}

void MainWindow::selectInboxRow(int row)
{
    if (!m_models.inbox)
        return;
    if (row >= m_models.inbox->rowCount() && m_models.inbox->canFetchMore({}))
        m_models.inbox->fetchMore({});
    if (row < 0 || row >= m_models.inbox->rowCount())
        return;
    m_inboxView->setCurrentIndex(m_models.inbox->index(row));
}

void MainWindow::openCustomer(Id customerId, Id conversationId)
{
    if (!m_models.directory || customerId <= 0)
        return;
    const bool newCustomer = customerId != m_customerId;
    m_customerId = customerId;
    if (conversationId <= 0) {
        const auto conversations = m_models.directory->conversations(customerId);
        conversationId = conversations.isEmpty() ? 0 : conversations.first().id;
    }
    m_conversationId = conversationId;
    if (newCustomer) {
        m_models.timeline->setCustomer(customerId);
        Q_EMIT customerOpened(customerId);
    }
    m_models.conversation->setConversation(conversationId);
    if (conversationId > 0)
        Q_EMIT conversationRead(conversationId);
    m_shownConflict = 0;
    m_shownRejected = 0;
    refreshCustomer();
    refreshConflict();
}

void MainWindow::refreshCustomer()
{
    if (!m_models.directory || m_customerId <= 0)
        return;
    const auto customer = m_models.directory->customer(m_customerId);
    const auto conversations = m_models.directory->conversations(m_customerId);
    m_customerPanel->setCustomer(customer, conversations, m_conversationId);
    m_customerRecords->setCustomer(m_customerId);
    if (!customer)
        return;
    ComposerContext context;
    context.customer = *customer;
    context.conversations = conversations;
    context.conversationId = m_conversationId;
    context.agent = m_me;
    // Called while openCustomer() switches models too: the conversation model may still hold the
    // conversation left, whose messages a reply here must never claim to answer.
    context.lastMessageId = m_models.conversation->conversation() == m_conversationId
        ? m_models.conversation->lastMessageId()
        : 0;
    m_composer->setContext(context);
}

void MainWindow::refreshConflict()
{
    if (!m_models.conversation)
        return;
    m_composer->setLastMessageId(
        m_models.conversation->conversation(), m_models.conversation->lastMessageId());
    const int rows = m_models.conversation->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_models.conversation->index(row);
        if (index.data(Item::ConversationModel::OutboxStateRole).toString()
            != QLatin1String("conflict"))
            continue;
        const qint64 outboxId = index.data(Item::ConversationModel::IdRole).toLongLong();
        if (outboxId == m_shownConflict)
            return;
        m_shownConflict = outboxId;
        ConflictInfo conflict;
        conflict.outboxId = outboxId;
        conflict.draft = index.data(Item::ConversationModel::BodyRole).toString();
        conflict.missed
            = index.data(Item::ConversationModel::MissedMessagesRole).value<QList<Message>>();
        conflict.reason = index.data(Item::ConversationModel::OutboxErrorRole).toString();
        m_composer->showConflict(conflict);
        return;
    }
    if (m_shownConflict != 0) {
        m_shownConflict = 0;
        m_composer->clearConflict();
    }
    refreshRejected();
}

void MainWindow::refreshRejected()
{
    // A reply the hub refused stays in the outbox, and on screen, until the agent decides.
    for (int row = 0; row < m_models.conversation->rowCount(); ++row) {
        const QModelIndex index = m_models.conversation->index(row);
        if (index.data(Item::ConversationModel::OutboxStateRole).toString()
                != QLatin1String("rejected")
            || index.data(Item::ConversationModel::KindRole).toString() != QLatin1String("reply"))
            continue;
        const qint64 outboxId = index.data(Item::ConversationModel::IdRole).toLongLong();
        if (outboxId == m_shownRejected)
            return;
        m_shownRejected = outboxId;
        RejectedInfo rejected;
        rejected.outboxId = outboxId;
        rejected.draft = index.data(Item::ConversationModel::BodyRole).toString();
        rejected.code = index.data(Item::ConversationModel::OutboxErrorCodeRole).toString();
        rejected.reason = index.data(Item::ConversationModel::OutboxErrorRole).toString();
        const QString channel = index.data(Item::ConversationModel::OutboxChannelRole).toString();
        if (!channel.isEmpty())
            rejected.channel = fromWire<ChannelKind>(channel);
        else if (const auto conversation = m_models.directory->conversation(m_conversationId))
            rejected.channel = conversation->channel;
        m_composer->showRejected(rejected);
        return;
    }
    if (m_shownRejected != 0) {
        m_shownRejected = 0;
        m_composer->clearRejected();
    }
}

void MainWindow::setConnectionState(
    ConnectionState state, const QDateTime &lastSync, const QString &reason)
{
    setProperty("connectionState", int(state));
    setProperty("connectionReason", reason);
    m_lastSyncAt = lastSync;
    QString text;
    QString colour;
    switch (state) {
    case ConnectionState::Offline:
        text = reason.isEmpty() ? tr("Offline") : tr("Offline — %1").arg(reason);
        colour = QStringLiteral("#d32f2f");
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        colour = QStringLiteral("#ef8f00");
        break;
    case ConnectionState::CatchingUp:
        text = tr("Catching up…");
        colour = QStringLiteral("#ef8f00");
        break;
    case ConnectionState::Live:
        text = tr("Live");
        colour = QStringLiteral("#2e7d32");
        break;
    }
    m_connection->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
    m_lastSync->setText(lastSync.isValid()
            ? tr("Last sync: %1")
                  .arg(QLocale().toString(lastSync.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Not synced yet"));
}

void MainWindow::setOutboxCount(int queued, int needsAttention)
{
    QString text = queued == 0 ? tr("Everything sent") : tr("%n waiting to send", nullptr, queued);
    if (needsAttention > 0)
        text += QStringLiteral(" · ") + tr("%n need attention", nullptr, needsAttention);
    m_outbox->setText(text);
}

} // namespace Switchboard::Ui
