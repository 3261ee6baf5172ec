// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHub.h"
#include "core/Hub.h"
#include "core/HubConfig.h"
#include "domain/WireTime.h"
#include "sqlite/WalWriteBuffer.h"
#include "storage/AuditRepository.h"
#include "storage/CallRepository.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/MessageRepository.h"
#include "storage/SqliteStorage.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <functional>

using namespace Switchboard;
using namespace Switchboard::Hub;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    static Domain::Message storedMessage(Storage &storage, Domain::MessageKind kind)
    {
        Domain::Customer customer;
        customer.name = QStringLiteral("Dana");
        customer = storage.customers().insert(customer);
        Domain::Conversation conversation;
        conversation.customerId = customer.id;
        conversation = storage.conversations().insert(conversation);
        Domain::Message m;
        m.conversationId = conversation.id;
        m.customerId = customer.id;
        m.kind = kind;
        m.body = QStringLiteral("text");
        return storage.messages().insert(m);
    }
    //! Creates the database at path with one customer's message in it, *stored.
    static void storeMessageIn(const QString &path, Domain::Message *stored)
    {
        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        *stored = storedMessage(storage, Domain::MessageKind::Inbound);
    }
    //! Takes a database back to version 9: no record of tags, work and resolutions (schema 10),
    //! no index of a queue's waiting work (schema 11), no after-call work (schema 12), no index of
    //! a channel's assigned work (schema 13), messages indexed as before schema 15.
    static void dropSchema10(QSqlDatabase &db)
    {
        for (const char *statement :
            {"ALTER TABLE calls DROP COLUMN wrap_up_seconds",
                "DROP INDEX conversations_queue_waiting",
                "DROP TABLE conversation_tags", "DROP TABLE conversation_work",
                "DROP TABLE conversation_closures", "DROP TRIGGER conversation_work_start",
                "DROP TRIGGER conversation_work_start_on_insert",
                "DROP TRIGGER conversation_work_close",
                "DROP TRIGGER conversation_work_close_on_insert",
                "DROP INDEX messages_replies_by_time", "DROP INDEX messages_by_conversation",
                "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)"}) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QLatin1String(statement)), statement);
        }
    }

    //! Sets the schema version, after `change` took the database back to it.
    static void setUserVersion(
        const QString &path, int version, const std::function<void(QSqlDatabase &)> &change = {})
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            if (change)
                change(db);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void createsAWalDatabaseAtTheLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/hub.sqlite"));
        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
        QCOMPARE(storage.database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        QCOMPARE(storage.database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(QFile::exists(path));
    }

    void reopeningKeepsDataAndSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        Domain::Id id = 0;
        {
            SqliteStorage storage(path);
            QString error;
            QVERIFY(storage.open(&error));
            id = storedMessage(storage, Domain::MessageKind::Inbound).id;
        }
        SqliteStorage again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(again.schemaVersion(), SqliteStorage::latestSchemaVersion());
        QVERIFY(again.messages().byId(id).has_value());
    }

    void aCustomerIsFoundByAnyOfItsIdentities()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        Domain::Customer customer;
        customer.name = QStringLiteral("Ana");
        customer.language = QStringLiteral("pt");
        customer.tags = {QStringLiteral("vip")};
        customer.identities = {{0, Domain::IdentityKind::Email, QStringLiteral("ana@example.net")},
            {0, Domain::IdentityKind::WhatsApp, QStringLiteral("351910000001")}};
        customer = storage.customers().insert(customer);
        Domain::Customer other;
        other.name = QStringLiteral("Rui");
        other.identities = {{0, Domain::IdentityKind::WhatsApp, QStringLiteral("351910000002")}};
        storage.customers().insert(other);

        const auto found = storage.customers().byIdentity(
            Domain::IdentityKind::WhatsApp, QStringLiteral("351910000001"));
        QVERIFY(found.has_value());
        QCOMPARE(found->toJson(), storage.customers().byId(customer.id)->toJson());
        QCOMPARE(found->identities.size(), 2);
        QCOMPARE(found->identities.first().value, QStringLiteral("ana@example.net"));
        QCOMPARE(found->tags, QStringList{QStringLiteral("vip")});
        // The kind counts, not only the value.
        QVERIFY(!storage.customers().byIdentity(
            Domain::IdentityKind::Email, QStringLiteral("351910000001")));
    }

    void migratesCallsToHoldState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        Domain::Id callId = 0;
        {
            SqliteStorage storage(path);
            QString error;
            QVERIFY(storage.open(&error));
            Domain::CallRecord call;
            call.customerId = storedMessage(storage, Domain::MessageKind::Inbound).customerId;
            call.fromNumber = QStringLiteral("+4930123");
            call.offeredAt = QDateTime::currentDateTimeUtc();
            callId = storage.calls().insert(call).id;
        }
        // Back to a version 1 database: the calls table without the hold columns, no audit log,
        // conversations without their origin, messages not indexed by their provider id, no
        // attachments, users without a voice address, conversations without their analysis, no
        // queues, no whispers, assignment and resolution times or calls by agent.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            dropSchema10(db);
            for (const char *column : {"on_hold", "hold_started_at", "held_seconds"}) {
                QSqlQuery q(db);
                QVERIFY(q.exec(
                    QStringLiteral("ALTER TABLE calls DROP COLUMN %1").arg(QLatin1String(column))));
            }
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE conversations DROP COLUMN "
                                          "origin_conversation_id")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_log")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX messages_by_provider_id")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE attachments")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE users DROP COLUMN voice_address")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE conversations DROP COLUMN analysis")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX conversations_waiting")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE conversations DROP COLUMN queue_id")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE queues")));
            for (const char *index : {"calls_by_agent", "calls_by_answer", "calls_by_end"})
                QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN whisper_to")));
            for (const char *column : {"assigned_at", "resolved_at"}) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE conversations DROP COLUMN %1")
                                   .arg(QLatin1String(column))));
            }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
        auto call = storage.calls().byId(callId);
        QVERIFY(call);
        QVERIFY(!call->onHold);
        QVERIFY(storage.audit().list(0, 10).isEmpty());
        QVERIFY(!call->holdStartedAt.isValid());
        QCOMPARE(call->heldSeconds, 0);
        call->answeredAt = QDateTime::currentDateTimeUtc();
        call->onHold = true;
        call->holdStartedAt = call->answeredAt;
        call->heldSeconds = 12;
        storage.calls().update(*call);
        QVERIFY(*storage.calls().byId(callId) == *call);
    }

    void schema10CarriesOverTagsAndResolutions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        Domain::Id resolvedId = 0;
        Domain::Id openId = 0;
        const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-2);
        {
            SqliteStorage storage(path);
            QString error;
            QVERIFY(storage.open(&error));
            Domain::User agent;
            agent.username = QStringLiteral("ana");
            agent.name = QStringLiteral("Ana");
            agent = storage.users().insert(agent, QStringLiteral("x"));
            Domain::Customer customer;
            customer.name = QStringLiteral("Dana");
            customer = storage.customers().insert(customer);
            Domain::Conversation c;
            c.customerId = customer.id;
            c.assigneeId = agent.id;
            c.tags = {QStringLiteral("complaint"), QStringLiteral("vip")};
            c.createdAt = created;
            c.updatedAt = created.addSecs(600);
            c.status = Domain::ConversationStatus::Resolved;
            resolvedId = storage.conversations().insert(c).id;
            c.status = Domain::ConversationStatus::Open;
            c.tags.clear();
            openId = storage.conversations().insert(c).id;
        }
        // Back to version 9 (versions 11 to 13 add two indexes and a column, 14 drops the index
        // of 13 again, 15 replaces an index of 10 and changes one of 1).
        setUserVersion(path, SqliteStorage::latestSchemaVersion() - 6, dropSchema10);

        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        Database &db = storage.database();
        // Tags as of the conversation's last change, by no one known.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_tags WHERE "
                                          "conversation_id = ? AND user_id IS NULL AND "
                                          "tagged_at = ?"),
                       {resolvedId, Domain::WireTime::toMs(created.addSecs(600))})
                     .toInt(),
            2);
        // The resolved one counts once, timed from its creation; the open one's work started
        // at its creation.
        QCOMPARE(db.scalar(QStringLiteral("SELECT closed_at - started_at FROM "
                                          "conversation_closures WHERE conversation_id = ?"),
                       {resolvedId})
                     .toLongLong(),
            600 * 1000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT started_at FROM conversation_work WHERE "
                                          "conversation_id = ?"),
                       {openId})
                     .toLongLong(),
            Domain::WireTime::toMs(created));
        // Nothing reads a channel's assigned work from storage any more: its index is gone.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                          "'conversations_channel_load'"))
                     .toInt(),
            0);
    }

    void schema15IndexesWhatTheBoardAndTheReportsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        Domain::Message stored;
        storeMessageIn(path, &stored);
        if (QTest::currentTestFailed())
            return;
        // Back to version 14's indexes of messages.
        setUserVersion(path, 14, [](QSqlDatabase &db) {
            for (const char *statement :
                {"DROP INDEX messages_replies_by_time", "DROP INDEX messages_by_conversation",
                    "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
                    "CREATE INDEX messages_by_kind_time ON messages (kind, created_at)"}) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(QLatin1String(statement)), statement);
            }
        });
        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
        Database &db = storage.database();
        const auto plan = [&db](const QString &sql) {
            QSqlQuery &q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            QStringList details;
            while (q.next())
                details.append(q.value(3).toString());
            return details.join(QLatin1Char('\n'));
        };
        QVERIFY(!db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = "
                                          "'messages_by_kind_time'"))
                     .isValid());
        // A conversation's wait, as the board reads it, from the index alone.
        const QString wait = plan(QStringLiteral(
            "SELECT MIN(created_at) FROM messages INDEXED BY messages_by_conversation WHERE "
            "conversation_id = 1 AND kind = 'inbound' AND id > (SELECT MAX(id) FROM messages "
            "INDEXED BY messages_by_conversation WHERE conversation_id = 1 AND kind = 'reply')"));
        QVERIFY2(wait.count(QStringLiteral("COVERING INDEX messages_by_conversation")) == 2,
            qPrintable(wait));
        // The day's replies, as the board and the reports find them, from the replies' index.
        const QString replies = plan(QStringLiteral("SELECT DISTINCT conversation_id FROM messages "
                                                    "WHERE kind = 'reply' AND created_at >= 0"));
        QVERIFY2(replies.contains(QStringLiteral("INDEX messages_replies_by_time")),
            qPrintable(replies));
        // The messages from before are all still found through the rebuilt index.
        QCOMPARE(
            storage.messages().inConversation(stored.conversationId, 0, 10, std::nullopt).size(), 1);
    }

    void refusesADatabaseFromANewerHub()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        {
            SqliteStorage storage(path);
            QString error;
            QVERIFY(storage.open(&error));
        }
        setUserVersion(path, SqliteStorage::latestSchemaVersion() + 1);
        SqliteStorage storage(path);
        QString error;
        QVERIFY(!storage.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void theLogIsCheckpointedOffTheWritersThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        SqliteStorage storage(path);
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        Database &db = storage.database();
        // The writer's commits never copy the log back themselves.
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
        const qint64 before = QFileInfo(path).size();
        {
            Transaction tx(db);
            for (int i = 0; i < 20000; ++i) {
                Domain::Customer c;
                c.name = QStringLiteral("Customer %1 with a name long enough to fill pages").arg(i);
                storage.customers().insert(c);
            }
            tx.commit();
        }
        // Only a checkpoint writes into the database file itself: the thread does it.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 1024 * 1024, 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 20000);
    }

    void theWritersLogWritesAreGathered()
    {
        // The hub's writer goes through the VFS that gathers log writes per commit.
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY2(storage.open(&error), qPrintable(error));
        const auto before = Sqlite::WalWriteBuffer::counters();
        storedMessage(storage, Domain::MessageKind::Inbound);
        const auto after = Sqlite::WalWriteBuffer::counters();
        QVERIFY(after.writesReceived > before.writesReceived);
        QVERIFY(after.writesIssued > before.writesIssued);
        QVERIFY(after.writesIssued - before.writesIssued
            < after.writesReceived - before.writesReceived);
    }

    void theWritersPageCacheIsConfigured()
    {
        // SQLite's own default (2 MiB) sent most of a webhook delivery's index lookups back to
        // the file; the hub's writer keeps 64 MiB unless configured.
        QTemporaryDir dir;
        SqliteStorage defaults(dir.filePath(QStringLiteral("defaults.sqlite")));
        QString error;
        QVERIFY2(defaults.open(&error), qPrintable(error));
        QCOMPARE(defaults.database().scalar(QStringLiteral("PRAGMA cache_size")).toLongLong(),
            -64LL * 1024);

        // [database] cache_mebibytes, read from the file, reaches the hub's connection.
        const auto load = [](const QByteArray &value, HubConfig *config, QString *problem) {
            QTemporaryFile file;
            if (!file.open())
                return false;
            file.write("[database]\ncache_mebibytes = " + value + "\n");
            file.close();
            return config->loadFile(file.fileName(), problem);
        };
        HubConfig config;
        QCOMPARE(config.databaseCacheMebibytes, 64);
        QVERIFY2(load("8", &config, &error), qPrintable(error));
        QCOMPARE(config.databaseCacheMebibytes, 8);
        Test::TestHub::Options options;
        options.users = false;
        options.configure
            = [&](HubConfig &c) { c.databaseCacheMebibytes = config.databaseCacheMebibytes; };
        Test::TestHub hub(options);
        QCOMPARE(
            hub.hub().storage().database().scalar(QStringLiteral("PRAGMA cache_size")).toLongLong(),
            -8LL * 1024);

        // Nothing outside 1 MiB to 16 GiB, and nothing that is not a number.
        for (const QByteArray bad : {"0", "16385", "-1", "lots"}) {
            HubConfig refused;
            QVERIFY(!load(bad, &refused, &error));
            QVERIFY2(error.contains(QLatin1String("database/cache_mebibytes")), qPrintable(error));
            QCOMPARE(refused.databaseCacheMebibytes, 64);
        }
    }

    void refusesACorruptFileAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        SqliteStorage storage(path);
        QString error;
        QVERIFY(!storage.open(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void aNoteCannotBeQueuedForAChannel()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY(storage.open(&error));
        const Domain::Message note = storedMessage(storage, Domain::MessageKind::Note);
        QVERIFY(!storage.messages().queueDelivery(note));
        // Even SQL written past the repository is stopped by the schema.
        QVERIFY_THROWS_EXCEPTION(StorageError,
            storage.database().exec(
                QStringLiteral("INSERT INTO deliveries (message_id, channel, attempts, "
                               "next_attempt_at, created_at) VALUES (?, 'email', 0, 0, 0)"),
                {note.id}));
        QCOMPARE(storage.messages().pendingDeliveries(), 0);
        const Domain::Message reply = storedMessage(storage, Domain::MessageKind::Reply);
        QVERIFY(storage.messages().queueDelivery(reply));
        QCOMPARE(storage.messages().pendingDeliveries(), 1);
    }

    void eventsCommitAndRollBackWithTheirChange()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY(storage.open(&error));
        int published = 0;
        {
            Transaction tx(storage.database());
            storage.events().append(QStringLiteral("test.kept"), Audience::all(), {});
            storage.database().afterCommit([&published] { ++published; });
            tx.commit();
        }
        QCOMPARE(published, 1);
        QCOMPARE(storage.events().head(), 1);
        {
            Transaction tx(storage.database());
            storedMessage(storage, Domain::MessageKind::Inbound);
            storage.events().append(QStringLiteral("test.dropped"), Audience::all(), {});
            storage.database().afterCommit([&published] { ++published; });
        }
        QCOMPARE(published, 1);
        QCOMPARE(storage.events().head(), 1);
        QCOMPARE(storage.customers().list(QString(), 0, 10).size(), 0);
        // A failed inner step spoils the whole transaction.
        {
            Transaction outer(storage.database());
            storage.events().append(QStringLiteral("test.outer"), Audience::all(), {});
            {
                Transaction inner(storage.database());
                storage.events().append(QStringLiteral("test.inner"), Audience::all(), {});
            }
            QVERIFY_THROWS_EXCEPTION(StorageError, outer.commit());
        }
        QCOMPARE(storage.events().head(), 1);
    }

    void sequenceNumbersAreNeverReused()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY(storage.open(&error));
        for (int i = 0; i < 3; ++i) {
            Transaction tx(storage.database());
            storage.events().append(QStringLiteral("test"), Audience::all(), {});
            tx.commit();
        }
        storage.database().exec(QStringLiteral("DELETE FROM events WHERE seq = 3"));
        Transaction tx(storage.database());
        const StoredEvent next
            = storage.events().append(QStringLiteral("test"), Audience::all(), {});
        tx.commit();
        QCOMPARE(next.event.seq, 4);
        const auto all = storage.events().since(0, 10);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().json, next.json);
    }

    void anEventsJsonIsWhatTheCodecWrites()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY(storage.open(&error));
        const QJsonObject data{{QStringLiteral("body"),
                                   QStringLiteral("\"Quoted\" \\ back\tslash\n line, caf\u00e9, \u65e5\u672c, \U0001F600")},
            {QStringLiteral("id"), 9007199254740991LL}, {QStringLiteral("ratio"), 0.125},
            {QStringLiteral("none"), QJsonValue()}, {QStringLiteral("flag"), true},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonObject{}}},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), 2}}}};
        QList<StoredEvent> appended;
        {
            Transaction tx(storage.database());
            appended.append(storage.events().append(QStringLiteral("test.\"odd\" type\u00e9"), Audience::all(), data));
            appended.append(storage.events().append(QStringLiteral("test.empty"), Audience::all(), {}));
            tx.commit();
        }
        const QList<StoredEvent> read = storage.events().since(0, 10);
        QCOMPARE(read.size(), 2);
        for (int i = 0; i < 2; ++i) {
            // Byte for byte what encoding the whole event writes, and what reading it back gives.
            QCOMPARE(appended[i].json,
                QJsonDocument(appended[i].event.toJson()).toJson(QJsonDocument::Compact));
            QCOMPARE(appended[i].json, read[i].json);
        }
        QCOMPARE(QJsonDocument::fromJson(appended[0].json).object().value(QStringLiteral("data")).toObject(), data);
    }

    void audienceRoundTrips()
    {
        QCOMPARE(Audience::decode(Audience::all().encode()).everyone, true);
        const Audience some = Audience::usersAndSupervisors({3, std::nullopt, 7, 3});
        QCOMPARE(some.users, (QList<Domain::Id>{3, 7}));
        const Audience back = Audience::decode(some.encode());
        QCOMPARE(back.users, some.users);
        QVERIFY(!back.everyone);
        QVERIFY(back.admits(7, Domain::Role::Agent));
        QVERIFY(!back.admits(8, Domain::Role::Agent));
        QVERIFY(back.admits(8, Domain::Role::Supervisor));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
