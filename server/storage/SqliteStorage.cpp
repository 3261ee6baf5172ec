// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStorage.h"

#include "Schema.h"
#include "StorageError.h"
#include "WalCheckpointer.h"
#include "domain/Enums.h"
#include "sqlite/WalWriteBuffer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <functional>

namespace Switchboard::Hub {

using namespace Schema;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("switchboard-hub-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Version 1: the whole domain, the event log and the idempotency log.
void migration1(Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3 TEXT NOT NULL)")
                .arg(Meta::table, Meta::key, Meta::value));
    db.exec(
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL UNIQUE, "
                       "%4 TEXT NOT NULL, %5 TEXT NOT NULL, %6 TEXT NOT NULL, %7 TEXT NOT NULL, "
                       "%8 TEXT NOT NULL, %9 TEXT NOT NULL, %10 TEXT NOT NULL, %11 TEXT NOT NULL, "
                       "%12 INTEGER NOT NULL, %13 INTEGER NOT NULL, %14 INTEGER NOT NULL)")
            .arg(Users::table, Users::id, Users::username, Users::name, Users::role,
                Users::passwordHash, Users::skills, Users::languages, Users::capacity,
                Users::presenceState, Users::presenceReason, Users::presenceSince, Users::active,
                Users::createdAt));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 BLOB PRIMARY KEY, %3 INTEGER NOT NULL "
                           "REFERENCES %6(%7) ON DELETE CASCADE, %4 INTEGER NOT NULL, "
                           "%5 INTEGER NOT NULL)")
                .arg(Tokens::table, Tokens::tokenHash, Tokens::userId, Tokens::createdAt,
                    Tokens::expiresAt, Users::table, Users::id));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL, "
                           "%4 TEXT NOT NULL, %5 TEXT NOT NULL, %6 TEXT NOT NULL, "
                           "%7 INTEGER NOT NULL, %8 INTEGER NOT NULL)")
                .arg(Customers::table, Customers::id, Customers::name, Customers::language,
                    Customers::tags, Customers::notes, Customers::createdAt, Customers::updatedAt));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL "
                           "REFERENCES %6(%7) ON DELETE CASCADE, %4 TEXT NOT NULL, "
                           "%5 TEXT NOT NULL, UNIQUE (%4, %5))")
                .arg(Identities::table, Identities::id, Identities::customerId, Identities::kind,
                    Identities::value, Customers::table, Customers::id));
    db.exec(QStringLiteral("CREATE INDEX identities_by_customer ON %1 (%2)")
                .arg(Identities::table, Identities::customerId));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL "
                           "REFERENCES %16(%17), %4 TEXT NOT NULL, %5 TEXT NOT NULL, "
                           "%6 INTEGER REFERENCES %18(%19), %7 TEXT NOT NULL, %8 INTEGER NOT NULL, "
                           "%9 TEXT NOT NULL, %10 TEXT NOT NULL, %11 TEXT NOT NULL, "
                           "%12 INTEGER NOT NULL, %13 INTEGER NOT NULL, %14 INTEGER NOT NULL, "
                           "%15 INTEGER NOT NULL)")
                .arg(Conversations::table, Conversations::id, Conversations::customerId,
                    Conversations::channel, Conversations::status, Conversations::assigneeId,
                    Conversations::priority, Conversations::slaDueAt, Conversations::tags,
                    Conversations::subject, Conversations::externalThreadId,
                    Conversations::createdAt, Conversations::updatedAt,
                    Conversations::lastMessageAt, Conversations::lastMessageId, Customers::table,
                    Customers::id, Users::table, Users::id));
    db.exec(QStringLiteral("CREATE INDEX conversations_by_customer ON %1 (%2)")
                .arg(Conversations::table, Conversations::customerId));
    db.exec(QStringLiteral("CREATE INDEX conversations_by_assignee ON %1 (%2, %3)")
                .arg(Conversations::table, Conversations::assigneeId, Conversations::status));
    db.exec(QStringLiteral("CREATE INDEX conversations_by_update ON %1 (%2)")
                .arg(Conversations::table, Conversations::updatedAt));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL "
                           "REFERENCES %17(%18), %4 INTEGER NOT NULL, %5 TEXT NOT NULL, "
                           "%6 TEXT NOT NULL, %7 INTEGER, %8 TEXT NOT NULL, %9 TEXT NOT NULL, "
                           "%10 TEXT NOT NULL, %11 INTEGER NOT NULL, %12 TEXT NOT NULL, "
                           "%13 TEXT NOT NULL, %14 TEXT NOT NULL, %15 TEXT NOT NULL, "
                           "%16 TEXT NOT NULL)")
                .arg(Messages::table, Messages::id, Messages::conversationId, Messages::customerId,
                    Messages::channel, Messages::kind, Messages::authorUserId, Messages::authorName,
                    Messages::body, Messages::bodyHtml, Messages::createdAt, Messages::delivery,
                    Messages::deliveryError, Messages::providerMessageId, Messages::channelMetadata,
                    Messages::clientId, Conversations::table, Conversations::id));
    db.exec(QStringLiteral("CREATE INDEX messages_by_conversation ON %1 (%2, %3)")
                .arg(Messages::table, Messages::conversationId, Messages::id));
    db.exec(QStringLiteral("CREATE INDEX messages_by_customer ON %1 (%2, %3)")
                .arg(Messages::table, Messages::customerId, Messages::createdAt));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY REFERENCES %7(%8), "
                           "%3 TEXT NOT NULL, %4 INTEGER NOT NULL, %5 INTEGER NOT NULL, "
                           "%6 INTEGER NOT NULL)")
                .arg(Deliveries::table, Deliveries::messageId, Deliveries::channel,
                    Deliveries::attempts, Deliveries::nextAttemptAt, Deliveries::createdAt,
                    Messages::table, Messages::id));
    // Defence in depth: whatever the code above does, a note cannot be queued for a channel.
    db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN (SELECT %3 FROM %4 "
                           "WHERE %5 = NEW.%6) IS NOT 'reply' BEGIN SELECT RAISE(ABORT, "
                           "'only replies can be delivered to a channel'); END")
                .arg(Deliveries::noteGuardTrigger, Deliveries::table, Messages::kind,
                    Messages::table, Messages::id, Deliveries::messageId));
    db.exec(
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL "
                       "REFERENCES %17(%18), %4 INTEGER, %5 TEXT NOT NULL, %6 TEXT NOT NULL, "
                       "%7 TEXT NOT NULL, %8 INTEGER, %9 INTEGER NOT NULL, %10 INTEGER NOT NULL, "
                       "%11 INTEGER NOT NULL, %12 INTEGER NOT NULL, %13 TEXT NOT NULL, "
                       "%14 TEXT NOT NULL, %15 TEXT NOT NULL, %16 TEXT NOT NULL)")
            .arg(Calls::table, Calls::id, Calls::customerId, Calls::conversationId,
                Calls::direction, Calls::fromNumber, Calls::toNumber, Calls::agentId,
                Calls::offeredAt, Calls::answeredAt, Calls::endedAt, Calls::durationSeconds,
                Calls::disposition, Calls::wrapUpNotes, Calls::recordingUrl, Calls::providerCallId,
                Customers::table, Customers::id));
    db.exec(QStringLiteral("CREATE INDEX calls_by_customer ON %1 (%2, %3)")
                .arg(Calls::table, Calls::customerId, Calls::offeredAt));
    // AUTOINCREMENT: a sequence number is never reused, even after the newest row is removed.
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "%3 TEXT NOT NULL, %4 INTEGER NOT NULL, %5 TEXT NOT NULL, "
                           "%6 TEXT NOT NULL)")
                .arg(Events::table, Events::seq, Events::type, Events::at, Events::audience,
                    Events::payload));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER NOT NULL, %3 TEXT NOT NULL, "
                           "%4 TEXT NOT NULL, %5 INTEGER NOT NULL, %6 TEXT NOT NULL, "
                           "%7 INTEGER NOT NULL, PRIMARY KEY (%2, %3))")
                .arg(ClientRequests::table, ClientRequests::userId, ClientRequests::clientId,
                    ClientRequests::target, ClientRequests::status, ClientRequests::body,
                    ClientRequests::createdAt));
}

