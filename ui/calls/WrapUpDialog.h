// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard::Ui {

//! The after-call form: a disposition code (required) and notes, sent as the call's wrap-up.
class WrapUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WrapUpDialog(QWidget *parent = nullptr);

    //! The call to wrap up, described by its caller; a disposition already chosen is preselected.
    void setCall(const Domain::CallRecord &call, const QString &callerName);
    Domain::Id callId() const { return m_call.id; }
    //! The chosen code; empty until the agent picks one.
    QString disposition() const;
    QString notes() const;

Q_SIGNALS:
    void wrapUpRequested(
        Switchboard::Domain::Id callId, const QString &disposition, const QString &notes);

private:
    void updateSubmit();
    void submit();

    Domain::CallRecord m_call;
    QLabel *m_summary = nullptr;
    QComboBox *m_disposition = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_limit = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Switchboard::Ui
