// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Switchboard::Ui {

//! The customer's card: name, language, identities on each channel, tags, notes, and every
//! conversation (activating one selects it for the composer).
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);
    void setCustomer(const std::optional<Domain::Customer> &customer,
        const QList<Domain::Conversation> &conversations, Domain::Id currentConversation);
    //! Shows the merge and split buttons (supervisors; the hub refuses anyone else).
    void setRecordTools(bool shown);

Q_SIGNALS:
    void conversationActivated(Domain::Id conversationId);
    //! Merge another record of this person into the customer shown.
    void mergeRequested();
    //! Move some of the customer's identities and conversations to a new record.
    void splitRequested();

private:
    QLabel *m_name;
    QLabel *m_details;
    QListWidget *m_identities;
    QLabel *m_tags;
    QLabel *m_notes;
    //! The hub's analysis of the current conversation, under its heading; hidden without one.
    QLabel *m_analysisHeading;
    QLabel *m_analysis;
    QListWidget *m_conversations;
    QWidget *m_recordTools;
    QPushButton *m_split;
    bool m_recordToolsShown = false;
    bool m_hasCustomer = false;
};

} // namespace Switchboard::Ui
