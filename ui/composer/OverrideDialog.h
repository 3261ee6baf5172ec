// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace Switchboard::Ui {

//! Asks why a reply the policy blocks should go anyway. The reason is mandatory (OK stays
//! disabled while it is blank) and goes to the hub's audit log with the reply.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    //! reasons: the findings that block, as the composer words them.
    OverrideDialog(const QStringList &reasons, QWidget *parent = nullptr);

    //! The reason typed, trimmed.
    QString reason() const;

    //! The longest reason the hub accepts.
    static constexpr int MaxReasonLength = 1000;

private:
    void updateOk();

    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace Switchboard::Ui
