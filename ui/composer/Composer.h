// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/User.h"
#include "policy/CannedResponses.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Switchboard::Ui {

class CannedPicker;
class ConflictPanel;

//! What the composer writes about: the customer, their conversations and who is writing.
struct ComposerContext
{
    Domain::Customer customer;
    //! Every conversation of the customer a reply may go to; the selector lists them.
    QList<Domain::Conversation> conversations;
    //! The conversation on screen: the default target and the key of the draft.
    Domain::Id conversationId = 0;
    Domain::User agent;
    //! The newest message the agent has seen in that conversation: what a reply answers.
    Domain::Id lastMessageId = 0;
};

//! The hub's 409 for a reply: what was missed, and the reply as written.
struct ConflictInfo
{
    qint64 outboxId = 0;
    QString draft;
    QList<Domain::Message> missed;
    QString reason;
};

//! Writes a reply on one of the customer's channels, or an internal note.
//!
//! Keyboard: Ctrl+Enter sends, Ctrl+Shift+N switches between reply and note, Ctrl+Shift+C opens
//! the canned responses.
class Composer : public QWidget
{
    Q_OBJECT

public:
    //! Turns a channel into the name the selector shows (the desktop's ChannelPresentation).
    using ChannelNamer = std::function<QString(Domain::ChannelKind)>;

    explicit Composer(QWidget *parent = nullptr);

    //! Switches to another conversation; the draft of the one left is kept for coming back.
    void setContext(const ComposerContext &context);
    //! Shows the hub's conflict above the editor.
    void showConflict(const ConflictInfo &conflict);
    //! Hides the conflict panel.
    void clearConflict();
    //! Records a newer message in the conversation on screen, so a reply states it answers it.
    void setLastMessageId(Domain::Id id);
    //! Replaces the canned responses on offer.
    void setCannedResponses(const Policy::CannedResponses &responses);
    //! Puts the keyboard in the editor.
    void focusEditor();
    //! Names channels in the selector; without one, wire names are shown.
    void setChannelNamer(ChannelNamer namer);

    //! True while writing an internal note.
    bool isNoteMode() const { return m_noteMode; }
    //! Switches between reply and internal note.
    void setNoteMode(bool note);
    //! The conversation a reply or note goes to.
    Domain::Id targetConversationId() const;
    //! The text in the editor.
    QString text() const;
    //! True when a conflict is waiting for the agent's decision.
    bool hasConflict() const { return m_conflict.has_value(); }

    //! The shipped canned responses (":/canned/default.json") followed by the user's own file.
    static Policy::CannedResponses loadCannedResponses(
        const QString &userPath = {}, QStringList *errors = nullptr);

public Q_SLOTS:
    //! Sends the reply or note when it may be sent; does nothing otherwise.
    void send();
    //! Opens the canned responses popup.
    void showCannedResponses();

Q_SIGNALS:
    //! A reply to send on conversationId, answering everything up to afterMessageId.
    void replyRequested(Domain::Id conversationId, const QString &body, Domain::Id afterMessageId);
    //! An internal note for conversationId, never sent to the customer.
    void noteRequested(Domain::Id conversationId, const QString &body);
    //! The agent sends a conflicting reply as written, now answering afterMessageId.
    void resendConflict(qint64 outboxId, Domain::Id afterMessageId, const QString &body);
    //! The conflicting reply is dropped (discarded, or taken back into the editor to revise).
    void discardConflict(qint64 outboxId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        QString text;
        bool note = false;
        Domain::Id target = 0;
    };

    void saveDraft();
    void rebuildTargets(Domain::Id select);
    std::optional<Domain::Conversation> target() const;
    Domain::Id afterMessageIdFor(Domain::Id conversationId) const;
    void insertCanned(const Policy::CannedResponse &response);
    void revise();
    void sendAnyway();
    void discard();
    void updateState();
    void applyModeLook();

    ComposerContext m_context;
    QHash<Domain::Id, Draft> m_drafts;
    QHash<Domain::Id, Domain::Id> m_lastSeen;
    std::optional<ConflictInfo> m_conflict;
    Policy::CannedResponses m_canned;
    ChannelNamer m_namer;
    bool m_noteMode = false;

    QComboBox *m_target = nullptr;
    QToolButton *m_replyButton = nullptr;
    QToolButton *m_noteButton = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_noteBanner = nullptr;
    QLabel *m_publicWarning = nullptr;
    ConflictPanel *m_conflictPanel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QToolButton *m_cannedButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_sendButton = nullptr;
    CannedPicker *m_picker = nullptr;
};

} // namespace Switchboard::Ui
