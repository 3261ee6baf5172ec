// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheDatabase.h"

#include "CacheError.h"
#include "CacheMigrations.h"
#include "sqlite/WalWriteBuffer.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace Switchboard::Store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("switchboard-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

CacheDatabase::CacheDatabase() = default;

CacheDatabase::~CacheDatabase()
{
    close();
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool CacheDatabase::looksLikeSqlite() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

void CacheDatabase::openConnection(Mode mode)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (mode == Mode::ReadOnly) {
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        // A writer's log writes go to the file system once per commit, not twice per page
        // (sqlite/WalWriteBuffer.h): a tenth of the first sync's time. Chosen by URI.
        m_db.setDatabaseName(Sqlite::WalWriteBuffer::databaseUri(m_path));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    }
    if (!m_db.open())
        throw CacheError(describe(m_db.lastError()));
    exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (mode == Mode::ReadWrite) {
        // WAL lets the ui's read connection query while the sync engine writes; FULL makes a
        // queued reply survive a power cut, not only a crash.
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Reading the schema makes SQLite parse the file now rather than on first use.
    exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

CacheDatabase::OpenResult CacheDatabase::open(const QString &path, Mode mode)
{
    OpenResult result;
    m_path = path;
    if (mode == Mode::ReadWrite)
        QDir().mkpath(QFileInfo(path).absolutePath());
    const auto tryOpen = [&]() -> QString {
        if (!looksLikeSqlite())
            return QStringLiteral("the file is not an SQLite database");
        try {
            openConnection(mode);
            const int version = schemaVersion();
            if (version > CacheMigrations::latestVersion())
                return QStringLiteral("the cache was written by a newer version (schema %1)")
                    .arg(version);
            if (mode == Mode::ReadWrite)
                migrate();
            else if (version != CacheMigrations::latestVersion())
                return QStringLiteral("the cache has not been created yet");
        } catch (const CacheError &error) {
            return error.message();
        }
        return {};
    };
    const QString problem = tryOpen();
    if (problem.isEmpty()) {
        result.ok = true;
        return result;
    }
    close();
    if (mode == Mode::ReadOnly) {
        result.error = problem;
        return result;
    }
    // The cache only mirrors the hub, so a damaged one is set aside (never deleted: support may
    // want it) and rebuilt from the hub.
    const QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            result.error = QStringLiteral("%1, and it could not be moved aside").arg(problem);
            return result;
        }
    }
    result.recreated = true;
    result.movedAsidePath = aside;
    const QString second = tryOpen();
    result.ok = second.isEmpty();
    result.error = result.ok
        ? QStringLiteral("the cache was unusable (%1) and was rebuilt").arg(problem)
        : second;
    return result;
}

int CacheDatabase::schemaVersion()
{
    QSqlQuery query = exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void CacheDatabase::migrate()
{
    const auto &migrations = CacheMigrations::all();
    for (int version = schemaVersion(); version < int(migrations.size()); ++version) {
        transaction([&] {
            migrations[size_t(version)](*this);
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
    }
}

QSqlQuery CacheDatabase::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    return execList(sql, QVariantList(values));
}

QSqlQuery CacheDatabase::execList(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw CacheError(describe(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw CacheError(describe(query.lastError()));
    return query;
}

template <typename Values> QSqlQuery &CacheDatabase::bound(const QString &sql, const Values &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw CacheError(describe(query.lastError()));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    return query;
}

QSqlQuery &CacheDatabase::select(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = bound(sql, values);
    if (!query.exec()) {
        const QString error = describe(query.lastError());
        query.finish();
        throw CacheError(error);
    }
    return query;
}

int CacheDatabase::run(const QString &sql, std::initializer_list<QVariant> values)
{
    return run(bound(sql, values));
}

int CacheDatabase::runList(const QString &sql, const QVariantList &values)
{
    return run(bound(sql, values));
}

int CacheDatabase::run(QSqlQuery &query)
{
    const bool ok = query.exec();
    const int affected = ok ? query.numRowsAffected() : 0;
    query.finish();
    if (!ok)
        throw CacheError(describe(query.lastError()));
    return affected;
}

QVariant CacheDatabase::nativeHandle() const
{
    return m_db.driver()->handle();
}

CacheDatabase::Interrupter CacheDatabase::interrupter() const
{
    Interrupter interrupter;
    const QVariant handle = nativeHandle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        interrupter.m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    return interrupter;
}

void CacheDatabase::Interrupter::interrupt() const
{
    // sqlite3_interrupt() may be called from any thread (SQLite documents it so).
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

void CacheDatabase::transaction(const std::function<void()> &work, Durability durability)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return;
    }
    // In WAL mode, NORMAL skips the fsync at commit; the next FULL commit (or checkpoint) syncs
    // the log, and with it every frame written before. So a restartable commit can only be lost
    // together with the commits after it that were restartable too, never one that was FULL, and
    // SQLite keeps the file consistent either way.
    const bool relaxed = durability == Durability::Restartable;
    if (relaxed)
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const auto restore = [&] {
        if (relaxed) {
            QSqlQuery full(m_db);
            full.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        }
    };
    try {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    } catch (...) {
        restore();
        throw;
    }
    m_transactionDepth = 1;
    try {
        work();
        m_transactionDepth = 0;
        exec(QStringLiteral("COMMIT"));
    } catch (...) {
        m_transactionDepth = 0;
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        restore();
        throw;
    }
    restore();
}

} // namespace Switchboard::Store
