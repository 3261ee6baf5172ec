// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A writer's log writes gathered per commit (sqlite/WalWriteBuffer): a commit reaches the
// file in few writes, every commit is at once visible to other connections (with or without a
// sync at commit), a transaction larger than its page cache reads back what it spilled, a commit
// survives the process being killed, and a write the file system refuses fails the commit and
// publishes nothing.
#include "sqlite/WalWriteBuffer.h"

#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <sqlite3.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Switchboard::Sqlite;

namespace {

//! The text stored in row `id`: long enough that a few rows fill a page, different per row.
QByteArray rowText(int id, int size = 2000)
{
    QByteArray text = QByteArray::number(id) + ':';
    while (text.size() < size)
        text.append(char('a' + (id + text.size()) % 26));
    return text;
}

sqlite3 *openWith(const QString &path, const char *vfs)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
    if (rc != SQLITE_OK) {
        qWarning("cannot open %s: %s", qPrintable(path), sqlite3_errstr(rc));
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

//! Inserts rows first..last (inclusive) with their texts, in the caller's transaction.
int insertRows(sqlite3 *db, int first, int last, int size = 2000)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "INSERT INTO t (id, body) VALUES (?, ?)", -1, &stmt, nullptr);
    for (int id = first; rc == SQLITE_OK && id <= last; ++id) {
        const QByteArray text = rowText(id, size);
        sqlite3_bind_int(stmt, 1, id);
        sqlite3_bind_text(stmt, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return rc;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

//! How many of rows first..last hold exactly their text.
int matchingRows(sqlite3 *db, int first, int last, int size = 2000)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT body FROM t WHERE id = ?", -1, &stmt, nullptr);
    int matching = 0;
    for (int id = first; id <= last; ++id) {
        sqlite3_bind_int(stmt, 1, id);
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArrayView body(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
                sqlite3_column_bytes(stmt, 0));
            if (body == rowText(id, size))
                ++matching;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return matching;
}

// A pwrite that fails with a full disk while armed, for writes longer than one page: the log's
// gathered runs, not the shared memory's one-byte writes.
using PwriteCall = ssize_t (*)(int, const void *, size_t, off_t);
PwriteCall realPwrite = nullptr;
bool failLongWrites = false;

ssize_t failingPwrite(int fd, const void *data, size_t size, off_t offset)
{
    if (failLongWrites && size > 4096) {
        errno = ENOSPC;
        return -1;
    }
    return realPwrite(fd, data, size, offset);
}

} // namespace

class TestWalWriteBuffer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    //! A fresh database in WAL mode, opened through the buffering VFS, with table t.
    sqlite3 *openBuffered(QString *path, const char *synchronous = "FULL")
    {
        *path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_serial));
        sqlite3 *db = openWith(*path, WalWriteBuffer::vfsName());
        if (!db)
            return nullptr;
        exec(db, "PRAGMA journal_mode = WAL");
        exec(db, QByteArray("PRAGMA synchronous = ").append(synchronous).constData());
        exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        return db;
    }

