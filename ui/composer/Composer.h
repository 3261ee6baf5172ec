// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComposerTargets.h"
#include "ConflictPanel.h"
#include "MoveToPrivate.h"
#include "RejectedPanel.h"
#include "domain/Message.h"
#include "policy/CannedResponses.h"
#include "policy/ReplyPolicy.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Switchboard::Ui {

class CannedPicker;
class LengthCounter;
class PolicyHighlighter;
class TargetSelector;

//! Writes a reply on one of the customer's channels, or an internal note.
//!
//! The reply policy runs as the agent types: findings are marked in the text with their reasons,
//! and Send stays disabled while one blocks (users with the policy's override role may send
//! anyway, with a reason). "Move to private" answers a public post with a short public reply and
//! carries the text over to the customer's private channel.
//!
//! Keyboard: Ctrl+Enter sends, Ctrl+Shift+N switches between reply and note, Ctrl+Shift+C opens
//! the canned responses, Ctrl+Shift+V moves a public conversation to private.
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
    //! Records a newer message seen in a conversation, so a reply there states it answers it.
    //! The conversation is named: while the window switches conversations, the one on screen
    //! and the one the message belongs to can differ for a moment.
    void setLastMessageId(Domain::Id conversationId, Domain::Id id);
    //! Replaces the canned responses on offer; "move_to_private" among them is the public
    //! reply of "Move to private".
    void setCannedResponses(const Policy::CannedResponses &responses);
    //! Puts the keyboard in the editor.
    void focusEditor();
    //! Names channels in the selector; without one, wire names are shown.
    void setChannelNamer(ChannelNamer namer);
    //! The reply policy to check with, and the lowest role that may override a block.
    void setPolicy(
        const Policy::ReplyPolicy &policy, Domain::Role overrideRole = Domain::Role::Supervisor);
    //! The public reply "Move to private" leaves (placeholders allowed); empty: the canned
    //! response "move_to_private" if there is one, else defaultMoveToPrivateTemplate().
    void setMoveToPrivateTemplate(const QString &text);
    //! The public reply "Move to private" leaves now, placeholders not filled in.
    QString moveToPrivateTemplate() const { return m_move.templateText(); }
    //! The default public reply of "Move to private".
    static QString defaultMoveToPrivateTemplate();
    //! Shows a reply the hub refused above the editor.
    void showRejected(const RejectedInfo &rejected);
    //! Hides the refused reply's panel.
    void clearRejected();
    bool hasRejected() const;

    //! True while writing an internal note.
    bool isNoteMode() const { return m_noteMode; }
    //! Switches between reply and internal note.
    void setNoteMode(bool note);
    //! The conversation a reply or note goes to; 0 for a new conversation (see target()).
    Domain::Id targetConversationId() const;
    //! Where the reply goes: a conversation, or a new one on a private channel.
    std::optional<ComposerTarget> target() const;
    //! The reply policy's answer for the text as it is now.
    const Policy::CheckResult &checkResult() const;
    //! True when the signed-in user may override the reply policy.
    bool canOverride() const;
    //! The text in the editor.
    QString text() const;
    //! True when a conflict is waiting for the agent's decision.
    bool hasConflict() const;

    //! The shipped canned responses (":/canned/default.json") followed by the user's own file.
    static Policy::CannedResponses loadCannedResponses(
        const QString &userPath = {}, QStringList *errors = nullptr);

public Q_SLOTS:
    //! Sends the reply or note when it may be sent; does nothing otherwise.
    void send();
    //! Opens the canned responses popup.
    void showCannedResponses();
    //! On a public conversation: queues the short public reply and switches to the customer's
    //! private channel with the text carried over. Does nothing elsewhere.
    void moveToPrivate();
    //! Asks for a reason and sends the blocked reply anyway (users allowed to override only).
    void overrideAndSend();

Q_SIGNALS:
    //! A reply to send on conversationId, answering everything up to afterMessageId.
    void replyRequested(Domain::Id conversationId, const QString &body, Domain::Id afterMessageId);
    //! An internal note for conversationId, never sent to the customer.
    void noteRequested(Domain::Id conversationId, const QString &body);
    //! The agent sends a conflicting reply as written, now answering afterMessageId.
    void resendConflict(qint64 outboxId, Domain::Id afterMessageId, const QString &body);
    //! The conflicting reply is dropped (discarded, or taken back into the editor to revise).
    void discardConflict(qint64 outboxId);
    //! A reply the policy blocks, sent anyway by a user allowed to, with the reason.
    void overrideReplyRequested(Domain::Id conversationId, const QString &body,
        Domain::Id afterMessageId, const QString &reason);
    //! A first reply to the customer on a private channel without an ongoing conversation;
    //! originConversationId is the public conversation it comes from (0: none).
    void conversationStartRequested(Domain::Id customerId, Domain::ChannelKind channel,
        const QString &body, Domain::Id originConversationId, const QString &overrideReason);
    //! A refused reply goes again with an override reason.
    void overrideRejected(qint64 outboxId, const QString &reason);
    //! A refused reply is dropped (discarded, or taken back into the editor).
    void discardRejected(qint64 outboxId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        QString text;
        bool note = false;
        std::optional<ComposerTarget> target;
    };

    void saveDraft();
    void rebuildTargets(const std::optional<ComposerTarget> &select);
    void emitReply(const QString &body, const QString &overrideReason);
    QString askOverrideReason(std::optional<Domain::ChannelKind> channel, const QString &text,
        const QString &hubReason = {});
    Domain::Id afterMessageIdFor(Domain::Id conversationId) const;
    void insertCanned(const Policy::CannedResponse &response);
    void revise(const ConflictInfo &conflict);
    void updateState();
    void applyModeLook();

    ComposerContext m_context;
    QHash<Domain::Id, Draft> m_drafts;
    QHash<Domain::Id, Domain::Id> m_lastSeen;
    Policy::CannedResponses m_canned;
    ChannelNamer m_namer;
    Domain::Role m_overrideRole = Domain::Role::Supervisor;
    MoveToPrivate m_move;
    bool m_noteMode = false;

    TargetSelector *m_target = nullptr;
    QToolButton *m_replyButton = nullptr;
    QToolButton *m_noteButton = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_noteBanner = nullptr;
    ConflictPanel *m_conflictPanel = nullptr;
    RejectedPanel *m_rejectedPanel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    PolicyHighlighter *m_guard = nullptr;
    QToolButton *m_cannedButton = nullptr;
    QLabel *m_status = nullptr;
    LengthCounter *m_counter = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    CannedPicker *m_picker = nullptr;
};

} // namespace Switchboard::Ui