// Version 2: call control; a call can be put on hold, and the time on hold is kept.
void migration2(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Calls::table, Calls::onHold));
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Calls::table, Calls::holdStartedAt));
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Calls::table, Calls::heldSeconds));
}

// Version 3: the reply policy's audit log, and the public conversation a private one came from.
void migration3(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER")
                .arg(Conversations::table, Conversations::originConversationId));
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "%3 INTEGER NOT NULL, %4 INTEGER NOT NULL, %5 TEXT NOT NULL, "
                           "%6 TEXT NOT NULL, %7 INTEGER, %8 INTEGER, %9 TEXT NOT NULL, "
                           "%10 TEXT NOT NULL)")
                .arg(AuditLog::table, AuditLog::id, AuditLog::at, AuditLog::userId,
                    AuditLog::userName, AuditLog::action, AuditLog::conversationId,
                    AuditLog::messageId, AuditLog::reason, AuditLog::details));
    db.exec(QStringLiteral("CREATE INDEX audit_log_by_action ON %1 (%2, %3)")
                .arg(AuditLog::table, AuditLog::action, AuditLog::id));
}

// Version 4: messages found by the channel's own id, so a webhook delivered twice is stored once
// and a delivery status finds the reply it is about.
void migration4(Database &db)
{
    db.exec(QStringLiteral("CREATE INDEX messages_by_provider_id ON %1 (%2, %3)")
                .arg(Messages::table, Messages::channel, Messages::providerMessageId));
}

