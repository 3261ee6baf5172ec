// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/CheckResult.h"
#include "policy/ReplyPolicy.h"

#include <QColor>
#include <QObject>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Switchboard::Ui {

//! The reply guardrails in the composer: runs the reply policy on the editor's text (fast enough
//! for every keystroke), marks each finding in the text (red for what blocks, amber for
//! warnings), lists the reasons under the editor and shows them as a tooltip over the text, and
//! keeps the line that says who will see the reply.
class PolicyHighlighter : public QObject
{
    Q_OBJECT
public:
    //! The colours findings are marked with (translucent, so the text keeps its contrast).
    static const QColor BlockColor;
    static const QColor WarnColor;

    //! Watches editor; the visibility line and the findings list are created here for the
    //! composer to lay out.
    PolicyHighlighter(QPlainTextEdit *editor, QWidget *parent);

    QLabel *visibilityLabel() const { return m_visibility; }
    QListWidget *findingsList() const { return m_findings; }

    //! The rules to check with (the hub's, as synced, or the built-in ones).
    void setPolicy(const Policy::ReplyPolicy &policy);
    const Policy::ReplyPolicy &policy() const { return m_policy; }

    //! Checks the editor's text for a reply on channel (nullopt: nowhere to send yet), or for a
    //! note, where only card numbers matter: they are masked when the note is saved.
    void update(std::optional<Domain::ChannelKind> channel, const QString &channelName, bool note);
    //! The last check's answer.
    const Policy::CheckResult &result() const { return m_result; }
    //! True when the last check blocks sending.
    bool blocks() const { return m_result.verdict == Policy::Verdict::Block; }
    //! The first blocking finding's reason, for the status line; empty when nothing blocks.
    QString blockReason() const;
    //! The reasons of every finding that blocks text on channel, in the composer's words.
    QStringList blockReasons(Domain::ChannelKind channel, const QString &text) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showVisibility(
        std::optional<Domain::ChannelKind> channel, const QString &channelName, bool note);
    void showFindings(bool note);
    void selectFinding(int row);

    QPlainTextEdit *m_editor;
    QLabel *m_visibility;
    QListWidget *m_findings;
    Policy::ReplyPolicy m_policy;
    Policy::CheckResult m_result;
};

} // namespace Switchboard::Ui
