// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyHighlighter.h"

#include "FindingText.h"

#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolTip>

namespace Switchboard::Ui {

using Domain::ChannelKind;
using Policy::Finding;
using Policy::Severity;

const QColor PolicyHighlighter::BlockColor(0xe5, 0x39, 0x35);
const QColor PolicyHighlighter::WarnColor(0xf5, 0xb7, 0x00);

namespace {

// How strongly a finding tints the text behind it.
constexpr int TintAlpha = 70;
// The longest excerpt of a finding the list quotes.
constexpr int ExcerptLength = 28;

QColor colourOf(Severity severity)
{
    return severity == Severity::Block ? PolicyHighlighter::BlockColor
                                       : PolicyHighlighter::WarnColor;
}

} // namespace

PolicyHighlighter::PolicyHighlighter(QPlainTextEdit *editor, QWidget *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_visibility(new QLabel(parent))
    , m_findings(new QListWidget(parent))
{
    m_visibility->setObjectName(QStringLiteral("visibilityLabel"));
    m_visibility->setWordWrap(true);
    m_visibility->setAutoFillBackground(true);
    m_visibility->setContentsMargins(8, 3, 8, 3);
    QFont bold = m_visibility->font();
    bold.setBold(true);
    m_visibility->setFont(bold);

    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setAccessibleName(tr("What the reply policy found"));
    m_findings->setFocusPolicy(Qt::ClickFocus);
    m_findings->setMaximumHeight(m_findings->fontMetrics().height() * 4 + 8);
    m_findings->hide();
    connect(m_findings, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { selectFinding(m_findings->row(item)); });
    connect(m_findings, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { selectFinding(m_findings->row(item)); });

    m_editor->viewport()->installEventFilter(this);
}

void PolicyHighlighter::setPolicy(const Policy::ReplyPolicy &policy)
{
    m_policy = policy;
}

void PolicyHighlighter::update(
    std::optional<ChannelKind> channel, const QString &channelName, bool note)
{
    const QString text = m_editor->toPlainText();
    m_result = {};
    if (note) {
        // Notes stay with the team, but card numbers never reach the disk in full: they are
        // masked when saved. Say so, without holding the note back.
        const Policy::CheckResult check = m_policy.check(ChannelKind::Email, text);
        for (Finding finding : check.findings) {
            if (finding.kind != Policy::FindingKind::CardNumber)
                continue;
            finding.severity = Severity::Warn;
            m_result.findings << finding;
        }
        m_result.verdict = Policy::CheckResult::verdictOf(m_result.findings);
    } else if (channel) {
        m_result = m_policy.check(*channel, text);
    }

    QList<QTextEdit::ExtraSelection> selections;
    for (const Finding &finding : std::as_const(m_result.findings)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(finding.start);
        selection.cursor.setPosition(finding.end, QTextCursor::KeepAnchor);
        QColor tint = colourOf(finding.severity);
        tint.setAlpha(TintAlpha);
        selection.format.setBackground(tint);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colourOf(finding.severity));
        selection.format.setToolTip(FindingText::reason(finding));
        selection.format.setProperty(QTextFormat::UserProperty, finding.kind);
        selections << selection;
    }
    m_editor->setExtraSelections(selections);
    showVisibility(channel, channelName, note);
    showFindings(note);
}

QString PolicyHighlighter::blockReason() const
{
    for (const Finding &finding : m_result.findings) {
        if (finding.severity == Severity::Block)
            return FindingText::reason(finding);
    }
    return {};
}

QStringList PolicyHighlighter::blockReasons(ChannelKind channel, const QString &text) const
{
    QStringList reasons;
    for (const Finding &finding : m_policy.check(channel, text).findings) {
        if (finding.severity == Severity::Block)
            reasons << FindingText::reason(finding);
    }
    return reasons;
}

void PolicyHighlighter::showVisibility(
    std::optional<ChannelKind> channel, const QString &channelName, bool note)
{
    // In note mode the composer's note banner says who sees it.
    m_visibility->setVisible(!note);
    const bool isPublic = channel && Domain::visibilityOf(*channel) == Domain::Visibility::Public;
    m_visibility->setProperty(
        "visibility", isPublic ? QStringLiteral("public") : QStringLiteral("private"));
    if (!channel)
        m_visibility->setText(tr("Private — choose where the reply goes"));
    else if (isPublic)
        m_visibility->setText(tr("Public — anyone can see this reply on %1, and it stays "
                                 "findable")
                                  .arg(channelName));
    else
        m_visibility->setText(tr("Private — only the customer sees this reply"));
    m_visibility->setAccessibleName(m_visibility->text());

    QPalette palette = m_editor->palette();
    if (isPublic) {
        // Public replies must look different at a glance, in a light theme and a dark one.
        palette.setColor(QPalette::Window, BlockColor);
        palette.setColor(QPalette::WindowText, Qt::white);
    } else {
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    }
    m_visibility->setPalette(palette);
}

void PolicyHighlighter::showFindings(bool note)
{
    m_findings->clear();
    const QString text = m_editor->toPlainText();
    for (const Finding &finding : std::as_const(m_result.findings)) {
        QString excerpt = text.mid(finding.start, finding.end - finding.start).simplified();
        if (excerpt.size() > ExcerptLength)
            excerpt = excerpt.left(ExcerptLength - 1) + QChar(0x2026);
        const QString reason = note ? tr("Card number — it will be masked when the note is saved")
                                    : FindingText::reason(finding);
        const QString line = finding.severity == Severity::Block
            ? tr("Blocked: %1 (“%2”)").arg(reason, excerpt)
            : tr("Check: %1 (“%2”)").arg(reason, excerpt);
        auto *item = new QListWidgetItem(line, m_findings);
        item->setData(Qt::UserRole, finding.kind);
        item->setData(Qt::UserRole + 1, finding.severity == Severity::Block);
        item->setForeground(finding.severity == Severity::Block
                ? BlockColor
                : m_findings->palette().color(QPalette::Text));
        item->setToolTip(reason);
    }
    m_findings->setVisible(!m_result.findings.isEmpty());
}

void PolicyHighlighter::selectFinding(int row)
{
    if (row < 0 || row >= m_result.findings.size())
        return;
    const Finding &finding = m_result.findings.at(row);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(finding.start);
    cursor.setPosition(finding.end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool PolicyHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_editor->cursorForPosition(help->pos()).position();
        for (int row = 0; row < m_result.findings.size(); ++row) {
            const Finding &finding = m_result.findings.at(row);
            if (position >= finding.start && position <= finding.end) {
                QToolTip::showText(help->globalPos(), m_findings->item(row)->toolTip(), m_editor);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Switchboard::Ui
