// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard::Hub {

//! A statement of the hub's SQLite connection run through SQLite's C API, for the statements a
//! webhook delivery runs: values are bound by position straight from the domain's types (no
//! QVariant per value) and columns are read where SQLite holds them (no row cache). Obtained from
//! Database::statement(), which keeps it prepared, hands it out reset and resets it with the
//! QtSql statements, so it never holds a read snapshot between requests.
//!
//! Bound values follow Database::exec: a null QString is stored as '' (the domain's "no text");
//! an empty optional id is NULL. Markers are numbered from 0, as in Database::exec's lists.
class Statement
{
public:
    Statement(sqlite3 *handle, sqlite3_stmt *statement);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &text);
    //! UTF-8 text, copied by SQLite.
    Statement &bindUtf8(int index, QByteArrayView text);
    Statement &bind(int index, const std::optional<Domain::Id> &id);
    Statement &bindNull(int index);

    //! Steps to the next row; false at the end. Throws StorageError.
    bool next();
    //! Runs a statement that returns no rows, and resets it. Throws StorageError.
    void run();
    //! Runs an INSERT into a table whose id is its rowid and returns the new row's id, resetting
    //! the statement. Cheaper than RETURNING, which makes SQLite gather the rows in a temporary
    //! table first. Throws StorageError.
    qint64 insert();
    //! Runs an INSERT ... RETURNING id and returns the id, resetting the statement at once (an
    //! unfinished write would hold the write lock and block COMMIT). Throws StorageError.
    qint64 insertReturningId();
    //! Ends the current run, so the statement holds no snapshot or lock; bindings stay.
    void reset();

    qint64 int64(int column) const;
    bool isNull(int column) const;
    //! The column as text (UTF-8 converted); a NULL column gives a null QString.
    QString text(int column) const;
    //! The column's UTF-8 bytes, valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    //! SQLite's own statement, for readers that take many columns of a row through the C API.
    sqlite3_stmt *handle() const { return m_statement; }

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Switchboard::Hub
