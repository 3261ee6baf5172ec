// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheMigrations.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"

namespace Switchboard::Store {

using namespace Schema;

namespace {

// Version 1: the working set, its full-text indexes, recent customers and the outbox.
void migration1(CacheDatabase &db)
{
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL)")
                .arg(Meta::table, Meta::key, Meta::value));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL, "
                           "%4 TEXT NOT NULL, %5 INTEGER NOT NULL, %6 TEXT NOT NULL, "
                           "%7 TEXT NOT NULL)")
                .arg(Users::table, Users::id, Users::name, Users::role, Users::active,
                    Users::presenceState, Users::json));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL, "
                           "%4 INTEGER, %5 TEXT NOT NULL, %6 INTEGER NOT NULL DEFAULT 0)")
                .arg(Customers::table, Customers::id, Customers::name, Customers::updatedAt,
                    Customers::json, Customers::timelineLoaded));
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, %3, "
                           "tokenize = 'unicode61 remove_diacritics 2')")
                .arg(CustomersFts::table, CustomersFts::name, CustomersFts::identities));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL, "
                           "%4 TEXT NOT NULL, %5 TEXT NOT NULL, %6 INTEGER, %7 TEXT NOT NULL, "
                           "%8 INTEGER, %9 INTEGER, %10 INTEGER NOT NULL, %11 TEXT NOT NULL, "
                           "%12 TEXT NOT NULL, %13 INTEGER NOT NULL DEFAULT 0, "
                           "%14 INTEGER NOT NULL DEFAULT 0, %15 INTEGER)")
                .arg(Conversations::table, Conversations::id, Conversations::customerId,
                    Conversations::channel, Conversations::status, Conversations::assigneeId,
                    Conversations::priority, Conversations::slaDueAt, Conversations::lastMessageAt,
                    Conversations::lastMessageId, Conversations::subject, Conversations::json,
                    Conversations::readUpTo, Conversations::unread, Conversations::updatedAt));
    db.exec(QStringLiteral("CREATE INDEX conversations_by_customer ON %1 (%2)")
                .arg(Conversations::table, Conversations::customerId));
    db.exec(QStringLiteral("CREATE INDEX conversations_by_status ON %1 (%2, %3)")
                .arg(Conversations::table, Conversations::status, Conversations::assigneeId));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL, "
                           "%4 INTEGER NOT NULL, %5 TEXT NOT NULL, %6 INTEGER NOT NULL, "
                           "%7 TEXT NOT NULL, %8 TEXT NOT NULL)")
                .arg(Messages::table, Messages::id, Messages::conversationId, Messages::customerId,
                    Messages::kind, Messages::createdAt, Messages::body, Messages::json));
    db.exec(QStringLiteral("CREATE INDEX messages_by_conversation ON %1 (%2, %3)")
                .arg(Messages::table, Messages::conversationId, Messages::id));
    db.exec(QStringLiteral("CREATE INDEX messages_by_customer ON %1 (%2, %3)")
                .arg(Messages::table, Messages::customerId, Messages::createdAt));
    // External content: the bodies live once, in messages; triggers keep the index in step.
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content = '%3', "
                           "content_rowid = '%4', tokenize = 'unicode61 remove_diacritics 2')")
                .arg(MessagesFts::table, MessagesFts::body, Messages::table, Messages::id));
    db.exec(QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON %1 BEGIN "
                           "INSERT INTO %2 (rowid, %3) VALUES (new.%4, new.%5); END")
                .arg(Messages::table, MessagesFts::table, MessagesFts::body, Messages::id,
                    Messages::body));
    db.exec(QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON %1 BEGIN "
                           "INSERT INTO %2 (%2, rowid, %3) VALUES ('delete', old.%4, old.%5); END")
                .arg(Messages::table, MessagesFts::table, MessagesFts::body, Messages::id,
                    Messages::body));
    db.exec(QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF %5 ON %1 BEGIN "
                           "INSERT INTO %2 (%2, rowid, %3) VALUES ('delete', old.%4, old.%5); "
                           "INSERT INTO %2 (rowid, %3) VALUES (new.%4, new.%5); END")
                .arg(Messages::table, MessagesFts::table, MessagesFts::body, Messages::id,
                    Messages::body));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL, "
                           "%4 INTEGER, %5 TEXT NOT NULL)")
                .arg(Calls::table, Calls::id, Calls::customerId, Calls::offeredAt, Calls::json));
    db.exec(QStringLiteral("CREATE INDEX calls_by_customer ON %1 (%2, %3)")
                .arg(Calls::table, Calls::customerId, Calls::offeredAt));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL)")
                .arg(Recent::table, Recent::customerId, Recent::openedAt));
    db.exec(
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "%3 TEXT NOT NULL UNIQUE, %4 TEXT NOT NULL, %5 INTEGER, "
                       "%6 TEXT NOT NULL, %7 TEXT NOT NULL, %8 TEXT NOT NULL, "
                       "%9 TEXT NOT NULL, %10 TEXT NOT NULL DEFAULT '', "
                       "%11 TEXT NOT NULL DEFAULT '', %12 TEXT NOT NULL DEFAULT '', "
                       "%13 INTEGER NOT NULL DEFAULT 0, %14 INTEGER NOT NULL)")
            .arg(Outbox::table, Outbox::id, Outbox::clientId, Outbox::kind, Outbox::conversationId,
                Outbox::method, Outbox::path, Outbox::body, Outbox::state, Outbox::errorCode,
                Outbox::errorMessage, Outbox::missed, Outbox::attempts, Outbox::createdAt));
}

