// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapUpDialog.h"

#include "ActiveCallBar.h"
#include "Dispositions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

using namespace Domain;

namespace {
// The hub's limit on wrap-up notes.
constexpr int MaxNotes = 10000;
} // namespace

WrapUpDialog::WrapUpDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Wrap up the call"));
    setAccessibleName(tr("Wrap up the call"));
    setMinimumWidth(440);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wrapUpSummary"));
    m_summary->setWordWrap(true);

    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("disposition"));
    m_disposition->setAccessibleName(tr("Disposition"));
    m_disposition->addItem(tr("Choose an outcome…"), QString());
    for (const Dispositions::Entry &entry : Dispositions::all())
        m_disposition->addItem(entry.label, entry.code);
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &WrapUpDialog::updateSubmit);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("wrapUpNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was agreed, what happens next"));
    m_notes->setTabChangesFocus(true);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WrapUpDialog::updateSubmit);
    m_limit = new QLabel(this);
    m_limit->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_disposition);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_limit);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitWrapUp"));
    m_submit->setAccessibleName(tr("Submit the wrap-up"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setAccessibleName(tr("Wrap up later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WrapUpDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateSubmit();
}

void WrapUpDialog::setCall(const CallRecord &call, const QString &callerName)
{
    m_call = call;
    const QString number
        = call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    const QString who = callerName.isEmpty() ? number : callerName;
    m_summary->setText(call.missed()
            ? tr("Missed call from %1.").arg(who)
            : tr("Call with %1, %2.")
                  .arg(who, ActiveCallBar::formatDuration(call.durationSeconds)));
    const int index = m_disposition->findData(call.disposition);
    m_disposition->setCurrentIndex(call.disposition.isEmpty() || index < 0 ? 0 : index);
    m_notes->setPlainText(call.wrapUpNotes);
    m_disposition->setFocus();
    updateSubmit();
}

QString WrapUpDialog::disposition() const
{
    return m_disposition->currentData().toString();
}

QString WrapUpDialog::notes() const
{
    return m_notes->toPlainText();
}

void WrapUpDialog::updateSubmit()
{
    const int length = int(m_notes->toPlainText().size());
    m_limit->setText(tr("%1 of %2 characters").arg(length).arg(MaxNotes));
    m_submit->setEnabled(!disposition().isEmpty() && length <= MaxNotes && m_call.id > 0);
}

void WrapUpDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    Q_EMIT wrapUpRequested(m_call.id, disposition(), notes().trimmed());
    accept();
}

} // namespace Switchboard::Ui
