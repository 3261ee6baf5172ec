// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"

#include "CannedPicker.h"
#include "ConflictPanel.h"
#include "FindingText.h"
#include "LengthCounter.h"
#include "NoteLook.h"
#include "OverrideDialog.h"
#include "PolicyHighlighter.h"
#include "RejectedPanel.h"
#include "TargetSelector.h"
#include "policy/ChannelLimits.h"
#include "policy/Masking.h"
#include "policy/Placeholders.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

// Q_INIT_RESOURCE declares a function, which may not happen inside a namespace; the resources of
// a static library are otherwise dropped by the linker.
static void initComposerResources()
{
    Q_INIT_RESOURCE(composer);
}

namespace Switchboard::Ui {

using Domain::ChannelKind;

namespace {

QString wireLabel(ChannelKind channel)
{
    QString name = Domain::toWire(channel).replace(QLatin1Char('_'), QLatin1Char(' '));
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_namer(wireLabel)
    , m_move(defaultMoveToPrivateTemplate())
    , m_target(new TargetSelector(this))
    , m_replyButton(new QToolButton(this))
    , m_noteButton(new QToolButton(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_noteBanner(new QLabel(this))
    , m_conflictPanel(new ConflictPanel(this))
    , m_rejectedPanel(new RejectedPanel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_guard(new PolicyHighlighter(m_editor, this))
    , m_cannedButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_counter(new LengthCounter(this))
    , m_moveButton(new QPushButton(this))
    , m_overrideButton(new QPushButton(this))
    , m_sendButton(new QPushButton(this))
    , m_picker(new CannedPicker(this))
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Reply composer"));

    auto *targetLabel = new QLabel(tr("&To:"), this);
    targetLabel->setBuddy(m_target);

    m_replyButton->setObjectName(QStringLiteral("replyModeButton"));
    m_replyButton->setText(tr("Reply"));
    m_replyButton->setAccessibleName(tr("Reply to the customer"));
    m_noteButton->setObjectName(QStringLiteral("noteModeButton"));
    m_noteButton->setText(tr("Internal note"));
    m_noteButton->setAccessibleName(tr("Write an internal note"));
    for (QToolButton *button : {m_replyButton, m_noteButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setToolTip(tr("Switch between reply and internal note (Ctrl+Shift+N)"));
    }
    m_noteButton->setIcon(TargetSelector::channelIcon(QStringLiteral("note")));
    m_modeGroup->addButton(m_replyButton);
    m_modeGroup->addButton(m_noteButton);
    m_modeGroup->setExclusive(true);
    m_replyButton->setChecked(true);

    m_noteBanner->setObjectName(QStringLiteral("noteBanner"));
    m_noteBanner->setText(tr("Internal note — never sent to the customer"));
    m_noteBanner->setAccessibleName(m_noteBanner->text());

    m_editor->setObjectName(QStringLiteral("editor"));
    m_editor->setAccessibleName(tr("Reply text"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);

    m_cannedButton->setObjectName(QStringLiteral("cannedButton"));
    m_cannedButton->setText(tr("Canned…"));
    m_cannedButton->setAccessibleName(tr("Insert a canned response"));
    m_cannedButton->setToolTip(tr("Insert a canned response (Ctrl+Shift+C)"));

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Composer status"));
    m_moveButton->setObjectName(QStringLiteral("moveToPrivateButton"));
    m_moveButton->setText(tr("Move to &private"));
    m_moveButton->setAccessibleName(tr("Move the conversation to a private channel"));
    m_moveButton->setToolTip(tr("Answer in public that you wrote privately, and continue on the "
                                "customer's private channel (Ctrl+Shift+V)"));
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_overrideButton->setText(tr("&Override…"));
    m_overrideButton->setAccessibleName(tr("Override the reply policy and send"));
    m_overrideButton->setToolTip(
        tr("Send this reply although the reply policy blocks it, with a reason for the audit log"));
    m_overrideButton->hide();

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Enter)"));

    auto *top = new QHBoxLayout;
    top->addWidget(targetLabel);
    top->addWidget(m_target, 1);
    top->addSpacing(12);
    top->addWidget(m_replyButton);
    top->addWidget(m_noteButton);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_cannedButton);
    bottom->addWidget(m_moveButton);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_overrideButton);
    bottom->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_guard->visibilityLabel());
    layout->addWidget(m_noteBanner);
    layout->addWidget(m_conflictPanel);
    layout->addWidget(m_rejectedPanel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_guard->findingsList());
    layout->addLayout(bottom);

    setTabOrder(m_editor, m_sendButton);
    setTabOrder(m_sendButton, m_cannedButton);
    setTabOrder(m_cannedButton, m_target);
    setTabOrder(m_target, m_replyButton);
    setTabOrder(m_replyButton, m_noteButton);

    auto *toggleNote = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    toggleNote->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toggleNote, &QShortcut::activated, this, [this] { setNoteMode(!m_noteMode); });
    auto *canned = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    canned->setContext(Qt::WidgetWithChildrenShortcut);
    connect(canned, &QShortcut::activated, this, &Composer::showCannedResponses);
    auto *move = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    move->setContext(Qt::WidgetWithChildrenShortcut);
    connect(move, &QShortcut::activated, this, &Composer::moveToPrivate);

    connect(m_noteButton, &QToolButton::toggled, this, &Composer::setNoteMode);
    connect(m_target, &QComboBox::currentIndexChanged, this, &Composer::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateState);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(m_cannedButton, &QToolButton::clicked, this, &Composer::showCannedResponses);
    connect(m_picker, &CannedPicker::chosen, this, &Composer::insertCanned);
    connect(m_conflictPanel, &ConflictPanel::reviseRequested, this, &Composer::revise);
    connect(m_conflictPanel, &ConflictPanel::sendAnywayRequested, this,
        [this](const ConflictInfo &conflict) {
            Domain::Id newest = 0;
            for (const Domain::Message &message : conflict.missed)
                newest = qMax(newest, message.id);
            Q_EMIT resendConflict(conflict.outboxId, newest, conflict.draft);
            focusEditor();
        });
    connect(m_conflictPanel, &ConflictPanel::discardRequested, this,
        [this](const ConflictInfo &conflict) {
            Q_EMIT discardConflict(conflict.outboxId);
            focusEditor();
        });
    connect(m_moveButton, &QPushButton::clicked, this, &Composer::moveToPrivate);
    connect(m_overrideButton, &QPushButton::clicked, this, &Composer::overrideAndSend);
    connect(
        m_rejectedPanel, &RejectedPanel::editRequested, this, [this](const RejectedInfo &rejected) {
            m_editor->setPlainText(rejected.draft);
            m_editor->moveCursor(QTextCursor::End);
            Q_EMIT discardRejected(rejected.outboxId);
            focusEditor();
        });
    connect(m_rejectedPanel, &RejectedPanel::overrideRequested, this,
        [this](const RejectedInfo &rejected) {
            const QString reason
                = askOverrideReason(rejected.channel, rejected.draft, rejected.reason);
            if (reason.isEmpty())
                return;
            m_rejectedPanel->clear();
            Q_EMIT overrideRejected(rejected.outboxId, reason);
        });
    connect(m_rejectedPanel, &RejectedPanel::discardRequested, this, &Composer::discardRejected);

    applyModeLook();
    updateState();
}

Policy::CannedResponses Composer::loadCannedResponses(const QString &userPath, QStringList *errors)
{
    initComposerResources();
    return Policy::CannedResponses::load(QStringLiteral(":/canned/default.json"), userPath, errors);
}

void Composer::setChannelNamer(ChannelNamer namer)
{
    m_namer = namer ? std::move(namer) : ChannelNamer(wireLabel);
    rebuildTargets(target());
}

QString Composer::defaultMoveToPrivateTemplate()
{
    return tr("We've sent you a private message.");
}

void Composer::setMoveToPrivateTemplate(const QString &text)
{
    m_move.setTemplate(text);
}

void Composer::setPolicy(const Policy::ReplyPolicy &policy, Domain::Role overrideRole)
{
    m_guard->setPolicy(policy);
    m_overrideRole = overrideRole;
    updateState();
}

bool Composer::canOverride() const
{
    return m_context.agent.id > 0 && Domain::roleAtLeast(m_context.agent.role, m_overrideRole);
}

const Policy::CheckResult &Composer::checkResult() const
{
    return m_guard->result();
}

void Composer::setContext(const ComposerContext &context)
{
    const bool sameConversation = context.conversationId == m_context.conversationId;
    if (!sameConversation) {
        saveDraft();
        // A conflict or refusal belongs to the reply of the conversation left; the outbox
        // keeps it.
        clearConflict();
        clearRejected();
    }
    m_context = context;
    for (const Domain::Conversation &conversation : context.conversations)
        m_lastSeen[conversation.id]
            = qMax(m_lastSeen.value(conversation.id), conversation.lastMessageId);
    if (context.conversationId != 0)
        m_lastSeen[context.conversationId]
            = qMax(m_lastSeen.value(context.conversationId), context.lastMessageId);

    if (sameConversation) {
        rebuildTargets(target());
    } else {
        const Draft draft = m_drafts.take(context.conversationId);
        rebuildTargets(draft.target);
        const QSignalBlocker blocker(m_noteButton);
        m_noteMode = draft.note;
        (m_noteMode ? m_noteButton : m_replyButton)->setChecked(true);
        m_editor->setPlainText(draft.text);
        m_editor->moveCursor(QTextCursor::End);
        m_status->clear();
        applyModeLook();
    }
    updateState();
}

void Composer::saveDraft()
{
    if (m_context.conversationId == 0)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty())
        m_drafts.remove(m_context.conversationId);
    else
        m_drafts.insert(m_context.conversationId, {text, m_noteMode, target()});
}

void Composer::rebuildTargets(const std::optional<ComposerTarget> &select)
{
    m_target->setTargets(
        ComposerTargets::all(m_context), m_namer, select, m_context.conversationId);
}

std::optional<ComposerTarget> Composer::target() const
{
    return m_target->target();
}

Domain::Id Composer::targetConversationId() const
{
    const std::optional<ComposerTarget> current = target();
    return current ? current->conversationId : 0;
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

Domain::Id Composer::afterMessageIdFor(Domain::Id conversationId) const
{
    return m_lastSeen.value(conversationId);
}

void Composer::setLastMessageId(Domain::Id conversationId, Domain::Id id)
{
    if (conversationId == 0)
        return;
    if (conversationId == m_context.conversationId)
        m_context.lastMessageId = id;
    m_lastSeen[conversationId] = qMax(m_lastSeen.value(conversationId), id);
}

void Composer::setCannedResponses(const Policy::CannedResponses &responses)
{
    m_canned = responses;
    m_move.setCannedResponses(responses);
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::setNoteMode(bool note)
{
    if (note == m_noteMode)
        return;
    m_noteMode = note;
    {
        const QSignalBlocker blocker(m_noteButton);
        (note ? m_noteButton : m_replyButton)->setChecked(true);
    }
    applyModeLook();
    updateState();
}

void Composer::applyModeLook()
{
    setProperty("mode", m_noteMode ? QStringLiteral("note") : QStringLiteral("reply"));
    m_editor->setProperty("mode", property("mode"));
    m_noteBanner->setVisible(m_noteMode);
    // Some styles barely mark a checked tool button in a dark palette; bold always shows.
    for (QToolButton *button : {m_replyButton, m_noteButton}) {
        QFont font = button->font();
        font.setBold(button == (m_noteMode ? m_noteButton : m_replyButton));
        button->setFont(font);
    }
    m_editor->setAccessibleName(m_noteMode ? tr("Internal note text") : tr("Reply text"));
    m_editor->setPlaceholderText(m_noteMode
            ? tr("Write a note for your colleagues. The customer never sees it.")
            : tr("Write your reply. Ctrl+Enter sends."));
    m_sendButton->setText(m_noteMode ? tr("Add &note") : tr("&Send"));
    m_sendButton->setAccessibleName(
        m_noteMode ? tr("Add the internal note") : tr("Send the reply"));
    // Again on every theme change: the editor's tint is computed from the window palette.
    NoteLook::styleBanner(m_noteBanner);
    NoteLook::applyToEditor(m_editor, palette(), m_noteMode);
}

void Composer::updateState()
{
    const std::optional<ComposerTarget> current = target();
    const std::optional<ChannelKind> channel
        = current ? std::optional<ChannelKind>(current->channel) : std::nullopt;
    const QString channelName = channel ? m_namer(*channel) : QString();
    const QString text = m_editor->toPlainText();
    const bool empty = text.trimmed().isEmpty();

    QString reason = m_counter->update(channel, channelName, text, m_noteMode);
    if (!current)
        reason = tr("Choose a conversation to reply on.");
    else if (m_noteMode && current->isNew())
        reason = tr("A note goes on one of the customer's conversations: choose one.");

    m_guard->update(channel, channelName, m_noteMode);
    const bool blocked = !m_noteMode && m_guard->blocks();
    if (blocked && reason.isEmpty()) {
        reason = canOverride()
            ? tr("Not sent as it is — %1. Remove it, or override with a reason.")
                  .arg(m_guard->blockReason())
            : tr("Not sent as it is — %1. Remove it to send.").arg(m_guard->blockReason());
    }
    if (!reason.isEmpty() || !m_status->property("placeholderWarning").toBool())
        m_status->setText(reason);

    const std::optional<Domain::Conversation> publicOne
        = m_noteMode ? std::nullopt : ComposerTargets::publicConversation(m_context, current);
    m_moveButton->setVisible(publicOne.has_value());
    m_moveButton->setEnabled(
        publicOne && ComposerTargets::privateTargetFor(m_context, *publicOne).has_value());
    m_overrideButton->setVisible(blocked && canOverride());
    m_overrideButton->setEnabled(blocked && canOverride() && !empty && !m_counter->isOver());
    m_sendButton->setEnabled(current && !empty && reason.isEmpty() && !m_counter->isOver());
}

void Composer::send()
{
    if (!m_sendButton->isEnabled())
        return;
    const QString body = m_editor->toPlainText();
    if (m_noteMode)
        Q_EMIT noteRequested(targetConversationId(), Policy::Masking::maskCardNumbers(body));
    else
        emitReply(body, {});
    m_editor->clear();
    m_drafts.remove(m_context.conversationId);
    m_status->setProperty("placeholderWarning", false);
    m_status->clear();
    updateState();
}

void Composer::emitReply(const QString &body, const QString &overrideReason)
{
    const std::optional<ComposerTarget> current = target();
    if (!current)
        return;
    if (current->isNew()) {
        Q_EMIT conversationStartRequested(
            m_context.customer.id, current->channel, body, current->origin, overrideReason);
    } else if (overrideReason.isEmpty()) {
        Q_EMIT replyRequested(
            current->conversationId, body, afterMessageIdFor(current->conversationId));
    } else {
        Q_EMIT overrideReplyRequested(current->conversationId, body,
            afterMessageIdFor(current->conversationId), overrideReason);
    }
}

QString Composer::askOverrideReason(
    std::optional<ChannelKind> channel, const QString &text, const QString &hubReason)
{
    QStringList reasons = channel ? m_guard->blockReasons(*channel, text) : QStringList();
    if (reasons.isEmpty() && !hubReason.isEmpty())
        reasons << hubReason;
    OverrideDialog dialog(reasons, this);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

void Composer::overrideAndSend()
{
    if (!m_overrideButton->isVisible() || !m_overrideButton->isEnabled())
        return;
    const QString reason = askOverrideReason(target()->channel, m_editor->toPlainText());
    if (reason.isEmpty() || !m_overrideButton->isEnabled())
        return;
    emitReply(m_editor->toPlainText(), reason);
    m_editor->clear();
    m_drafts.remove(m_context.conversationId);
    m_status->clear();
    updateState();
}

void Composer::moveToPrivate()
{
    const std::optional<MoveToPrivate::Plan> plan
        = m_noteMode ? std::nullopt : m_move.plan(m_context, target());
    if (!plan)
        return;
    if (!plan->destination) {
        m_status->setText(tr("The customer has no private channel to write to."));
        return;
    }
    Q_EMIT replyRequested(plan->from.id, plan->publicReply, afterMessageIdFor(plan->from.id));
    // The text stays in the editor; only where it goes changes.
    m_target->select(*plan->destination);
    m_status->setProperty("placeholderWarning", false);
    updateState();
    if (m_status->text().isEmpty()) {
        m_status->setText(tr("Told the customer in public; now writing on %1.")
                              .arg(m_namer(plan->destination->channel)));
        m_status->setProperty("placeholderWarning", true);
    }
    focusEditor();
}

void Composer::showCannedResponses()
{
    const std::optional<ComposerTarget> conversation = target();
    m_picker->setResponses(
        conversation ? m_canned.matching(conversation->channel) : m_canned.all());
    m_picker->popup(m_cannedButton);
}

void Composer::insertCanned(const Policy::CannedResponse &response)
{
    const Policy::Placeholders::Expansion expansion
        = Policy::Placeholders::expand(response.body, m_context.customer, m_context.agent);
    m_editor->insertPlainText(expansion.text);
    const QStringList left = expansion.unknown + expansion.unresolved;
    m_status->setProperty("placeholderWarning", !left.isEmpty());
    m_status->setText(left.isEmpty()
            ? QString()
            : tr("Check before sending: %1 left as typed.").arg(left.join(QLatin1String(", "))));
    focusEditor();
    updateState();
}

void Composer::showConflict(const ConflictInfo &conflict)
{
    m_conflictPanel->setConflict(conflict);
}

void Composer::clearConflict()
{
    m_conflictPanel->clear();
}

bool Composer::hasConflict() const
{
    return m_conflictPanel->conflict().has_value();
}

void Composer::showRejected(const RejectedInfo &rejected)
{
    m_rejectedPanel->setRejection(rejected,
        rejected.channel ? m_guard->blockReasons(*rejected.channel, rejected.draft) : QStringList(),
        canOverride());
}

void Composer::clearRejected()
{
    m_rejectedPanel->clear();
}

bool Composer::hasRejected() const
{
    return m_rejectedPanel->rejection().has_value();
}

void Composer::revise(const ConflictInfo &conflict)
{
    // The revised reply will answer what the agent has now read.
    for (const Domain::Message &message : conflict.missed)
        m_lastSeen[message.conversationId]
            = qMax(m_lastSeen.value(message.conversationId), message.id);
    m_editor->setPlainText(conflict.draft);
    m_editor->moveCursor(QTextCursor::End);
    Q_EMIT discardConflict(conflict.outboxId);
    focusEditor();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::ControlModifier) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyModeLook();
        updateState();
    }
}

} // namespace Switchboard::Ui
