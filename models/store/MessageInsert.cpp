// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageInsert.h"

#include "CacheDatabase.h"
#include "CacheError.h"
#include "CacheSchema.h"

#include <sqlite3.h>

namespace Switchboard::Store {

using namespace Schema;
using namespace Domain;

namespace {

const char *wireName(MessageKind kind)
{
    for (const auto &[value, name] : WireNames<MessageKind>::names) {
        if (value == kind)
            return name;
    }
    Q_UNREACHABLE();
}

} // namespace

MessageInsert::MessageInsert(CacheDatabase &db)
{
    const QVariant handle = db.nativeHandle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw CacheError(QStringLiteral("the cache is not an SQLite connection"));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    static const QByteArray sql = QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3, %4, %5, %6, "
                                                 "%7, %8, %9) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(Messages::table, Messages::id, Messages::conversationId,
                                          Messages::customerId, Messages::kind, Messages::createdAt,
                                          Messages::body, Messages::json, Messages::whisperTo)
                                      .toUtf8();
    if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr)
        != SQLITE_OK)
        throw CacheError(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

MessageInsert::~MessageInsert()
{
    sqlite3_finalize(m_statement);
    sqlite3_finalize(m_index);
}

namespace {

// The body as the Qt driver binds a QString (a null one as NULL; else UTF-16, converted by
// SQLite), so any text, even a lone surrogate from an escape, is stored as on that path.
void bindBody(sqlite3_stmt *s, int index, const QString &body)
{
    if (body.isNull())
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text16(s, index, body.utf16(), int(body.size() * 2), SQLITE_STATIC);
}

// Runs the bound statement and makes it ready for the next; the rows it changed. Throws
// CacheError.
int step(sqlite3 *handle, sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    const int changed = rc == SQLITE_DONE ? sqlite3_changes(handle) : 0;
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!error.isEmpty())
        throw CacheError(error);
    return changed;
}

} // namespace

void MessageInsert::index(const Message &message)
{
    if (!m_index) {
        static const QByteArray sql = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (?, ?)")
                                          .arg(MessagesFts::table, MessagesFts::body)
                                          .toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_index, nullptr)
            != SQLITE_OK)
            throw CacheError(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    sqlite3_bind_int64(m_index, 1, message.id);
    bindBody(m_index, 2, message.body);
    step(m_handle, m_index);
}

bool MessageInsert::insert(const Message &message, QByteArrayView json)
{
    sqlite3_stmt *s = m_statement;
    sqlite3_bind_int64(s, 1, message.id);
    sqlite3_bind_int64(s, 2, message.conversationId);
    sqlite3_bind_int64(s, 3, message.customerId);
    sqlite3_bind_text(s, 4, wireName(message.kind), -1, SQLITE_STATIC);
    if (message.createdAt.isValid())
        sqlite3_bind_int64(s, 5, message.createdAt.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(s, 5);
    bindBody(s, 6, message.body);
    sqlite3_bind_text(s, 7, json.data(), int(json.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 8, message.whisperTo);
    return step(m_handle, s) > 0;
}

} // namespace Switchboard::Store
