// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageText.h"

#include "Database.h"
#include "MessageRepository.h"
#include "Schema.h"
#include "SqlCodec.h"
#include "StorageError.h"
#include "domain/Enums.h"
#include "domain/Utf8.h"
#include "domain/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <algorithm>
#include <charconv>
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

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.handle().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Appends UTF-8 text as a JSON string, escaped as QJsonDocument escapes it (the quote, the
// backslash and control characters; nothing else). False, with nothing appended, for bytes that
// are not valid UTF-8: the caller then takes the text through QString as the repository does.
bool appendString(QByteArray &out, const unsigned char *text, qsizetype n)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.append('"');
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = text[i];
        if (c >= 0x80) {
            const int length = Domain::Utf8::sequenceLength(text + i, n - i);
            if (length == 0) {
                out.truncate(start);
                return false;
            }
            out.append(reinterpret_cast<const char *>(text + i), length);
            i += length;
            continue;
        }
        ++i;
        if (c >= 0x20 && c != '"' && c != '\\') {
            out.append(char(c));
            continue;
        }
        out.append('\\');
        switch (c) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default:
            out.append("u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append('"');
    return true;
}

// A JSON value through Qt's own writer, for the rare texts the fast path leaves to it.
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void appendText(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    const auto *text = sqlite3_column_text(stmt, column);
    const int n = sqlite3_column_bytes(stmt, column);
    if (text && appendString(out, text, n))
        return;
    if (!text) {
        out.append("\"\"");
        return;
    }
    // Not valid UTF-8: what the Qt driver reads (SQLite's own UTF-16), as Qt writes it.
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(stmt, column));
    out.append(qtJson(QString(utf16, sqlite3_column_bytes16(stmt, column) / 2)));
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

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// Appends n decimal digits of value, zero-padded.
char *digits(char *at, qint64 value, int n)
{
    for (int i = n - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
    return at + n;
}

// WireTime::toJson(WireTime::fromMs(ms)), written directly for the years 1970 to 9999.
QByteArray timeJson(qint64 ms)
{
    if (ms == 0)
        return QByteArrayLiteral("null");
    constexpr qint64 day = 86400000;
    if (ms < 0 || ms >= 253402300800000) // before 1970 or after 9999: Qt's own formatting
        return qtJson(WireTime::toJson(WireTime::fromMs(ms)));
    int year = 0, month = 0, mday = 0;
    civil(ms / day, year, month, mday);
    const qint64 inDay = ms % day;
    // "yyyy-MM-ddTHH:mm:ss.zzzZ", quoted.
    char buffer[26];
    char *at = buffer;
    *at++ = '"';
    at = digits(at, year, 4);
    *at++ = '-';
    at = digits(at, month, 2);
    *at++ = '-';
    at = digits(at, mday, 2);
    *at++ = 'T';
    at = digits(at, inDay / 3600000, 2);
    *at++ = ':';
    at = digits(at, inDay / 60000 % 60, 2);
    *at++ = ':';
    at = digits(at, inDay / 1000 % 60, 2);
    *at++ = '.';
    at = digits(at, inDay % 1000, 3);
    *at++ = 'Z';
    *at++ = '"';
    return QByteArray(buffer, at - buffer);
}

void appendId(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer,
        static_cast<long long>(sqlite3_column_int64(stmt, column)));
    Q_UNUSED(ec) // 24 characters hold every 64-bit integer
    out.append(buffer, end - buffer);
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
    row.createdAt = timeJson(row.createdAtMs);
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
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return ofCustomerThroughRepository(customerId, limit, reader);
    static const QByteArray sql = ofCustomerSql().toUtf8();
    sqlite3_stmt *stmt = nullptr;
    // Prepared per call and finalized before returning: a statement kept open would hold a
    // read snapshot (see Database), and the call reads a whole timeline, so preparing is cheap
    // beside it.
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_bind_int64(stmt, 1, customerId);
    sqlite3_bind_int64(stmt, 2, reader.value_or(0));
    sqlite3_bind_int64(stmt, 3, reader.value_or(0));
    sqlite3_bind_int(stmt, 4, limit);
    QList<Row> out;
    out.reserve(std::min(limit, 64));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out.append(readRow(stmt));
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (!error.isEmpty())
        throw StorageError(error);
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
            qtJson(json.value(QLatin1String("created_at"))),
            QJsonDocument(json).toJson(QJsonDocument::Compact)});
    }
    return out;
}

} // namespace Switchboard::Hub
