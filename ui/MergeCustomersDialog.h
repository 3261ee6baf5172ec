// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Switchboard::Item {
class CustomerDirectory;
}

namespace Switchboard::Ui {

//! A supervisor finds the other record of the same person and merges it into the customer on
//! screen: identities, conversations and calls move to it and the other record goes.
class MergeCustomersDialog : public QDialog
{
    Q_OBJECT
public:
    MergeCustomersDialog(
        const Domain::Customer &kept, const Item::CustomerDirectory &directory, QWidget *parent);

    //! The record chosen to go into the kept one; 0 until one is chosen.
    Domain::Id mergedId() const;

private:
    void find(const QString &text);
    void chosen();

    Domain::Customer m_kept;
    const Item::CustomerDirectory &m_directory;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_summary;
    QPushButton *m_merge;
};

} // namespace Switchboard::Ui
