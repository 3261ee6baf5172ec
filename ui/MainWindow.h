// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionState.h"
#include "domain/User.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QListView;
class QStackedWidget;
class QVBoxLayout;

namespace Switchboard::Item {
class ConversationModel;
class CustomerDirectory;
class InboxModel;
class SearchModel;
class TimelineModel;
} // namespace Switchboard::Item

namespace Switchboard::Policy {
class CannedResponses;
}

namespace Switchboard::Ui {

class Composer;
class CustomerPanel;
class CustomerRecords;
class HistoryView;
class PresenceSelector;

//! The agent's window: the unified inbox (with search) on the left, the selected customer's
//! history and the composer in the middle, the customer's card on the right, presence at the
//! top and the link to the hub in the status bar. It only shows models and emits what the agent
//! asks for; the application carries the requests to the sync engine.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Models
    {
        Item::InboxModel *inbox = nullptr;
        Item::SearchModel *search = nullptr;
        Item::TimelineModel *timeline = nullptr;
        Item::ConversationModel *conversation = nullptr;
        Item::CustomerDirectory *directory = nullptr;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Shows a signed-in session's models.
    void attach(const Models &models, const Domain::User &me);
    //! Lets go of the models (signed out); the window stays, empty.
    void detach();
    void setSignedInUser(const Domain::User &me);
    void setCannedResponses(const Policy::CannedResponses &responses);
    void setConnectionState(
        ConnectionState state, const QDateTime &lastSync, const QString &reason);
    void setOutboxCount(int queued, int needsAttention);
    //! Selects a customer (and one of their conversations, or their most recent).
    void openCustomer(Domain::Id customerId, Domain::Id conversationId = 0);
    Domain::Id currentCustomer() const { return m_customerId; }
    Domain::Id currentConversation() const { return m_conversationId; }
    //! Places the active call bar above the history and lists the call's actions (with their
    //! shortcuts) in a Call menu and in the shortcuts overview.
    void setCallBar(QWidget *bar, const QList<QAction *> &actions);
    QList<QAction *> shortcutActions() const;
    //! Puts a menu before Help; its actions' shortcuts work in the window and are listed in the
    //! shortcuts overview.
    void addMenu(QMenu *menu);
    Composer *composer() const { return m_composer; }
    //! The supervisor's merge and split of customer records.
    CustomerRecords *customerRecords() const { return m_customerRecords; }

Q_SIGNALS:
    void customerOpened(Domain::Id customerId);
    void conversationRead(Domain::Id conversationId);
    void replyRequested(Domain::Id conversationId, const QString &body, Domain::Id afterMessageId);
    void noteRequested(Domain::Id conversationId, const QString &body);
    void resendConflict(qint64 outboxId, Domain::Id afterMessageId, const QString &body);
    //! A reply the policy blocks, sent anyway with a reason (users allowed to override).
    void overrideReplyRequested(Domain::Id conversationId, const QString &body,
        Domain::Id afterMessageId, const QString &reason);
    //! A first reply on a private channel ("Move to private").
    void conversationStartRequested(Domain::Id customerId, Domain::ChannelKind channel,
        const QString &body, Domain::Id originConversationId, const QString &overrideReason);
    //! A reply the hub refused goes again, overriding the policy with a reason.
    void overrideOutboxItem(qint64 outboxId, const QString &reason);
    //! A supervisor opens the audit log.
    void auditLogRequested();
    void discardOutboxItem(qint64 outboxId);
    void assignRequested(Domain::Id conversationId, std::optional<Domain::Id> assigneeId);
    void statusRequested(Domain::Id conversationId, Domain::ConversationStatus status);
    //! The conversation's tags, as the agent set them (insight tags among them).
    void tagsRequested(Domain::Id conversationId, const QStringList &tags);
    void presenceRequested(Domain::PresenceState state, const QString &reason);
    void reconnectRequested();
    void signOutRequested(bool deleteCache);
    void settingsRequested();
    //! The agent wants to save a file that came with a message.
    void attachmentRequested(qint64 messageId, int number, const QString &name);

private:
    void buildActions();
    void buildLayout();
    void applyFilter();
    void selectInboxRow(int row);
    void refreshCustomer();
    void refreshConflict();
    void refreshRejected();
    void updateTitle();
    void showShortcuts();
    void confirmSignOut();

    Models m_models;
    Domain::User m_me;
    Domain::Id m_customerId = 0;
    Domain::Id m_conversationId = 0;

    QComboBox *m_scope = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_sort = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_lists = nullptr;
    QVBoxLayout *m_centreLayout = nullptr;
    QListView *m_inboxView = nullptr;
    QListView *m_searchView = nullptr;
    HistoryView *m_history = nullptr;
    Composer *m_composer = nullptr;
    CustomerPanel *m_customerPanel = nullptr;
    CustomerRecords *m_customerRecords = nullptr;
    PresenceSelector *m_presence = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_lastSync = nullptr;
    QTimer m_clock;
    QDateTime m_lastSyncAt;
    QList<QAction *> m_actions;
    qint64 m_shownConflict = 0;
    qint64 m_shownRejected = 0;
    QAction *m_auditLog = nullptr;
};

} // namespace Switchboard::Ui
