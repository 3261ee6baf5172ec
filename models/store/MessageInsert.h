// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"

#include <QByteArrayView>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard::Store {

class CacheDatabase;

//! The message row's INSERT OR IGNORE through SQLite's C API. The first sync stores a million of
//! them: the hub's JSON text is bound as the UTF-8 it arrived in, where a QString would be
//! converted to UTF-16 for the Qt driver and back to UTF-8 by SQLite, and no QVariant is built
//! per column. The row is what the QSqlQuery path writes.
class MessageInsert
{
public:
    explicit MessageInsert(CacheDatabase &db);
    ~MessageInsert();
    MessageInsert(const MessageInsert &) = delete;
    MessageInsert &operator=(const MessageInsert &) = delete;

    //! Stores the message with its JSON text (UTF-8) unless its id is held; true if it was new.
    //! Throws CacheError.
    bool insert(const Domain::Message &message, QByteArrayView json);
    //! Adds the message's body to the full-text index, bound as the QSqlQuery path binds it (live
    //! events and backfills index message by message). Throws CacheError.
    void index(const Domain::Message &message);

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_index = nullptr;
};

} // namespace Switchboard::Store
