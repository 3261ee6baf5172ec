// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/User.h"

#include <QDateTime>
#include <QList>

namespace Switchboard::Bench {

//! A contact centre's history, rebuilt from a seed: every record is a pure function of its id,
//! so the cache and the hub get the same records without either holding them all in memory.
//!
//! Conversation j (1-based) belongs to customer ((j - 1) mod customers) + 1, so each customer's
//! newest conversation is among the last `customers` ids; that one is always open or pending,
//! which puts every customer in a supervisor's working set. Older conversations are mostly
//! resolved. Message ids run through the conversations in order, ten or so each.
class DataSet
{
public:
    struct Size
    {
        qint64 customers = 20000;
        qint64 conversations = 100000;
        qint64 messages = 1000000;
        bool operator==(const Size &) const = default;
    };
    //! The users conversations are assigned to and replies are written by.
    struct Staff
    {
        Domain::User agent1;
        Domain::User agent2;
        Domain::User supervisor;
    };

    DataSet(Size size, Staff staff, quint64 seed = 1);
    //! The users the test fixture creates, with the ids a fresh hub gives them (admin is 1), so
    //! a cache built with them holds the records a sync from such a hub would write.
    static Staff fixtureStaff();

    const Size &size() const { return m_size; }
    const Staff &staff() const { return m_staff; }
    //! When the newest message was written; every time in the data set is before it.
    QDateTime end() const { return m_end; }

    Domain::Customer customer(Domain::Id id) const;
    //! lastMessageId and lastMessageAt included.
    Domain::Conversation conversation(Domain::Id id) const;
    //! The conversation's messages, oldest first.
    QList<Domain::Message> messages(const Domain::Conversation &conversation) const;
    //! A text that identifies the size and seed, to tell whether kept files can be reused.
    QString fingerprint() const;

private:
    qint64 messageCount(qint64 index) const;
    qint64 firstMessageIndex(qint64 index) const;
    qint64 pairSpread(qint64 pair) const;
    int languageOf(Domain::Id customerId) const;
    //! Seconds between a message and the one before it.
    qint64 gapAfter(Domain::Id messageId) const;
    QDateTime conversationStart(qint64 index) const;

    Size m_size;
    Staff m_staff;
    quint64 m_seed;
    qint64 m_perConversation;
    QDateTime m_end;
};

} // namespace Switchboard::Bench
