// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's statements through SQLite's C API (storage/Statement): values bound by position
// read back as the QtSql path reads them, ids of inserts, errors, and the statements' resets.
#include "storage/Database.h"
#include "storage/SqliteStorage.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Switchboard;
using namespace Switchboard::Hub;

class TestStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;

    Database &db() { return m_storage->database(); }

    //! How many of the connection's statements are in the middle of a run.
    int busyStatements()
    {
        int busy = 0;
        for (sqlite3_stmt *s = sqlite3_next_stmt(db().sqliteHandle(), nullptr); s;
             s = sqlite3_next_stmt(db().sqliteHandle(), s)) {
            if (sqlite3_stmt_busy(s))
                ++busy;
        }
        return busy;
    }

    //! Inserts a row with n and s, the other columns NULL.
    qint64 insertRow(int n, const QString &s)
    {
        return db().statement(insertSql()).bind(0, n).bind(1, s).bindNull(2).bindNull(3).insert();
    }

    static const QString &insertSql()
    {
        static const QString sql = QStringLiteral("INSERT INTO t (n, s, u, o) VALUES (?, ?, ?, ?)");
        return sql;
    }

private Q_SLOTS:
    void init()
    {
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("hub.sqlite")));
        QString error;
        QVERIFY2(m_storage->open(&error), qPrintable(error));
        db().exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, "
                                 "n INTEGER NOT NULL, s TEXT NOT NULL, u TEXT, o INTEGER)"));
        db().exec(QStringLiteral("DELETE FROM t"));
    }

    void cleanup() { m_storage.reset(); }

    void valuesReadBackAsTheQtPathReadsThem()
    {
        const QString text = QStringLiteral("Grüße, 你好 \U0001F600 \"quoted\"");
        const qint64 big = Q_INT64_C(9007199254740993);
        const qint64 first = db().statement(insertSql())
                                 .bind(0, big)
                                 .bind(1, text)
                                 .bindUtf8(2, QByteArrayView("{\"k\":\"ü\"}"))
                                 .bind(3, std::optional<Domain::Id>(42))
                                 .insert();
        // A null QString is stored as '' (as Database::exec binds it), an empty optional as NULL.
        const qint64 second = db().statement(insertSql())
                                  .bind(0, -1)
                                  .bind(1, QString())
                                  .bindNull(2)
                                  .bind(3, std::optional<Domain::Id>())
                                  .insert();
        QVERIFY(first > 0);
        QCOMPARE(second, first + 1);

        QSqlQuery &q = db().exec(QStringLiteral("SELECT n, s, u, o FROM t WHERE id = ?"), {first});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), big);
        QCOMPARE(q.value(1).toString(), text);
        QCOMPARE(q.value(2).toString(), QStringLiteral("{\"k\":\"ü\"}"));
        QCOMPARE(q.value(3).toLongLong(), 42);
        q.finish();

        Statement &s = db().statement(QStringLiteral("SELECT n, s, u, o FROM t ORDER BY id"));
        QVERIFY(s.next());
        QCOMPARE(s.int64(0), big);
        QCOMPARE(s.text(1), text);
        QCOMPARE(s.utf8(2), QByteArrayView("{\"k\":\"ü\"}"));
        QVERIFY(!s.isNull(3));
        QVERIFY(s.next());
        QCOMPARE(s.int64(0), -1);
        QVERIFY(!s.isNull(1));
        QVERIFY(!s.text(1).isNull());
        QVERIFY(s.text(1).isEmpty());
        QVERIFY(s.isNull(2));
        QVERIFY(s.text(2).isNull());
        QVERIFY(s.isNull(3));
        QVERIFY(!s.next());
    }

    void insertReturningIdGivesTheRowsId()
    {
        const qint64 id
            = db().statement(QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?) RETURNING id"))
                  .bind(0, 7)
                  .bind(1, QStringLiteral("x"))
                  .insertReturningId();
        QCOMPARE(db().scalar(QStringLiteral("SELECT id FROM t WHERE n = 7")).toLongLong(), id);
        QCOMPARE(busyStatements(), 0);
    }

    void aFailedStatementThrowsAndCanRunAgain()
    {
        // s is NOT NULL.
        Statement &bad = db().statement(insertSql());
        bad.bind(0, 1).bindNull(1).bindNull(2).bindNull(3);
        QVERIFY_THROWS_EXCEPTION(StorageError, bad.insert());
        QCOMPARE(busyStatements(), 0);
        const qint64 id = insertRow(1, QStringLiteral("now valid"));
        QVERIFY(id > 0);
        QVERIFY_THROWS_EXCEPTION(
            StorageError, db().statement(QStringLiteral("SELECT nothing FROM nowhere")));
    }

    void aStatementIsHandedOutResetAndResetWhenTheTurnEnds()
    {
        for (int n = 1; n <= 3; ++n)
            insertRow(n, QStringLiteral("row"));
        const QString sql = QStringLiteral("SELECT n FROM t ORDER BY n");
        Statement &first = db().statement(sql);
        QVERIFY(first.next());
        QCOMPARE(first.int64(0), 1);
        QCOMPARE(busyStatements(), 1);
        // The same text is the same statement, from its first row again.
        Statement &again = db().statement(sql);
        QCOMPARE(&again, &first);
        QVERIFY(again.next());
        QCOMPARE(again.int64(0), 1);
        // Left in the middle of its rows, it holds a read snapshot until the turn ends.
        QCOMPARE(busyStatements(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(busyStatements(), 0);
    }

    void aSavepointsWorkIsUndoneWithItsStatements()
    {
        Transaction tx(db());
        db().beginSavepoint();
        insertRow(1, QStringLiteral("kept"));
        QVERIFY(db().endSavepoint());
        db().beginSavepoint();
        insertRow(2, QStringLiteral("undone"));
        Statement &open = db().statement(QStringLiteral("SELECT n FROM t"));
        QVERIFY(open.next());
        {
            Transaction failing(db());
        }
        QVERIFY(!db().endSavepoint());
        tx.commit();
        QCOMPARE(busyStatements(), 0);
        QCOMPARE(db().scalar(QStringLiteral("SELECT group_concat(s) FROM t")).toString(),
            QStringLiteral("kept"));
    }

    void theStatementJournalIsKeptInMemory()
    {
        // Each request of a group commit runs under a savepoint; see SqliteStorage::open.
        QCOMPARE(db().scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
