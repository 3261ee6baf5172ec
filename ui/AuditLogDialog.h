// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QTableWidget;

namespace Switchboard::Ui {

//! The hub's audit log for supervisors: every override of the reply policy and every change
//! of it, oldest first, with who, when, why and what the policy found (never the text). It asks
//! for pages through fetchRequested() (the application reads them on the sync thread) and takes
//! new entries as they arrive on the stream.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(QWidget *parent = nullptr);

    //! Starts reading the log from its beginning.
    void reload();
    //! A page of the log; nextAfter is -1 on the last page (otherwise the next is asked for).
    void addPage(const QList<Domain::AuditEntry> &entries, qint64 nextAfter);
    //! One new entry from the stream; one already shown is ignored.
    void addEntry(const Domain::AuditEntry &entry);
    //! The log could not be read.
    void setError(const QString &reason);
    int entryCount() const { return int(m_shown.size()); }

Q_SIGNALS:
    //! Read the page of entries after this id.
    void fetchRequested(qint64 after);

private:
    QTableWidget *m_table;
    QLabel *m_status;
    QSet<Domain::Id> m_shown;
};

} // namespace Switchboard::Ui
