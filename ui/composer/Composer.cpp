// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Composer.h"

#include "CannedPicker.h"
#include "ConflictPanel.h"
#include "policy/ChannelLimits.h"
#include "policy/Placeholders.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
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

// The one colour not taken from the palette: notes must never look like replies, in a light theme
// or a dark one. Amber reads as "internal" and stays distinct from selection blue and error red.
const QColor NoteColor(0xf5, 0xb7, 0x00);
const QColor NoteTextColor(0x24, 0x1a, 0x00);
// How much amber tints the editor's own background, so text keeps the palette's contrast.
constexpr qreal NoteTint = 0.28;

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
        base.greenF() * (1 - amount) + tint.greenF() * amount,
        base.blueF() * (1 - amount) + tint.blueF() * amount);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

//! The desktop's channel icon (resources/icons, linked in by the desktop's ui library), or none
//! where the composer is used alone.
QIcon channelIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

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
    , m_target(new QComboBox(this))
    , m_replyButton(new QToolButton(this))
    , m_noteButton(new QToolButton(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_noteBanner(new QLabel(this))
    , m_publicWarning(new QLabel(this))
    , m_conflictPanel(new ConflictPanel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_cannedButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_sendButton(new QPushButton(this))
    , m_picker(new CannedPicker(this))
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Reply composer"));

    auto *targetLabel = new QLabel(tr("&To:"), this);
    targetLabel->setBuddy(m_target);
    m_target->setObjectName(QStringLiteral("targetSelector"));
    m_target->setAccessibleName(tr("Conversation to reply on"));
    m_target->setToolTip(tr("Reply on this conversation or on another of the customer's channels"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(24);

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
    m_noteButton->setIcon(channelIcon(QStringLiteral("note")));
    m_modeGroup->addButton(m_replyButton);
    m_modeGroup->addButton(m_noteButton);
    m_modeGroup->setExclusive(true);
    m_replyButton->setChecked(true);

    m_noteBanner->setObjectName(QStringLiteral("noteBanner"));
    m_noteBanner->setText(tr("Internal note — never sent to the customer"));
    m_noteBanner->setAccessibleName(m_noteBanner->text());
    m_noteBanner->setAutoFillBackground(true);
    m_noteBanner->setContentsMargins(8, 4, 8, 4);
    QFont bannerFont = m_noteBanner->font();
    bannerFont.setBold(true);
    m_noteBanner->setFont(bannerFont);

    m_publicWarning->setObjectName(QStringLiteral("publicWarning"));
    m_publicWarning->setWordWrap(true);
    m_publicWarning->setFont(bannerFont);
    m_publicWarning->setContentsMargins(8, 2, 8, 2);

    m_conflictPanel->hide();

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
    m_counter->setObjectName(QStringLiteral("lengthCounter"));
    m_counter->setAccessibleName(tr("Reply length"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

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
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_publicWarning);
    layout->addWidget(m_noteBanner);
    layout->addWidget(m_conflictPanel);
    layout->addWidget(m_editor, 1);
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

    connect(m_noteButton, &QToolButton::toggled, this, &Composer::setNoteMode);
    connect(m_target, &QComboBox::currentIndexChanged, this, &Composer::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateState);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(m_cannedButton, &QToolButton::clicked, this, &Composer::showCannedResponses);
    connect(m_picker, &CannedPicker::chosen, this, &Composer::insertCanned);
    connect(m_conflictPanel, &ConflictPanel::reviseClicked, this, &Composer::revise);
    connect(m_conflictPanel, &ConflictPanel::sendAnywayClicked, this, &Composer::sendAnyway);
    connect(m_conflictPanel, &ConflictPanel::discardClicked, this, &Composer::discard);

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
    rebuildTargets(targetConversationId());
}

void Composer::setContext(const ComposerContext &context)
{
    const bool sameConversation = context.conversationId == m_context.conversationId;
    if (!sameConversation) {
        saveDraft();
        // A conflict belongs to the reply of the conversation left; the outbox keeps it.
        clearConflict();
    }
    m_context = context;
    for (const Domain::Conversation &conversation : context.conversations)
        m_lastSeen[conversation.id]
            = qMax(m_lastSeen.value(conversation.id), conversation.lastMessageId);
    if (context.conversationId != 0)
        m_lastSeen[context.conversationId]
            = qMax(m_lastSeen.value(context.conversationId), context.lastMessageId);

    if (sameConversation) {
        rebuildTargets(targetConversationId());
    } else {
        const Draft draft = m_drafts.take(context.conversationId);
        rebuildTargets(draft.target != 0 ? draft.target : context.conversationId);
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
        m_drafts.insert(m_context.conversationId, {text, m_noteMode, targetConversationId()});
}

void Composer::rebuildTargets(Domain::Id select)
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    for (const Domain::Conversation &conversation : m_context.conversations) {
        const QString name = m_namer(conversation.channel);
        const QString subject = conversation.subject.simplified();
        const QString label = subject.isEmpty() ? name : tr("%1 — %2").arg(name, subject);
        m_target->addItem(channelIcon(Domain::toWire(conversation.channel)), label,
            QVariant::fromValue(conversation.id));
        m_target->setItemData(m_target->count() - 1, label, Qt::AccessibleTextRole);
    }
    const int index = m_target->findData(QVariant::fromValue(select));
    m_target->setCurrentIndex(
        index >= 0 ? index : m_target->findData(QVariant::fromValue(m_context.conversationId)));
}

std::optional<Domain::Conversation> Composer::target() const
{
    const Domain::Id id = targetConversationId();
    for (const Domain::Conversation &conversation : m_context.conversations) {
        if (conversation.id == id)
            return conversation;
    }
    return std::nullopt;
}

Domain::Id Composer::targetConversationId() const
{
    return m_target->currentIndex() >= 0 ? m_target->currentData().toLongLong() : 0;
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

Domain::Id Composer::afterMessageIdFor(Domain::Id conversationId) const
{
    return m_lastSeen.value(conversationId);
}

void Composer::setLastMessageId(Domain::Id id)
{
    if (m_context.conversationId == 0)
        return;
    m_context.lastMessageId = id;
    m_lastSeen[m_context.conversationId] = qMax(m_lastSeen.value(m_context.conversationId), id);
}

void Composer::setCannedResponses(const Policy::CannedResponses &responses)
{
    m_canned = responses;
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

    QPalette banner = m_noteBanner->palette();
    banner.setColor(QPalette::Window, NoteColor);
    banner.setColor(QPalette::WindowText, NoteTextColor);
    m_noteBanner->setPalette(banner);

    // The editor keeps the palette's text colour and is tinted, so it stays readable in a dark
    // theme as in a light one; the window palette is read afresh on every theme change.
    QPalette editor = palette();
    if (m_noteMode)
        editor.setColor(
            QPalette::Base, blend(palette().color(QPalette::Base), NoteColor, NoteTint));
    m_editor->setPalette(editor);
}

void Composer::updateState()
{
    const std::optional<Domain::Conversation> conversation = target();
    const QString text = m_editor->toPlainText();
    const bool empty = text.trimmed().isEmpty();
    const QLocale locale;

    QString reason;
    bool over = false;
    QString counter;
    if (!conversation) {
        reason = tr("Choose a conversation to reply on.");
    } else if (m_noteMode) {
        counter = tr("Length: %1").arg(locale.toString(Policy::ChannelLimits::codePoints(text)));
    } else if (!Policy::ChannelLimits::acceptsText(conversation->channel)) {
        reason = tr("Calls take no written reply: add an internal note or choose another of the "
                    "customer's conversations.");
    } else {
        const Policy::LengthCheck check = Policy::checkLength(conversation->channel, text);
        over = check.over;
        if (check.limit == 0)
            counter = tr("Length: %1").arg(locale.toString(check.used));
        else
            counter = tr("%1 / %2").arg(locale.toString(check.used), locale.toString(check.limit));
        if (check.smsSegments > 0) {
            // Segments are what the customer's carrier bills, so they are worth seeing.
            counter += QStringLiteral(u" · ")
                + (check.smsUnicode ? tr("SMS segments: %1 (Unicode)") : tr("SMS segments: %1"))
                      .arg(check.smsSegments);
        }
        if (over) {
            reason = tr("Too long for %1 by %2.")
                         .arg(m_namer(conversation->channel),
                             locale.toString(check.used - check.limit));
        }
    }
    m_counter->setText(counter);
    m_counter->setVisible(!counter.isEmpty());
    m_counter->setProperty("over", over);
    m_counter->setAccessibleDescription(over ? tr("Over the limit") : QString());
    QPalette counterPalette = palette();
    if (over) {
        // Errors have no palette role; this red keeps its contrast on light and dark windows.
        counterPalette.setColor(QPalette::WindowText,
            isDark(palette()) ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc6, 0x28, 0x28));
    }
    m_counter->setPalette(counterPalette);
    m_counter->setToolTip(conversation && conversation->channel == ChannelKind::XPost
            ? tr("X counts most CJK characters and emoji as two, and every link as 23.")
            : QString());

    if (!reason.isEmpty() || !m_status->property("placeholderWarning").toBool())
        m_status->setText(reason);

    const bool isPublic = !m_noteMode && conversation
        && Domain::visibilityOf(conversation->channel) == Domain::Visibility::Public;
    m_publicWarning->setVisible(isPublic);
    if (isPublic) {
        m_publicWarning->setText(
            tr("Public reply — anyone can see this on %1.").arg(m_namer(conversation->channel)));
        m_publicWarning->setAccessibleName(m_publicWarning->text());
        QPalette warning = palette();
        warning.setColor(QPalette::WindowText, palette().color(QPalette::Link));
        m_publicWarning->setPalette(warning);
    }

    m_sendButton->setEnabled(conversation && !empty && reason.isEmpty() && !over);
}

void Composer::send()
{
    if (!m_sendButton->isEnabled())
        return;
    const QString body = m_editor->toPlainText();
    const Domain::Id conversationId = targetConversationId();
    if (m_noteMode)
        Q_EMIT noteRequested(conversationId, body);
    else
        Q_EMIT replyRequested(conversationId, body, afterMessageIdFor(conversationId));
    m_editor->clear();
    m_drafts.remove(m_context.conversationId);
    m_status->setProperty("placeholderWarning", false);
    m_status->clear();
    updateState();
}

void Composer::showCannedResponses()
{
    const std::optional<Domain::Conversation> conversation = target();
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
    m_conflict = conflict;
    m_conflictPanel->setConflict(conflict.missed, conflict.reason);
    m_conflictPanel->show();
}

void Composer::clearConflict()
{
    m_conflict.reset();
    m_conflictPanel->hide();
}

void Composer::revise()
{
    if (!m_conflict)
        return;
    const ConflictInfo conflict = *m_conflict;
    // The revised reply will answer what the agent has now read.
    for (const Domain::Message &message : conflict.missed)
        m_lastSeen[message.conversationId]
            = qMax(m_lastSeen.value(message.conversationId), message.id);
    m_editor->setPlainText(conflict.draft);
    m_editor->moveCursor(QTextCursor::End);
    clearConflict();
    Q_EMIT discardConflict(conflict.outboxId);
    focusEditor();
}

void Composer::sendAnyway()
{
    if (!m_conflict)
        return;
    const ConflictInfo conflict = *m_conflict;
    Domain::Id newest = 0;
    for (const Domain::Message &message : conflict.missed)
        newest = qMax(newest, message.id);
    clearConflict();
    Q_EMIT resendConflict(conflict.outboxId, newest, conflict.draft);
    focusEditor();
}

void Composer::discard()
{
    if (!m_conflict)
        return;
    const qint64 outboxId = m_conflict->outboxId;
    clearConflict();
    Q_EMIT discardConflict(outboxId);
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
