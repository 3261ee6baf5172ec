// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Storage.h"

#include "AttachmentRepository.h"
#include "AuditRepository.h"
#include "CallRepository.h"
#include "ClientRequestLog.h"
#include "ConversationRepository.h"
#include "CustomerRepository.h"
#include "EventLog.h"
#include "MessageRepository.h"
#include "QueueRepository.h"
#include "Schema.h"
#include "UserRepository.h"

namespace Switchboard::Hub {

using namespace Schema;

Storage::Storage(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_users(std::make_unique<UserRepository>(*m_db))
    , m_customers(std::make_unique<CustomerRepository>(*m_db))
    , m_conversations(std::make_unique<ConversationRepository>(*m_db))
    , m_messages(std::make_unique<MessageRepository>(*m_db))
    , m_calls(std::make_unique<CallRepository>(*m_db))
    , m_events(std::make_unique<EventLog>(*m_db))
    , m_clientRequests(std::make_unique<ClientRequestLog>(*m_db))
    , m_audit(std::make_unique<AuditRepository>(*m_db))
    , m_attachments(std::make_unique<AttachmentRepository>(*m_db))
    , m_queues(std::make_unique<QueueRepository>(*m_db))
{
}

Storage::~Storage() = default;

QString Storage::metaValue(const QString &key)
{
    return m_db
        ->scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                     .arg(Meta::value, Meta::table, Meta::key),
            {key})
        .toString();
}

void Storage::setMetaValue(const QString &key, const QString &value)
{
    m_db->exec(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?) "
                              "ON CONFLICT (%2) DO UPDATE SET %3 = excluded.%3")
                   .arg(Meta::table, Meta::key, Meta::value),
        {key, value});
}

} // namespace Switchboard::Hub
