// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Switchboard::Ui {

//! A supervisor separates two people kept under one record: the identities and conversations
//! ticked move to a new customer. Ticking an identity ticks the conversations on its channels.
class SplitCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    SplitCustomerDialog(const Domain::Customer &customer,
        const QList<Domain::Conversation> &conversations, QWidget *parent);

    QList<Domain::Id> identityIds() const;
    QList<Domain::Id> conversationIds() const;
    QString newName() const;

private:
    void identityToggled(int row);
    void update();

    Domain::Customer m_customer;
    QList<Domain::Conversation> m_conversationList;
    QListWidget *m_identities;
    QListWidget *m_conversations;
    QLineEdit *m_name;
    QLabel *m_summary;
    QPushButton *m_split;
};

} // namespace Switchboard::Ui