// Version 5: the files that come with messages (email attachments), downloadable by agents.
void migration5(Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER NOT NULL REFERENCES %8(%9) "
                           "ON DELETE CASCADE, %3 INTEGER NOT NULL, %4 TEXT NOT NULL, "
                           "%5 TEXT NOT NULL, %6 INTEGER NOT NULL, %7 BLOB NOT NULL, "
                           "PRIMARY KEY (%2, %3))")
                .arg(Attachments::table, Attachments::messageId, Attachments::position,
                    Attachments::fileName, Attachments::contentType, Attachments::size,
                    Attachments::data, Messages::table, Messages::id));
}

// Version 6: where each user takes the phone calls the hub connects to them.
void migration6(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                .arg(Users::table, Users::voiceAddress));
}

// Version 7: the analysis of a waiting conversation's newest customer message (JSON; '' before
// any).
void migration7(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                .arg(Conversations::table, Conversations::analysis));
}

// Version 8: admin-defined queues, and the queue a conversation's analysis put it in.
void migration8(Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 TEXT NOT NULL UNIQUE, "
                           "%4 INTEGER NOT NULL, %5 TEXT NOT NULL, %6 TEXT NOT NULL, "
                           "%7 TEXT NOT NULL, %8 TEXT NOT NULL, %9 TEXT NOT NULL)")
                .arg(Queues::table, Queues::id, Queues::name, Queues::position, Queues::topics,
                    Queues::languages, Queues::channels, Queues::skills, Queues::slaSeconds));
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER REFERENCES %3(%4)")
                .arg(Conversations::table, Conversations::queueId, Queues::table, Queues::id));
    // Routing takes waiting work by priority, then by how long it has waited.
    db.exec(QStringLiteral("CREATE INDEX conversations_waiting ON %1 (%2, %3, %4 DESC, %5)")
                .arg(Conversations::table, Conversations::status, Conversations::assigneeId,
                    Conversations::priority, Conversations::createdAt));
}

