// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallRecord.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace Switchboard::Store {

//! The records of one timeline answer (GET /customers/{id}/timeline), checked by the codecs.
struct TimelineRecords
{
    std::optional<Domain::Customer> customer;
    QList<Domain::Conversation> conversations;
    //! Where read from text: each conversation's JSON text as the hub wrote it, in the same
    //! order, kept by the cache as it keeps the messages' (pointing into the text read).
    QList<QByteArray> conversationTexts;
    //! Each message with its JSON text (UTF-8), as the cache keeps it; read() leaves it
    //! pointing into the text it read, so the records must not outlive that text.
    QList<std::pair<Domain::Message, QByteArray>> messages;
    QList<Domain::CallRecord> calls;
};

//! Reads a timeline from its text without a QJsonDocument of the whole: the first sync reads a
//! million messages, and the tree of every answer cost more than storing them. Messages in the
//! form the hub writes are read field by field with exactly the codec's rules; the customer,
//! conversations and calls (a few per customer), and any message in another form, go through
//! QJsonDocument and the codecs. Text outside that plain form is left to the caller, which
//! parses it whole as before; no record is ever stored that the codecs would refuse.
class TimelineReader
{
public:
    enum class Outcome {
        //! The records are in `out`.
        Read,
        //! A codec refused a record; `error` says which and why, and nothing is to be stored.
        Refused,
        //! Not in the plain form read here: parse the text with QJsonDocument instead.
        NotPlain,
    };

    //! Reads a timeline answer's text (which must be the whole object) into out.
    static Outcome read(QByteArrayView text, TimelineRecords &out, QString *error);

    //! A message read from its JSON text as Message::fromJson reads the parsed object; nullopt
    //! when the text is not in the plain form the hub writes (unescaped keys, each once; whole
    //! numbers as digits; times as "yyyy-MM-ddTHH:mm:ss.zzzZ" or another form WireTime reads)
    //! or the codec would refuse it: the codec then decides, and words the refusal.
    static std::optional<Domain::Message> plainMessage(QByteArrayView json);
};

} // namespace Switchboard::Store