private Q_SLOTS:
    void aCommitReachesTheLogInFewWrites()
    {
        QString path;
        sqlite3 *writer = openBuffered(&path);
        QVERIFY(writer);
        const auto before = WalWriteBuffer::counters();
        QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 1, 600), SQLITE_OK);
        QCOMPARE(exec(writer, "COMMIT"), SQLITE_OK);
        const auto after = WalWriteBuffer::counters();
        const quint64 received = after.writesReceived - before.writesReceived;
        const quint64 issued = after.writesIssued - before.writesIssued;
        // 600 rows of 2,000 bytes are some 300 pages: two writes each from SQLite (a frame's
        // header, then its page), gathered into runs of up to 30 frames.
        QVERIFY2(received >= 600, qPrintable(QString::number(received)));
        QVERIFY2(issued > 0 && issued * 20 <= received,
            qPrintable(QStringLiteral("%1 issued for %2 received").arg(issued).arg(received)));

        sqlite3 *reader = openWith(path, nullptr);
        QVERIFY(reader);
        QCOMPARE(matchingRows(reader, 1, 600), 600);
        sqlite3_close(reader);
        sqlite3_close(writer);
    }

    void everyCommitIsVisibleToAnotherConnectionAtOnce_data()
    {
        QTest::addColumn<QByteArray>("synchronous");
        QTest::newRow("sync at commit") << QByteArray("FULL");
        // No sync at commit: the frames are written where SQLite publishes them.
        QTest::newRow("no sync at commit") << QByteArray("NORMAL");
    }

    void everyCommitIsVisibleToAnotherConnectionAtOnce()
    {
        QFETCH(QByteArray, synchronous);
        QString path;
        sqlite3 *writer = openBuffered(&path, synchronous.constData());
        QVERIFY(writer);
        sqlite3 *reader = openWith(path, nullptr);
        QVERIFY(reader);
        for (int round = 0; round < 40; ++round) {
            const int first = round * 5 + 1;
            QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
            QCOMPARE(insertRows(writer, first, first + 4), SQLITE_OK);
            QCOMPARE(exec(writer, "COMMIT"), SQLITE_OK);
            QCOMPARE(scalar(reader, "SELECT max(id) FROM t"), qint64(first + 4));
            QCOMPARE(matchingRows(reader, first, first + 4), 5);
        }
        QCOMPARE(scalar(reader, "SELECT count(*) FROM t"), qint64(200));
        sqlite3_close(reader);
        sqlite3_close(writer);
    }

    void aTransactionLargerThanItsCacheReadsBackWhatItSpilled()
    {
        QString path;
        sqlite3 *writer = openBuffered(&path);
        QVERIFY(writer);
        // Ten pages of cache: the transaction's pages are spilled to the log and read back.
        QCOMPARE(exec(writer, "PRAGMA cache_size = 10"), SQLITE_OK);
        QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 1, 1000), SQLITE_OK);
        // Read at once: the pages spilled last are still gathered, not yet in the file.
        QCOMPARE(matchingRows(writer, 1, 1000), 1000);
        QCOMPARE(exec(writer, "SAVEPOINT more"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 1001, 1500), SQLITE_OK);
        QCOMPARE(exec(writer, "UPDATE t SET body = 'changed' WHERE id <= 100"), SQLITE_OK);
        QCOMPARE(exec(writer, "ROLLBACK TO more"), SQLITE_OK);
        QCOMPARE(exec(writer, "RELEASE more"), SQLITE_OK);
        QCOMPARE(matchingRows(writer, 1, 1000), 1000);
        QCOMPARE(scalar(writer, "SELECT count(*) FROM t"), qint64(1000));
        QCOMPARE(exec(writer, "COMMIT"), SQLITE_OK);

        sqlite3 *reader = openWith(path, nullptr);
        QVERIFY(reader);
        QCOMPARE(scalar(reader, "SELECT count(*) FROM t"), qint64(1000));
        QCOMPARE(matchingRows(reader, 1, 1000), 1000);
        sqlite3_close(reader);
        sqlite3_close(writer);

        sqlite3 *again = openWith(path, nullptr);
        QVERIFY(again);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(again, "PRAGMA integrity_check", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
            QByteArray("ok"));
        sqlite3_finalize(stmt);
        sqlite3_close(again);
    }

    void aCommitSurvivesTheProcessBeingKilled()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        int ready[2];
        QCOMPARE(pipe(ready), 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Ten small commits, each a few frames: the last is far from filling a run.
            sqlite3 *db = openWith(path, WalWriteBuffer::vfsName());
            exec(db, "PRAGMA journal_mode = WAL");
            exec(db, "PRAGMA synchronous = FULL");
            exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
            for (int round = 0; round < 10; ++round) {
                exec(db, "BEGIN");
                insertRows(db, round * 3 + 1, round * 3 + 3, 500);
                exec(db, "COMMIT");
            }
            const char done = 1;
            [[maybe_unused]] const auto written = ::write(ready[1], &done, 1);
            pause();
            _exit(0);
        }
        ::close(ready[1]);
        char done = 0;
        QCOMPARE(::read(ready[0], &done, 1), ssize_t(1));
        ::close(ready[0]);
        QCOMPARE(kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));

        sqlite3 *reader = openWith(path, nullptr);
        QVERIFY(reader);
        QCOMPARE(scalar(reader, "SELECT count(*) FROM t"), qint64(30));
        QCOMPARE(matchingRows(reader, 1, 30, 500), 30);
        sqlite3_close(reader);
    }

    void aRefusedWriteFailsTheCommitAndPublishesNothing()
    {
        QString path;
        sqlite3 *writer = openBuffered(&path);
        QVERIFY(writer);
        sqlite3 *reader = openWith(path, nullptr);
        QVERIFY(reader);
        QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 1, 20), SQLITE_OK);
        QCOMPARE(exec(writer, "COMMIT"), SQLITE_OK);

        // The platform VFS's pwrite, replaced through this VFS (which passes system calls on).
        sqlite3_vfs *vfs = sqlite3_vfs_find(WalWriteBuffer::vfsName());
        QVERIFY(vfs);
        const char *call = vfs->xGetSystemCall(vfs, "pwrite64") ? "pwrite64" : "pwrite";
        realPwrite = reinterpret_cast<PwriteCall>(vfs->xGetSystemCall(vfs, call));
        QVERIFY(realPwrite);
        QCOMPARE(
            vfs->xSetSystemCall(vfs, call, reinterpret_cast<sqlite3_syscall_ptr>(failingPwrite)),
            SQLITE_OK);
        failLongWrites = true;
        QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 21, 60), SQLITE_OK);
        const int committed = exec(writer, "COMMIT");
        failLongWrites = false;
        vfs->xSetSystemCall(vfs, call, reinterpret_cast<sqlite3_syscall_ptr>(realPwrite));
        QCOMPARE(committed, SQLITE_FULL);
        if (!sqlite3_get_autocommit(writer))
            QCOMPARE(exec(writer, "ROLLBACK"), SQLITE_OK);

        QCOMPARE(scalar(reader, "SELECT count(*) FROM t"), qint64(20));
        QCOMPARE(matchingRows(reader, 1, 20), 20);
        // The writer goes on: the next commit is written and seen whole.
        QCOMPARE(exec(writer, "BEGIN"), SQLITE_OK);
        QCOMPARE(insertRows(writer, 21, 60), SQLITE_OK);
        QCOMPARE(exec(writer, "COMMIT"), SQLITE_OK);
        QCOMPARE(scalar(reader, "SELECT count(*) FROM t"), qint64(60));
        QCOMPARE(matchingRows(reader, 1, 60), 60);
        sqlite3_close(reader);
        sqlite3_close(writer);
    }
};

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "tst_wal_write_buffer.moc"
