// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Switchboard::Policy {

//! One ready-made reply an agent can insert and adapt.
struct CannedResponse
{
    //! Optional: names a response the desktop uses itself, e.g. CannedResponses::MoveToPrivate.
    QString id;
    QString title;
    //! The text with placeholders such as {customer.first_name}.
    QString body;
    //! The channels it suits; empty for every channel.
    QList<Domain::ChannelKind> channels;

    //! True when the response may be used on channel.
    bool suits(Domain::ChannelKind channel) const
    {
        return channels.isEmpty() || channels.contains(channel);
    }
    bool operator==(const CannedResponse &) const = default;
};

//! A list of canned responses, read from JSON:
//! {"responses": [{"id": "…", "title": "…", "body": "…", "channels": ["sms", "whatsapp"]}]}
//! ("id" and "channels" optional).
class CannedResponses
{
public:
    //! All responses, in file order.
    const QList<CannedResponse> &all() const { return m_responses; }
    //! Responses suited to channel whose title or body contains filter (case-insensitive).
    QList<CannedResponse> matching(Domain::ChannelKind channel, const QString &filter = {}) const;
    bool isEmpty() const { return m_responses.isEmpty(); }
    //! The last response with this id (a user's file comes after the shipped defaults, so its
    //! response wins); nullopt if none has it.
    std::optional<CannedResponse> byId(const QString &id) const;

    //! The id of the public reply "Move to private" leaves on the public conversation.
    static inline const QLatin1String MoveToPrivate{"move_to_private"};
    //! Appends responses; a user's own file is appended to the shipped defaults.
    void append(const QList<CannedResponse> &responses) { m_responses.append(responses); }

    //! Parses JSON; an empty list and an error on malformed input or a bad entry.
    static QList<CannedResponse> parse(const QByteArray &json, QString *error = nullptr);
    //! Reads a file (a path or a ":/" resource); empty with an error when it cannot be read.
    static QList<CannedResponse> readFile(const QString &path, QString *error = nullptr);
    //! The shipped defaults (when path is readable) followed by the user's file, if any.
    static CannedResponses load(
        const QString &defaultsPath, const QString &userPath = {}, QStringList *errors = nullptr);

private:
    QList<CannedResponse> m_responses;
};

} // namespace Switchboard::Policy
