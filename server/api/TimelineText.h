// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "storage/MessageRepository.h"

#include <QByteArray>

namespace Switchboard::Hub {

class Storage;

//! The JSON text of a customer's timeline (GET /customers/{id}/timeline and each element of
//! GET /customers/timelines). Messages are written from their rows by MessageText; the customer,
//! conversations and calls, a few per customer, through their codecs.
class TimelineText
{
public:
    //! Items a timeline holds at most: the newest, messages and calls together.
    static constexpr int Limit = 1000;

    //! reader: whose timeline it is to be (whispers to other agents are left out).
    explicit TimelineText(Storage &storage, MessageRepository::Reader reader = {});

    //! The timeline as a compact JSON object.
    QByteArray of(const Domain::Customer &customer);
    //! A conversation as QJsonDocument(conversation.toJson()).toJson(Compact) writes it, byte for
    //! byte, without building the object (a working set has one for every ten messages).
    static QByteArray conversation(const Domain::Conversation &conversation);

private:
    Storage &m_storage;
    MessageRepository::Reader m_reader;
};

} // namespace Switchboard::Hub
