// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Message.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <optional>

namespace Switchboard::Store {

//! One thing the agent did, kept until the hub confirms it.
struct OutboxItem
{
    //! Stored by name; new kinds go at the end so existing names stay stable.
    enum class Kind {
        Reply,
        Note,
        Assign,
        Status,
        Presence,
        //! Call control; the path names the action (answer, decline, hold, resume, transfer, end).
        CallAction,
        //! A call's disposition and notes.
        WrapUp,
        //! The first reply on a private channel of a customer ("Move to private"): POST
        //! /customers/{id}/conversations; conversationId is the public conversation it came from.
        StartConversation,
        //! A supervisor merges another customer into this one: POST /customers/{id}/merge.
        MergeCustomers,
        //! A supervisor moves identities and conversations into a new customer: POST
        //! /customers/{id}/split.
        SplitCustomer,
        //! A supervisor's note only the conversation's agent sees: POST
        //! /conversations/{id}/whisper.
        Whisper,
        //! A supervisor takes a conversation for themselves: POST /conversations/{id}/take-over.
        TakeOver,
        //! The conversation's tags (insight tags among them): PUT /conversations/{id}/tags.
        Tags,
    };
    enum class State {
        //! Waiting to be sent (or being sent: a crash mid-send resends the same client id).
        Queued,
        //! The hub answered 409: someone wrote since; `missed` holds what the agent has not seen.
        Conflict,
        //! The hub refused it (4xx); `errorMessage` holds the hub's reason.
        Rejected,
    };

    qint64 id = 0;
    QString clientId;
    Kind kind = Kind::Reply;
    std::optional<Domain::Id> conversationId;
    QByteArray method;
    QString path;
    //! The request body, client_id included.
    QJsonObject body;
    State state = State::Queued;
    QString errorCode;
    QString errorMessage;
    QList<Domain::Message> missed;
    //! Rejected by the reply policy (policy_blocked): the hub's findings ({"kind", "severity",
    //! "start", "end", "message"}, offsets into the body's text); empty otherwise.
    QJsonArray findings;
    int attempts = 0;
    QDateTime createdAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

} // namespace Switchboard::Store

Q_DECLARE_METATYPE(Switchboard::Store::OutboxItem)
