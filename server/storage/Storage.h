// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QString>
#include <memory>

namespace Switchboard::Hub {

class AttachmentRepository;
class AuditRepository;
class CallRepository;
class ClientRequestLog;
class ConversationRepository;
class CustomerRepository;
class EventLog;
class MessageRepository;
class QueueRepository;
class UserRepository;

//! The hub's system of record. A backend (SQLite today) opens the database and brings its schema
//! up to date; the repositories above it speak SQL that SQLite and PostgreSQL both accept, so the
//! API and event code never see which backend runs.
class Storage
{
public:
    virtual ~Storage();

    //! Connects and migrates; false with a reason when the database cannot be used.
    virtual bool open(QString *error) = 0;
    //! "sqlite" or another backend's name, for /healthz and logs.
    virtual QString backendName() const = 0;
    //! The schema version the database is at now.
    virtual int schemaVersion() = 0;

    Database &database() { return *m_db; }
    UserRepository &users() { return *m_users; }
    CustomerRepository &customers() { return *m_customers; }
    ConversationRepository &conversations() { return *m_conversations; }
    MessageRepository &messages() { return *m_messages; }
    CallRepository &calls() { return *m_calls; }
    EventLog &events() { return *m_events; }
    ClientRequestLog &clientRequests() { return *m_clientRequests; }
    AuditRepository &audit() { return *m_audit; }
    AttachmentRepository &attachments() { return *m_attachments; }
    QueueRepository &queues() { return *m_queues; }

    //! A small key/value setting kept in the database; empty if unset.
    QString metaValue(const QString &key);
    void setMetaValue(const QString &key, const QString &value);

protected:
    explicit Storage(std::unique_ptr<Database> db);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<ClientRequestLog> m_clientRequests;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<AttachmentRepository> m_attachments;
    std::unique_ptr<QueueRepository> m_queues;
};

} // namespace Switchboard::Hub
