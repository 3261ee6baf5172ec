// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Statement.h"
#include "StorageError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <sqlite3.h>

namespace Switchboard::Hub {

Database::Database(const QString &driver, const QString &connectionName)
    : m_connectionName(connectionName)
    , m_db(QSqlDatabase::addDatabase(driver, connectionName))
{
}

Database::~Database()
{
    m_used.clear();
    m_statements.clear();
    // Finalized before the connection closes.
    m_cUsed.clear();
    m_cStatements.clear();
    m_cStatementStore.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery &Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QList<QVariant>(values));
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            throw StorageError(
                QStringLiteral("cannot prepare statement: %1").arg(query.lastError().text()));
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    } else {
        it->second.finish();
    }
    m_used.push_back(&it->second);
    scheduleReset();
    return it->second;
}

void Database::scheduleReset()
{
    if (!m_resetScheduled) {
        m_resetScheduled = true;
        QTimer::singleShot(0, &m_lifetime, [this] { resetStatements(); });
    }
}

sqlite3 *Database::sqliteHandle()
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement &Database::statement(const QString &sql)
{
    Statement *&cached = m_cStatements[sql];
    if (!cached) {
        if (!m_sqlite)
            m_sqlite = sqliteHandle();
        if (!m_sqlite) {
            m_cStatements.remove(sql);
            throw StorageError(QStringLiteral("the connection is not an open SQLite database"));
        }
        sqlite3_stmt *prepared = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite, text.constData(), int(text.size()),
                SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
            != SQLITE_OK) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            sqlite3_finalize(prepared);
            m_cStatements.remove(sql);
            throw StorageError(QStringLiteral("cannot prepare statement: %1").arg(error));
        }
        m_cStatementStore.push_back(std::make_unique<Statement>(m_sqlite, prepared));
        cached = m_cStatementStore.back().get();
    } else {
        cached->reset();
    }
    m_cUsed.push_back(cached);
    scheduleReset();
    return *cached;
}

void Database::runSavepointStatement(const QString &sql)
{
    // Every request of a group opens and releases one: through the C API where there is one.
    if (m_sqlite || sqliteHandle())
        statement(sql).run();
    else
        exec(sql);
}

void Database::resetStatements()
{
    m_resetScheduled = false;
    for (QSqlQuery *query : m_used)
        query->finish();
    m_used.clear();
    for (Statement *statement : m_cUsed)
        statement->reset();
    m_cUsed.clear();
}

QSqlQuery &Database::exec(const QString &sql, const QList<QVariant> &values)
{
    QSqlQuery &query = prepared(sql);
    int i = 0;
    for (const QVariant &v : values) {
        // A null QString means "no text" in the domain; columns store it as '' rather than NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i++, QString(QLatin1String("")));
        else
            query.bindValue(i++, v);
    }
    if (!query.exec())
        throw StorageError(QStringLiteral("statement failed: %1").arg(query.lastError().text()));
    return query;
}

qint64 Database::insertReturningId(const QString &sql, const QList<QVariant> &values)
{
    QSqlQuery &query = exec(sql, values);
    if (!query.next())
        throw StorageError(QStringLiteral("an insert returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = exec(sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    m_rollbackOnly = false;
    if (!m_db.transaction())
        throw StorageError(
            QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    Q_ASSERT_X(m_savepoints.empty() || m_depth > m_savepoints.back().depth, "Database::commit",
        "a savepoint ends with endSavepoint()");
    if (m_depth == 1 && !m_rollbackOnly) {
        // Still at depth 1: what the actions write joins this transaction.
        try {
            runBeforeCommit(0);
        } catch (...) {
            rollback();
            throw;
        }
    }
    if (--m_depth > 0)
        return;
    m_beforeCommit.clear();
    resetStatements();
    if (m_rollbackOnly) {
        m_afterCommit.clear();
        m_db.rollback();
        runOnRollback(0);
        throw StorageError(QStringLiteral("an inner transaction failed; rolled back"));
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_afterCommit.clear();
        m_db.rollback();
        runOnRollback(0);
        throw StorageError(QStringLiteral("cannot commit: %1").arg(error));
    }
    m_onRollback.clear();
    auto actions = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto &action : actions)
        action();
}

void Database::runBeforeCommit(size_t mark)
{
    while (m_beforeCommit.size() > mark) {
        std::vector<std::function<void()>> actions(
            std::make_move_iterator(m_beforeCommit.begin() + qsizetype(mark)),
            std::make_move_iterator(m_beforeCommit.end()));
        m_beforeCommit.resize(mark);
        for (auto &action : actions)
            action();
    }
}

void Database::beginSavepoint()
{
    if (m_depth == 0)
        throw StorageError(QStringLiteral("a savepoint needs an open transaction"));
    runSavepointStatement(QStringLiteral("SAVEPOINT level%1").arg(m_depth + 1));
    ++m_depth;
    m_savepoints.push_back({m_depth, m_afterCommit.size(), m_beforeCommit.size(),
        m_onRollback.size(), m_rollbackOnly});
    m_rollbackOnly = false;
}

void Database::undoSavepoint(const QString &name, const Savepoint &savepoint)
{
    resetStatements();
    runSavepointStatement(QStringLiteral("ROLLBACK TO ") + name);
    runSavepointStatement(QStringLiteral("RELEASE ") + name);
    m_afterCommit.resize(savepoint.afterCommitMark);
    m_beforeCommit.resize(std::min(m_beforeCommit.size(), savepoint.beforeCommitMark));
    runOnRollback(savepoint.onRollbackMark);
}

void Database::runOnRollback(size_t mark)
{
    while (m_onRollback.size() > mark) {
        const std::function<void()> action = std::move(m_onRollback.back());
        m_onRollback.pop_back();
        action();
    }
}

bool Database::endSavepoint()
{
    Q_ASSERT(!m_savepoints.empty() && m_savepoints.back().depth == m_depth);
    const Savepoint savepoint = m_savepoints.back();
    const QString name = QStringLiteral("level%1").arg(m_depth);
    const auto close = [&] {
        m_rollbackOnly = savepoint.rollbackOnly;
        m_savepoints.pop_back();
        --m_depth;
    };
    bool kept = !m_rollbackOnly;
    try {
        if (kept) {
            runBeforeCommit(savepoint.beforeCommitMark);
            // What the actions did may have failed too.
            kept = !m_rollbackOnly;
        }
        if (kept) {
            runSavepointStatement(QStringLiteral("RELEASE ") + name);
        } else {
            undoSavepoint(name, savepoint);
        }
    } catch (...) {
        bool undone = true;
        try {
            undoSavepoint(name, savepoint);
        } catch (const StorageError &) {
            undone = false;
        }
        close();
        // Not undone: the enclosing transaction can no longer commit what it holds.
        if (!undone)
            m_rollbackOnly = true;
        throw;
    }
    close();
    return kept;
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_depth == 0)
        action();
    else
        m_afterCommit.push_back(std::move(action));
}

void Database::beforeCommit(std::function<void()> action)
{
    if (m_depth == 0)
        action();
    else
        m_beforeCommit.push_back(std::move(action));
}

void Database::onRollback(std::function<void()> action)
{
    if (m_depth > 0)
        m_onRollback.push_back(std::move(action));
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    Q_ASSERT_X(m_savepoints.empty() || m_depth > m_savepoints.back().depth, "Database::rollback",
        "a savepoint ends with endSavepoint()");
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_afterCommit.clear();
    m_beforeCommit.clear();
    resetStatements();
    m_db.rollback();
    runOnRollback(0);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    m_db.commit();
}

} // namespace Switchboard::Hub