// Version 9: the supervisor board and whispers. A whisper names the one agent who may read it;
// a conversation knows when its current assignment began and when it was resolved (rows from
// before take their creation and last update), and calls are found by agent and by the time
// they were answered or ended.
void migration9(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Messages::table, Messages::whisperTo));
    for (const Name column : {Conversations::assignedAt, Conversations::resolvedAt}) {
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                    .arg(Conversations::table, column));
    }
    db.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 IS NOT NULL")
                .arg(Conversations::table, Conversations::assignedAt, Conversations::createdAt,
                    Conversations::assigneeId));
    db.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 = 'resolved'")
                .arg(Conversations::table, Conversations::resolvedAt, Conversations::updatedAt,
                    Conversations::status));
    db.exec(QStringLiteral("CREATE INDEX calls_by_agent ON %1 (%2, %3)")
                .arg(Calls::table, Calls::agentId, Calls::endedAt));
    // A queue's answered and abandoned calls of the day.
    db.exec(QStringLiteral("CREATE INDEX calls_by_answer ON %1 (%2)")
                .arg(Calls::table, Calls::answeredAt));
    db.exec(QStringLiteral("CREATE INDEX calls_by_end ON %1 (%2)").arg(Calls::table, Calls::endedAt));
}

// Version 10: what the insights and reports read. Who tagged a conversation when; each
// resolution of a conversation with its assignee and the start of the work (assignment, or
// reopening while assigned), kept by triggers so every path that changes a conversation counts;
// an index for a day's replies (the calls' are version 9's). What was there before is carried over as well as it is
// known: tags as of the conversation's last change, work from its creation.
void migration10(Database &db)
{
    const QString resolved = toWire(Domain::ConversationStatus::Resolved);
    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER NOT NULL REFERENCES %6(%7) ON DELETE "
                           "CASCADE, %3 TEXT NOT NULL, %4 INTEGER, %5 INTEGER NOT NULL, "
                           "PRIMARY KEY (%2, %3))")
                .arg(ConversationTags::table, ConversationTags::conversationId,
                    ConversationTags::tag, ConversationTags::userId, ConversationTags::taggedAt,
                    Conversations::table, Conversations::id));
    db.exec(QStringLiteral("CREATE INDEX conversation_tags_by_time ON %1 (%2)")
                .arg(ConversationTags::table, ConversationTags::taggedAt));
    db.exec(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3, %4) SELECT c.%5, j.value, c.%6 "
                           "FROM %7 c, json_each(c.%8) j WHERE j.type = 'text'")
                .arg(ConversationTags::table, ConversationTags::conversationId,
                    ConversationTags::tag, ConversationTags::taggedAt, Conversations::id,
                    Conversations::updatedAt, Conversations::table, Conversations::tags));

    db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY REFERENCES %4(%5) ON DELETE "
                           "CASCADE, %3 INTEGER NOT NULL)")
                .arg(ConversationWork::table, ConversationWork::conversationId,
                    ConversationWork::startedAt, Conversations::table, Conversations::id));
    db.exec(
        QStringLiteral("INSERT INTO %1 (%2, %3) SELECT %4, %5 FROM %6 WHERE %7 IS NOT NULL "
                       "AND %8 <> '%9'")
            .arg(ConversationWork::table, ConversationWork::conversationId,
                ConversationWork::startedAt, Conversations::id, Conversations::createdAt,
                Conversations::table, Conversations::assigneeId, Conversations::status, resolved));
    db.exec(
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL "
                       "REFERENCES %7(%8) ON DELETE CASCADE, %4 INTEGER, %5 INTEGER, "
                       "%6 INTEGER NOT NULL)")
            .arg(Closures::table, Closures::id, Closures::conversationId, Closures::userId,
                Closures::startedAt, Closures::closedAt, Conversations::table, Conversations::id));
    db.exec(QStringLiteral("CREATE INDEX conversation_closures_by_time ON %1 (%2)")
                .arg(Closures::table, Closures::closedAt));
    // The start of a closure's work when the hub saw no assignment before it (assigned and
    // resolved in one change): the conversation's creation; none without an assignee.
    const QString fallbackStart = QStringLiteral("CASE WHEN NEW.%1 IS NOT NULL THEN NEW.%2 END")
                                      .arg(Conversations::assigneeId, Conversations::createdAt);
    db.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) SELECT %6, %7, CASE WHEN %7 IS NOT "
                           "NULL THEN %8 END, %9 FROM %10 WHERE %11 = '%12'")
                .arg(Closures::table, Closures::conversationId, Closures::userId,
                    Closures::startedAt, Closures::closedAt, Conversations::id,
                    Conversations::assigneeId, Conversations::createdAt, Conversations::updatedAt,
                    Conversations::table, Conversations::status, resolved));

    const QString startWork
        = QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3) VALUES (NEW.%4, NEW.%5);")
              .arg(ConversationWork::table, ConversationWork::conversationId,
                  ConversationWork::startedAt, Conversations::id);
    const QString whenWorking
        = QStringLiteral("NEW.%1 IS NOT NULL AND NEW.%2 <> '%3'")
              .arg(Conversations::assigneeId, Conversations::status, resolved);
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN %4 END")
                .arg(ConversationWork::startOnInsertTrigger, Conversations::table, whenWorking,
                    startWork.arg(Conversations::createdAt)));
    db.exec(
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2, %3 ON %4 WHEN %5 BEGIN %6 END")
            .arg(ConversationWork::startTrigger, Conversations::assigneeId, Conversations::status,
                Conversations::table, whenWorking, startWork.arg(Conversations::updatedAt)));
    const QString close
        = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (NEW.%6, NEW.%7, "
                         "COALESCE((SELECT %8 FROM %9 WHERE %10 = NEW.%6), %11), NEW.%12); "
                         "DELETE FROM %9 WHERE %10 = NEW.%6;")
              .arg(Closures::table, Closures::conversationId, Closures::userId, Closures::startedAt,
                  Closures::closedAt, Conversations::id, Conversations::assigneeId,
                  ConversationWork::startedAt, ConversationWork::table,
                  ConversationWork::conversationId, fallbackStart, Conversations::updatedAt);
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN NEW.%3 = '%4' BEGIN %5 END")
                .arg(ConversationWork::closeOnInsertTrigger, Conversations::table,
                    Conversations::status, resolved, close));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3 WHEN NEW.%2 = '%4' AND "
                           "OLD.%2 <> '%4' BEGIN %5 END")
                .arg(ConversationWork::closeTrigger, Conversations::status, Conversations::table,
                    resolved, close));

    db.exec(QStringLiteral("CREATE INDEX messages_by_kind_time ON %1 (%2, %3)")
                .arg(Messages::table, Messages::kind, Messages::createdAt));
}

