// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageText.h"

#include "Database.h"
#include "JsonText.h"
#include "MessageRepository.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "Statement.h"
#include "StorageError.h"
#include "domain/Enums.h"
#include "domain/Utf8.h"
#include "domain/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <sqlite3.h>

namespace Switchboard::Hub {

using namespace Domain;
using namespace Schema;

namespace {

// The columns in the order of the statement below.
enum Column {
    Id,
    ConversationId,
    CustomerId,
    Channel,
    Kind,
    AuthorUserId,
    AuthorName,
    Body,
    BodyHtml,
    CreatedAt,
    Delivery,
    DeliveryError,
    ProviderMessageId,
    ChannelMetadata,
    ClientId,
    WhisperTo,
};

QString ofCustomerSql()
{
    // As MessageRepository::ofCustomer() reads them: newest first, reversed by the caller. The
    // last parameter is the reader (see MessageRepository::visibleTo), 0 for everything.
    return QStringLiteral(
        "SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, "
        "%17 FROM %16 WHERE %3 = ? AND (? = 0 OR %17 = 0 OR %17 = ?) "
        "ORDER BY %10 DESC, %1 DESC LIMIT ?")
        .arg(Messages::id, Messages::conversationId, Messages::customerId, Messages::channel,
            Messages::kind, Messages::authorUserId, Messages::authorName, Messages::body,
            Messages::bodyHtml, Messages::createdAt, Messages::delivery, Messages::deliveryError,
            Messages::providerMessageId, Messages::channelMetadata, Messages::clientId)
        .arg(Messages::table, Messages::whisperTo);
}

void appendText(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    const auto *text = sqlite3_column_text(stmt, column);
    const int n = sqlite3_column_bytes(stmt, column);
    if (text && JsonText::appendString(out, text, n))
        return;
    if (!text) {
        out.append("\"\"");
        return;
    }
    // Not valid UTF-8: what the Qt driver reads (SQLite's own UTF-16), as Qt writes it.
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(stmt, column));
    out.append(JsonText::qtJson(QString(utf16, sqlite3_column_bytes16(stmt, column) / 2)));
}

// An enum column the way fromWire(...).value_or(fallback) and toWire() pass it on.
template <typename E> void appendEnum(QByteArray &out, sqlite3_stmt *stmt, int column, E fallback)
{
    const QByteArrayView text(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
        sqlite3_column_bytes(stmt, column));
    const char *name = nullptr;
    const char *fallbackName = nullptr;
    for (const auto &[value, wire] : WireNames<E>::names) {
        if (text == QByteArrayView(wire)) {
            name = wire;
            break;
        }
        if (value == fallback)
            fallbackName = wire;
    }
    if (!name)
        name = fallbackName; // the loop ran to the end, past the fallback
    out.append('"');
    out.append(name);
    out.append('"');
}

void appendId(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    JsonText::appendInteger(out, sqlite3_column_int64(stmt, column));
}

// channel_metadata is stored as a compact object; the codec reads it back into an object
// (anything else becomes {}) and writes it out again.
void appendMetadata(QByteArray &out, sqlite3_stmt *stmt)
{
    const QByteArrayView text(
        reinterpret_cast<const char *>(sqlite3_column_text(stmt, ChannelMetadata)),
        sqlite3_column_bytes(stmt, ChannelMetadata));
    if (text.isEmpty() || text == "{}") {
        out.append("{}");
        return;
    }
    out.append(QJsonDocument(QJsonDocument::fromJson(text.toByteArray()).object())
                   .toJson(QJsonDocument::Compact));
}

// One row as the object Message::toJson() builds, keys in the order QJsonObject keeps them.
MessageText::Row readRow(sqlite3_stmt *stmt)
{
    MessageText::Row row;
    row.id = sqlite3_column_int64(stmt, Id);
    row.createdAtMs = sqlite3_column_int64(stmt, CreatedAt);
    row.createdAt = JsonText::time(row.createdAtMs);
    QByteArray &out = row.json;
    out.reserve(256 + sqlite3_column_bytes(stmt, Body) + sqlite3_column_bytes(stmt, BodyHtml));
    out.append("{\"author_name\":");
    appendText(out, stmt, AuthorName);
    out.append(",\"author_user_id\":");
    if (sqlite3_column_type(stmt, AuthorUserId) == SQLITE_NULL)
        out.append("null");
    else
        appendId(out, stmt, AuthorUserId);
    out.append(",\"body\":");
    appendText(out, stmt, Body);
    out.append(",\"body_html\":");
    appendText(out, stmt, BodyHtml);
    out.append(",\"channel\":");
    appendEnum(out, stmt, Channel, ChannelKind::Email);
    out.append(",\"channel_metadata\":");
    appendMetadata(out, stmt);
    out.append(",\"client_id\":");
    appendText(out, stmt, ClientId);
    out.append(",\"conversation_id\":");
    appendId(out, stmt, ConversationId);
    out.append(",\"created_at\":");
    out.append(row.createdAt);
    out.append(",\"customer_id\":");
    appendId(out, stmt, CustomerId);
    out.append(",\"delivery\":");
    appendEnum(out, stmt, Delivery, DeliveryState::None);
    out.append(",\"delivery_error\":");
    appendText(out, stmt, DeliveryError);
    out.append(",\"id\":");
    appendId(out, stmt, Id);
    out.append(",\"kind\":");
    appendEnum(out, stmt, Kind, MessageKind::Note);
    out.append(",\"provider_message_id\":");
    appendText(out, stmt, ProviderMessageId);
    if (sqlite3_column_int64(stmt, WhisperTo) != 0) {
        out.append(",\"whisper_to\":");
        appendId(out, stmt, WhisperTo);
    }
    out.append('}');
    return row;
}

} // namespace

MessageText::MessageText(Database &db)
    : m_db(db)
{
}

QList<MessageText::Row> MessageText::ofCustomer(
    Domain::Id customerId, int limit, const MessageRepository::Reader &reader)
{
    if (!m_db.sqliteHandle())
        return ofCustomerThroughRepository(customerId, limit, reader);
    // Kept prepared by the connection (reset at once here, and again when the event loop's turn
    // ends, so it holds no read snapshot): preparing it for each customer was 5-6 % of the hub's
    // time serving a first sync's timelines.
    static const QString sql = ofCustomerSql();
    Statement &statement = m_db.statement(sql);
    statement.bind(0, customerId).bind(1, reader.value_or(0)).bind(2, reader.value_or(0));
    statement.bind(3, limit);
    QList<Row> out;
    out.reserve(std::min(limit, 64));
    try {
        while (statement.next())
            out.append(readRow(statement.handle()));
    } catch (...) {
        statement.reset();
        throw;
    }
    statement.reset();
    std::reverse(out.begin(), out.end());
    return out;
}

QList<MessageText::Row> MessageText::ofCustomerThroughRepository(
    Domain::Id customerId, int limit, const MessageRepository::Reader &reader)
{
    QList<Row> out;
    for (const Message &message : MessageRepository(m_db).ofCustomer(customerId, limit, reader)) {
        const QJsonObject json = message.toJson();
        out.append({message.id, WireTime::toMs(message.createdAt),
            JsonText::qtJson(json.value(QLatin1String("created_at"))),
            QJsonDocument(json).toJson(QJsonDocument::Compact)});
    }
    return out;
}

} // namespace Switchboard::Hub
