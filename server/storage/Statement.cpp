// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "StorageError.h"

#include <sqlite3.h>

namespace Switchboard::Hub {

Statement::Statement(sqlite3 *handle, sqlite3_stmt *statement)
    : m_handle(handle)
    , m_statement(statement)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    // A null QString would bind NULL; the columns hold '' for "no text", as Database::exec binds.
    static const char16_t empty = 0;
    const void *data = text.isNull() ? static_cast<const void *>(&empty) : text.utf16();
    sqlite3_bind_text16(m_statement, index + 1, data, int(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView text)
{
    const char *data = text.data() ? text.data() : "";
    sqlite3_bind_text(m_statement, index + 1, data, int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<Domain::Id> &id)
{
    return id ? bind(index, qint64(*id)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void Statement::run()
{
    while (next()) { }
    reset();
}

qint64 Statement::insert()
{
    if (next()) {
        reset();
        throw StorageError(QStringLiteral("an insert returned rows"));
    }
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    reset();
    return id;
}

qint64 Statement::insertReturningId()
{
    if (!next()) {
        reset();
        throw StorageError(QStringLiteral("an insert returned no id"));
    }
    const qint64 id = int64(0);
    // Stepping to the end, not just resetting, completes the statement's write.
    while (next()) { }
    reset();
    return id;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

void Statement::fail(int rc) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    // The failed run is over; resetting returns the statement to its first step.
    sqlite3_reset(m_statement);
    throw StorageError(QStringLiteral("statement failed: %1 (%2)").arg(message).arg(rc));
}

} // namespace Switchboard::Hub
