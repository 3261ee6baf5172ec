// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>

namespace Switchboard::Store {

//! One connection to a cache file, confined to the thread that opened it. Every statement either
//! succeeds or throws CacheError, so a half-applied change is always rolled back.
class CacheDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    //! What open() found.
    struct OpenResult
    {
        bool ok = false;
        //! The file was damaged or from an unknown schema and was moved aside for a fresh cache.
        bool recreated = false;
        //! Where the damaged file went (kept for support), empty if none.
        QString movedAsidePath;
        QString error;
    };

    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    //! Opens (and, read-write, creates and migrates) the cache at path. A read-only connection
    //! expects a cache that a read-write connection already opened.
    OpenResult open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    int schemaVersion();

    //! Runs sql with positional bindings; throws CacheError on failure.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    //! Like exec() but binds a list built at run time.
    QSqlQuery execList(const QString &sql, const QVariantList &values);
    //! Runs a write through a prepared statement kept for reuse (bulk sync runs the same few
    //! statements hundreds of thousands of times). Returns the rows changed; throws CacheError.
    int run(const QString &sql, std::initializer_list<QVariant> values = {});
    //! Like run() but binds a list built at run time.
    int runList(const QString &sql, const QVariantList &values);
    //! A SELECT through a prepared statement kept for reuse, executed: read its rows, then
    //! finish() it before the next statement. Throws CacheError.
    QSqlQuery &select(const QString &sql, std::initializer_list<QVariant> values = {});
    //! The driver's handle (a sqlite3 *), for the bulk writes bound through SQLite's C API.
    QVariant nativeHandle() const;
    //! Stops the statement running on this connection, from any thread, while the connection is
    //! open: it fails with "interrupted" (a CacheError), and its transaction is rolled back.
    //! Taken on the connection's thread; a default one does nothing.
    class Interrupter
    {
    public:
        void interrupt() const;

    private:
        friend class CacheDatabase;
        void *m_handle = nullptr;
    };
    Interrupter interrupter() const;
    //! How a committed transaction must survive.
    enum class Durability {
        //! A power cut loses nothing committed (what the agent did: the outbox, read marks).
        Full,
        //! A power cut may lose the last commits, never the cache's integrity: for writes that
        //! are redone when lost, such as the first sync's pages (docs/performance.md).
        Restartable,
    };
    //! Runs work in a transaction (nested calls join the outer one); rolls back if it throws.
    void transaction(const std::function<void()> &work, Durability durability = Durability::Full);

private:
    void openConnection(Mode mode);
    bool looksLikeSqlite() const;
    void migrate();
    //! The kept statement for sql with values bound; throws CacheError.
    template <typename Values> QSqlQuery &bound(const QString &sql, const Values &values);
    int run(QSqlQuery &query);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

} // namespace Switchboard::Store