// Version 2: CacheWriter puts message bodies into the full-text index itself, instead of a
// trigger. A trigger that writes to an FTS5 table runs each INSERT inside a statement savepoint,
// and FTS5 (SQLite 3.40, Debian 12) writes its pending terms out as a new segment at every
// savepoint: each message became a segment of its own to merge, a third of the first sync's
// time (docs/performance.md). The index holds exactly what it held before.
void migration2(CacheDatabase &db)
{
    db.exec(QStringLiteral("DROP TRIGGER messages_fts_insert"));
}

// Version 3: an index holding every column the inbox page groups and sorts by, so the first
// page is computed from the index alone rather than by reading each matching conversation's row
// (JSON included) from the table: a third to a half less time for the first page at 100,000
// conversations (docs/performance.md). It starts with the columns of conversations_by_status,
// which it replaces.
void migration3(CacheDatabase &db)
{
    db.exec(QStringLiteral("CREATE INDEX conversations_inbox ON %1 (%2, %3, %4, %5, %6, %7, %8)")
                .arg(Conversations::table, Conversations::status, Conversations::assigneeId,
                    Conversations::customerId, Conversations::lastMessageAt,
                    Conversations::slaDueAt, Conversations::unread, Conversations::priority));
    db.exec(QStringLiteral("DROP INDEX conversations_by_status"));
}

// Version 4: a reply the hub's reply policy refuses keeps the hub's findings, so the agent sees
// what the hub found even where the desktop's copy of the policy is older than the hub's.
void migration4(CacheDatabase &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                .arg(Outbox::table, Outbox::findings));
}

// Version 5: a supervisor's whisper keeps the agent it is for in a column of its own, so every
// path that stores a message (the first sync's text path included) writes it and the readers
// hand it on. Messages cached before kept the hub's JSON, whisper_to included where the hub
// wrote it: the column is filled from there, and is 0 for every other message.
void migration5(CacheDatabase &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Messages::table, Messages::whisperTo));
    db.exec(QStringLiteral("UPDATE %1 SET %2 = coalesce(json_extract(%3, '$.%2'), 0) "
                           "WHERE instr(%3, '\"%2\"') > 0 AND json_valid(%3)")
                .arg(Messages::table, Messages::whisperTo, Messages::json));
}

} // namespace

const std::vector<CacheMigrations::Migration> &CacheMigrations::all()
{
    static const std::vector<Migration> migrations{
        migration1, migration2, migration3, migration4, migration5};
    return migrations;
}

} // namespace Switchboard::Store