// Version 11: a queue's waiting work found by queue, so the board's row of one queue reads
// only that queue's waiting conversations.
void migration11(Database &db)
{
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3, %4, %5)")
                .arg(Conversations::queueWaitingIndex, Conversations::table, Conversations::queueId,
                    Conversations::status, Conversations::assigneeId));
}

// Version 12: a call's after-call work, from its end to its first wrap-up, counts in its handle
// time. Calls from before have none recorded.
void migration12(Database &db)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0")
                .arg(Calls::table, Calls::wrapUpSeconds));
}

// Version 13: the agents' open work on one channel, read for every new item routed, found in
// an index of its own instead of among all assigned work with a row read for each.
void migration13(Database &db)
{
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3, %4, %5)")
                .arg(Conversations::channelLoadIndex, Conversations::table, Conversations::channel,
                    Conversations::status, Conversations::assigneeId));
}

// Version 14: routing counts each agent's open work in memory (AgentRoster) and no longer reads
// it from storage, so the index of version 13 has no reader left and is only written: every new
// or changed conversation updated it.
void migration14(Database &db)
{
    db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(Conversations::channelLoadIndex));
}

// Version 15: fewer index pages written and read per message. Every message wrote an entry of
// messages_by_kind_time, whose readers (the board's and the reports' first responses) only ask
// for replies: a partial index of the replies takes its place, so a customer's message no longer
// writes one. The board's wait of each queued conversation (its first customer message after
// the last reply) reads the conversation's messages through messages_by_conversation and
// looked up every message's row for its kind and time; the index holds them now.
void migration15(Database &db)
{
    db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(Messages::byKindTimeIndex));
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3, %4) WHERE %3 = '%5'")
                .arg(Messages::repliesByTimeIndex, Messages::table, Messages::kind,
                    Messages::createdAt, toWire(Domain::MessageKind::Reply)));
    db.exec(QStringLiteral("DROP INDEX %1").arg(Messages::byConversationIndex));
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3, %4, %5, %6)")
                .arg(Messages::byConversationIndex, Messages::table, Messages::conversationId,
                    Messages::id, Messages::kind, Messages::createdAt));
}

