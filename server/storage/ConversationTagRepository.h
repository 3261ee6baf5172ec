// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! A conversation's tag with who put it there and when, and what the export shows of the
//! conversation.
struct TaggedConversation
{
    QString tag;
    QDateTime taggedAt;
    //! The user's name; "" for tags older than the hub's record of who tagged.
    QString taggedBy;
    Domain::Id conversationId = 0;
    Domain::Id customerId = 0;
    QString customerName;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    std::optional<Domain::Id> queueId;
    //! "" when in no queue.
    QString queueName;
    QString subject;
    Domain::ConversationStatus status = Domain::ConversationStatus::Open;
    //! "" when unassigned.
    QString assigneeName;
};

//! How many conversations got one tag in a period, for one queue and channel.
struct TagCount
{
    QString tag;
    std::optional<Domain::Id> queueId;
    Domain::ChannelKind channel = Domain::ChannelKind::Email;
    int count = 0;
};

//! Who tagged which conversation when (the conversation's own tags column holds the list).
class ConversationTagRepository
{
public:
    explicit ConversationTagRepository(Database &db);

    //! Makes the recorded tags of a conversation `tags`: tags no longer there are forgotten, new
    //! ones are recorded as put there by `userId` at `at`, kept ones keep their first record.
    void replace(Domain::Id conversationId, const QStringList &tags,
        std::optional<Domain::Id> userId, const QDateTime &at);
    //! Counts of conversations tagged with one of `tags` in [from, to), per tag, queue and
    //! channel; only counts above 0.
    QList<TagCount> counts(const QStringList &tags, const QDateTime &from, const QDateTime &to);
    //! Each conversation tagged with one of `tags` in [from, to), once per such tag, by time.
    QList<TaggedConversation> tagged(
        const QStringList &tags, const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
