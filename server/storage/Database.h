// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <vector>

struct sqlite3;

namespace Switchboard::Hub {

class Statement;

//! One SQL connection with nestable transactions and query helpers that throw StorageError.
//! Only the thread that opened it may use it.
//!
//! Statements are prepared once and cached by their text. A statement's result must be read
//! before the same statement text is run again (no nested iteration of one statement). Cached
//! statements are reset when the current turn of the event loop ends, so none keeps a read
//! snapshot open between requests.
class Database
{
public:
    Database(const QString &driver, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &handle() { return m_db; }

    //! Runs a (cached) statement with positional values; throws StorageError on failure. The
    //! reference is valid until the same statement text runs again.
    QSqlQuery &exec(const QString &sql, std::initializer_list<QVariant> values = {});
    QSqlQuery &exec(const QString &sql, const QList<QVariant> &values);
    //! Runs an INSERT ... RETURNING id and returns the id, finishing the statement at once (an
    //! unfinished write statement would hold the write lock and block COMMIT).
    qint64 insertReturningId(const QString &sql, const QList<QVariant> &values);
    //! Runs a statement and returns the first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    //! The statement of that text prepared through SQLite's C API (see Statement), reset and
    //! ready to be bound; cached and reset as the QtSql statements are. Throws StorageError when
    //! it cannot be prepared or the connection is not SQLite's.
    Statement &statement(const QString &sql);
    //! The SQLite connection under the driver; null for another driver or a closed database.
    sqlite3 *sqliteHandle();

    //! Starts a transaction, or joins the one already open.
    void begin();
    //! Commits when the outermost transaction ends.
    void commit();
    //! Rolls back the whole transaction, however deeply nested.
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    //! Opens a savepoint inside the current transaction (throws StorageError when none is
    //! open), so that what runs until endSavepoint() can be undone alone. Transactions begun inside it
    //! nest in it as in a transaction: one that rolls back undoes the work back to the
    //! savepoint, not the enclosing transaction.
    void beginSavepoint();
    //! Ends the innermost savepoint. Its work is kept, and the beforeCommit actions added inside
    //! it run now, inside it, unless something in it rolled back: then everything since the
    //! savepoint is undone, its afterCommit and beforeCommit actions are dropped, and it
    //! returns false. An action that throws undoes the savepoint too, and the error goes on.
    //! Either way the enclosing transaction stays open, and the afterCommit actions of what was
    //! kept run when it commits.
    bool endSavepoint();
    //! Runs action once the outermost transaction has committed; dropped if it rolls back.
    //! Outside a transaction it runs at once. Used to publish events only after they are durable.
    void afterCommit(std::function<void()> action);
    //! Runs action inside the outermost transaction just before it commits (not if it rolls
    //! back), so what the action writes commits with it; actions it adds run too. Outside a
    //! transaction it runs at once. Used to derive records from everything a transaction did.
    void beforeCommit(std::function<void()> action);
    //! Runs action if the work it was added in is undone: its savepoint is undone or the
    //! transaction rolls back (the latest added first); dropped once it is committed. Outside a
    //! transaction it is dropped. Used to take back what memory followed of uncommitted work;
    //! action must not throw.
    void onRollback(std::function<void()> action);

private:
    //! An open savepoint: the depth it opened at and what was pending before it.
    struct Savepoint
    {
        int depth = 0;
        size_t afterCommitMark = 0;
        size_t beforeCommitMark = 0;
        size_t onRollbackMark = 0;
        bool rollbackOnly = false;
    };

    QSqlQuery &prepared(const QString &sql);
    //! Resets the statements used so far when the current turn of the event loop ends.
    void scheduleReset();
    void resetStatements();
    //! Runs a SAVEPOINT, RELEASE or ROLLBACK TO statement.
    void runSavepointStatement(const QString &sql);
    //! Runs the beforeCommit actions from index mark on, and those they add.
    void runBeforeCommit(size_t mark);
    //! Undoes the innermost savepoint's work and drops what it left pending.
    void undoSavepoint(const QString &name, const Savepoint &savepoint);
    //! Runs the onRollback actions from index mark on, the latest first, and drops them.
    void runOnRollback(size_t mark);

    QString m_connectionName;
    QSqlDatabase m_db;
    //! A node-based map: references to cached statements stay valid as others are added.
    std::map<QString, QSqlQuery> m_statements;
    //! The statements run since the last reset: only they can be holding a result.
    std::vector<QSqlQuery *> m_used;
    //! The C API statements by text, and those handed out since the last reset.
    QHash<QString, Statement *> m_cStatements;
    std::vector<std::unique_ptr<Statement>> m_cStatementStore;
    std::vector<Statement *> m_cUsed;
    sqlite3 *m_sqlite = nullptr;
    bool m_resetScheduled = false;
    //! Context for the deferred reset, so it never outlives this object.
    QObject m_lifetime;
    int m_depth = 0;
    std::vector<Savepoint> m_savepoints;
    std::vector<std::function<void()>> m_afterCommit;
    std::vector<std::function<void()>> m_beforeCommit;
    std::vector<std::function<void()>> m_onRollback;
    bool m_rollbackOnly = false;
};

//! Scope guard: a transaction that rolls back unless commit() is called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Switchboard::Hub
