// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CacheDatabase.h"
#include "store/CacheWriter.h"

#include <QTemporaryDir>

namespace Switchboard::Test {

//! A cache file filled through CacheWriter, as the sync engine fills it, plus a second
//! (read-only) connection like the ui's.
class CacheFixture
{
public:
    CacheFixture();
    Store::CacheDatabase &writeDb() { return m_write; }
    Store::CacheDatabase &readDb() { return m_read; }

    static QDateTime at(int minutes);
    Domain::Customer customer(Domain::Id id, const QString &name);
    Domain::Conversation conversation(Domain::Id id, Domain::Id customerId,
        Domain::ChannelKind channel, std::optional<Domain::Id> assignee, QDateTime slaDue,
        int lastMinutes, Domain::ConversationStatus status = Domain::ConversationStatus::Open);
    Domain::Message message(Domain::Id id, Domain::Id conversationId, Domain::Id customerId,
        Domain::MessageKind kind, const QString &body, int minutes,
        Domain::ChannelKind channel = Domain::ChannelKind::Email);
    Domain::User user(Domain::Id id, const QString &name, Domain::Role role = Domain::Role::Agent);

    //! Writes in one transaction and returns what changed.
    Store::ChangeSet write(
        const std::function<void(Store::CacheWriter &, Store::ChangeSet &)> &work);

private:
    QTemporaryDir m_dir;
    Store::CacheDatabase m_write;
    Store::CacheDatabase m_read;
};

} // namespace Switchboard::Test