// Each entry brings the schema from version (index) to version (index + 1).
const std::function<void(Database &)> migrations[] = {migration1, migration2, migration3,
    migration4, migration5, migration6, migration7, migration8, migration9, migration10,
    migration11, migration12, migration13, migration14, migration15};

} // namespace

SqliteStorage::SqliteStorage(const QString &path, int cacheMebibytes)
    : Storage(std::make_unique<Database>(QStringLiteral("QSQLITE"), nextConnectionName()))
    , m_path(path)
    , m_cacheMebibytes(cacheMebibytes)
{
}

SqliteStorage::~SqliteStorage() = default;

int SqliteStorage::latestSchemaVersion()
{
    return int(std::size(migrations));
}

namespace {
//! How often the log is checkpointed: at the hub's write rates a few hundred pages.
constexpr int CheckpointMilliseconds = 200;
} // namespace

bool SqliteStorage::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the data directory %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase &db = database().handle();
    // The writer's log writes go to the file system once per commit, not twice per page
    // (WalWriteBuffer.h); the VFS is chosen by the connection's URI. Readers and the
    // checkpointer never write the log and open the plain path.
    db.setDatabaseName(Sqlite::WalWriteBuffer::databaseUri(m_path));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    try {
        const QString mode
            = database().scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StorageError(QStringLiteral("the database refused WAL mode (%1)").arg(mode));
        // FULL: a write the hub acknowledged survives a power cut, not just a crash.
        database().exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // Every request of a group commit runs under a savepoint, so SQLite keeps the first
        // version of each page a request changes in a statement journal until the group ends.
        // On disk that journal is a temporary file written with a system call per page (a
        // tenth of the hub's time at full webhook load); in memory it is a copy. It only
        // serves to undo a request inside a transaction, so durability is unchanged. Temporary
        // tables and sorts are held in memory too; the hub's reads are bounded by indexes and
        // LIMITs.
        database().exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        database().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // SQLite's default of 2 MiB holds few of the pages a delivery touches: the entries of
        // indexes on random keys (identities, provider message ids, open threads) were read
        // back from the file about eight times per webhook delivery. The memory is taken as
        // pages are used, up to this size (a negative cache_size is in KiB).
        database().exec(
            QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(m_cacheMebibytes) * 1024));
        const QString check = database().scalar(QStringLiteral("PRAGMA quick_check")).toString();
        if (check != QLatin1String("ok"))
            throw StorageError(QStringLiteral("integrity check failed: %1").arg(check));
        migrate();
        // The log is checkpointed by a thread of its own from now on, not inside commits.
        auto checkpointer = std::make_unique<WalCheckpointer>(m_path, CheckpointMilliseconds);
        QString reason;
        if (!checkpointer->begin(&reason))
            throw StorageError(reason);
        database().scalar(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        m_checkpointer = std::move(checkpointer);
    } catch (const StorageError &e) {
        *error = QStringLiteral("%1: %2").arg(m_path, QString::fromStdString(e.what()));
        db.close();
        return false;
    }
    return true;
}

bool SqliteStorage::openReader(Database &db, const QString &path, QString *error)
{
    db.handle().setDatabaseName(path);
    db.handle().setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!db.handle().open()) {
        *error = QStringLiteral("cannot open %1 for reading: %2")
                     .arg(path, db.handle().lastError().text());
        return false;
    }
    return true;
}

int SqliteStorage::schemaVersion()
{
    return database().scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void SqliteStorage::migrate()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        throw StorageError(QStringLiteral("the database has schema version %1, newer than this "
                                          "hub knows (%2); upgrade the hub")
                               .arg(current)
                               .arg(latestSchemaVersion()));
    }
    for (int version = current; version < latestSchemaVersion(); ++version) {
        Transaction tx(database());
        migrations[version](database());
        database().exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        tx.commit();
    }
}

} // namespace Switchboard::Hub
