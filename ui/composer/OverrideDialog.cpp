// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverrideDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard::Ui {

OverrideDialog::OverrideDialog(const QStringList &reasons, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override the reply policy"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QStringList items;
    for (const QString &reason : reasons)
        items << QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    intro->setText(tr("<p>The reply policy blocks this reply:</p><ul>%1</ul><p>Send it anyway "
                      "only if it must go as written. Your reason is recorded in the audit log "
                      "with the reply.</p>")
                       .arg(items.join(QString())));

    auto *label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. The customer asked for the reference in public"));

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Send &anyway"));
    ok->setObjectName(QStringLiteral("overrideOk"));
    // Enter in the reason field must not send by accident.
    ok->setAutoDefault(false);
    ok->setDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    resize(460, 320);
    m_reason->setFocus();
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideDialog::updateOk()
{
    const QString text = reason();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!text.isEmpty() && text.size() <= MaxReasonLength);
}

} // namespace Switchboard::Ui
