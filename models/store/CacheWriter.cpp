// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheWriter.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "CustomerMoves.h"
#include "MessageIndexBuild.h"
#include "MessageInsert.h"
#include "RecordText.h"
#include "StoreLog.h"
#include "TimelineReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Switchboard::Store {

using namespace Schema;
using namespace Domain;

namespace {

QByteArray compactUtf8(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(compactUtf8(json));
}

// A statement's text, built once per call site (each lambda is its own type): the cache finds
// its prepared statement by the text, and building it anew for every row showed in profiles.
template <typename Build> const QString &once(Build build)
{
    static const QString sql = build();
    return sql;
}

QVariant millis(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime policyTime(const QJsonObject &policy)
{
    return QDateTime::fromString(
        policy.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
}

} // namespace

CacheWriter::CacheWriter(CacheDatabase &db)
    : m_db(db)
{
}

CacheWriter::~CacheWriter() = default;

QString CacheWriter::meta(QLatin1String key)
{
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(Meta::value, Meta::table, Meta::key),
        {QString(key)});
    return query.next() ? query.value(0).toString() : QString();
}

void CacheWriter::setMeta(QLatin1String key, const QString &value)
{
    m_db.run(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?) ON CONFLICT (%2) DO UPDATE "
                            "SET %3 = excluded.%3")
                 .arg(Meta::table, Meta::key, Meta::value),
        {QString(key), value});
}

Seq CacheWriter::cursor()
{
    return meta(Meta::cursorKey).toLongLong();
}

void CacheWriter::advanceCursor(Seq seq)
{
    if (seq <= cursor())
        return;
    setMeta(Meta::cursorKey, QString::number(seq));
    setMeta(Meta::lastSyncKey, QString::number(QDateTime::currentMSecsSinceEpoch()));
}

QList<Seq> CacheWriter::applyEvents(const QList<Event> &events, ChangeSet &changes)
{
    QList<Seq> applied;
    Seq last = cursor();
    for (const Event &event : events) {
        if (event.seq <= last)
            continue;
        applyEvent(event, changes);
        last = event.seq;
        applied << last;
    }
    setMeta(Meta::cursorKey, QString::number(last));
    setMeta(Meta::lastSyncKey, QString::number(QDateTime::currentMSecsSinceEpoch()));
    return applied;
}

void CacheWriter::applyEvent(const Event &event, ChangeSet &changes)
{
    QString error;
    const auto refuse = [&] {
        qCWarning(lcStore, "skipped event %lld (%s): %s", event.seq, qUtf8Printable(event.type),
            qUtf8Printable(error));
    };
    if (event.type == EventType::CustomerCreated || event.type == EventType::CustomerUpdated) {
        if (const auto customer = Customer::fromJson(event.data, &error))
            upsertCustomer(*customer, changes);
        else
            refuse();
    } else if (event.type == EventType::ConversationCreated
        || event.type == EventType::ConversationUpdated) {
        if (const auto conversation = Conversation::fromJson(event.data, &error))
            upsertConversation(*conversation, changes);
        else
            refuse();
    } else if (event.type == EventType::MessageCreated) {
        if (const auto message = Message::fromJson(event.data, &error))
            insertMessage(*message, changes, true);
        else
            refuse();
    } else if (event.type == EventType::MessageUpdated) {
        if (const auto message = Message::fromJson(event.data, &error))
            updateMessage(*message, changes);
        else
            refuse();
    } else if (event.type == EventType::CallCreated || event.type == EventType::CallUpdated) {
        if (const auto call = CallRecord::fromJson(event.data, &error))
            upsertCall(*call, changes);
        else
            refuse();
    } else if (event.type == EventType::UserCreated || event.type == EventType::UserUpdated) {
        if (const auto user = User::fromJson(event.data, &error))
            upsertUser(*user, changes);
        else
            refuse();
    } else if (event.type == EventType::CustomerMerged || event.type == EventType::CustomerSplit) {
        if (!CustomerMoves(m_db, *this).apply(event.type, event.data, changes, &error))
            refuse();
    } else if (event.type == EventType::PresenceChanged) {
        applyPresence(event.data, changes);
    } else if (event.type == EventType::PolicyUpdated) {
        storePolicy(event.data, changes);
    }
}

void CacheWriter::applyPresence(const QJsonObject &data, ChangeSet &changes)
{
    const Id userId = data.value(QLatin1String("user_id")).toInteger();
    QSqlQuery query = m_db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(Users::json, Users::table, Users::id),
        {userId});
    if (!query.next())
        return; // A user we have never seen; the directory sync brings them in whole.
    QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    query.finish();
    json.insert(QLatin1String("presence"), data.value(QLatin1String("presence")));
    QString error;
    if (const auto user = User::fromJson(json, &error))
        upsertUser(*user, changes);
    else
        qCWarning(
            lcStore, "skipped a presence change of user %lld: %s", userId, qUtf8Printable(error));
}

void CacheWriter::upsertUser(const User &user, ChangeSet &changes)
{
    m_db.run(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (%2) DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4, "
                            "%5 = excluded.%5, %6 = excluded.%6, %7 = excluded.%7")
                 .arg(Users::table, Users::id, Users::name, Users::role, Users::active,
                     Users::presenceState, Users::json),
        {user.id, user.name, toWire(user.role), user.active, toWire(user.presence.state),
            compact(user.toJson())});
    changes.users.insert(user.id);
}

void CacheWriter::upsertCustomer(const Customer &customer, ChangeSet &changes)
{
    const int changed = m_db.run(once([] {
        return QStringLiteral(
            "INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?) ON CONFLICT (%2) DO "
            "UPDATE SET %3 = excluded.%3, %4 = excluded.%4, %5 = excluded.%5 "
            "WHERE coalesce(excluded.%4, 0) >= coalesce(%1.%4, 0)")
            .arg(Customers::table, Customers::id, Customers::name, Customers::updatedAt,
                Customers::json);
    }),
        {customer.id, customer.name, millis(customer.updatedAt), compact(customer.toJson())});
    if (changed == 0)
        return; // What we hold is newer.
    QStringList identities;
    for (const Identity &identity : customer.identities)
        identities << identity.value;
    m_db.run(once([] {
        return QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(CustomersFts::table);
    }),
        {customer.id});
    m_db.run(once([] {
        return QStringLiteral("INSERT INTO %1 (rowid, %2, %3) VALUES (?, ?, ?)")
            .arg(CustomersFts::table, CustomersFts::name, CustomersFts::identities);
    }),
        {customer.id, customer.name, identities.join(QLatin1Char(' '))});
    changes.customers.insert(customer.id);
}

void CacheWriter::upsertConversation(const Conversation &conversation, ChangeSet &changes)
{
    upsertConversation(conversation, std::nullopt, changes);
}

bool CacheWriter::upsertConversation(const Conversation &conversation,
    std::optional<ReadState> read, ChangeSet &changes, QByteArrayView json)
{
    // Local columns (read_up_to, unread) are never overwritten by the hub's copy, only by the
    // read state given, which was worked out from the local one. An older copy (a timeline answer
    // that crossed a newer event) never replaces a newer one.
    const auto sql = [](bool withReadState) {
        QString columns = QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12")
                              .arg(Conversations::id, Conversations::customerId,
                                  Conversations::channel, Conversations::status,
                                  Conversations::assigneeId, Conversations::priority,
                                  Conversations::slaDueAt, Conversations::lastMessageAt,
                                  Conversations::lastMessageId, Conversations::subject,
                                  Conversations::json, Conversations::updatedAt);
        QString values = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        QString updates;
        for (const QLatin1String column :
            {Conversations::customerId, Conversations::channel, Conversations::status,
                Conversations::assigneeId, Conversations::priority, Conversations::slaDueAt,
                Conversations::lastMessageAt, Conversations::lastMessageId,
                Conversations::subject, Conversations::json, Conversations::updatedAt,
                Conversations::readUpTo, Conversations::unread}) {
            if (!withReadState
                && (column == Conversations::readUpTo || column == Conversations::unread))
                continue;
            updates += (updates.isEmpty() ? QString() : QStringLiteral(", "))
                + QStringLiteral("%1 = excluded.%1").arg(column);
        }
        if (withReadState) {
            columns += QStringLiteral(", %1, %2").arg(Conversations::readUpTo, Conversations::unread);
            values += QStringLiteral(", ?, ?");
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5 "
                              "WHERE coalesce(excluded.%6, 0) >= coalesce(%1.%6, 0)")
            .arg(Conversations::table, columns, values, Conversations::id, updates,
                Conversations::updatedAt);
    };
    QVariantList values{conversation.id, conversation.customerId, toWire(conversation.channel),
        toWire(conversation.status), optionalId(conversation.assigneeId),
        toWire(conversation.priority), millis(conversation.slaDueAt),
        millis(conversation.lastMessageAt), conversation.lastMessageId, conversation.subject,
        json.isEmpty() ? compact(conversation.toJson()) : QString::fromUtf8(json),
        millis(conversation.updatedAt)};
    if (read)
        values << read->upTo << read->unread;
    const int changed = read ? m_db.runList(once([&] { return sql(true); }), values)
                             : m_db.runList(once([&] { return sql(false); }), values);
    if (changed == 0)
        return false;
    changes.conversations.insert(conversation.id);
    changes.customers.insert(conversation.customerId);
    return true;
}

bool CacheWriter::storeMessage(const Message &message, QByteArrayView json, FullText fullText)
{
    if (!m_messageInsert)
        m_messageInsert = std::make_unique<MessageInsert>(m_db);
    const bool inserted = m_messageInsert->insert(message, json);
    if (!inserted)
        return false;
    // Indexed here rather than by a trigger: see migration 2 in CacheMigrations.cpp.
    if (fullText == FullText::PerMessage)
        m_messageInsert->index(message);
    else
        m_deferred.append({message.id, message.body});
    return true;
}

void CacheWriter::insertMessage(const Message &message, ChangeSet &changes, bool live)
{
    if (!storeMessage(message, compactUtf8(message.toJson()), FullText::PerMessage))
        return;
    if (message.kind == MessageKind::Inbound) {
        m_db.run(once([] {
            return QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 = ? AND %4 < ?")
                .arg(Conversations::table, Conversations::unread, Conversations::id,
                    Conversations::readUpTo);
        }),
            {message.conversationId, message.id});
        if (live)
            changes.newInbound << message.id;
    } else if (message.kind == MessageKind::Reply) {
        // Once the team has answered, what came before it is no longer waiting to be read.
        m_db.run(once([] {
            return QStringLiteral("UPDATE %1 SET %2 = 0, %3 = max(%3, ?) WHERE %4 = ?")
                .arg(Conversations::table, Conversations::unread, Conversations::readUpTo,
                    Conversations::id);
        }),
            {message.id, message.conversationId});
    }
    changes.messagesIn.insert(message.conversationId);
    changes.conversations.insert(message.conversationId);
    changes.customers.insert(message.customerId);
}

void CacheWriter::updateMessage(const Message &message, ChangeSet &changes)
{
    // The body's full-text entry follows through the messages_fts_update trigger.
    const int updated = m_db.run(once([] {
        return QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %5 = ? WHERE %4 = ?")
            .arg(
                Messages::table, Messages::body, Messages::json, Messages::id, Messages::whisperTo);
    }),
        {message.body, compact(message.toJson()), message.whisperTo, message.id});
    if (updated == 0) {
        insertMessage(message, changes, false);
        return;
    }
    changes.messagesIn.insert(message.conversationId);
    changes.conversations.insert(message.conversationId);
    changes.customers.insert(message.customerId);
}

void CacheWriter::upsertCall(const CallRecord &call, ChangeSet &changes)
{
    m_db.run(once([] {
        return QStringLiteral(
            "INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?) ON CONFLICT (%2) "
            "DO UPDATE SET %3 = excluded.%3, %4 = excluded.%4, %5 = excluded.%5")
            .arg(Calls::table, Calls::id, Calls::customerId, Calls::offeredAt, Calls::json);
    }),
        {call.id, call.customerId, millis(call.offeredAt), compact(call.toJson())});
    changes.callsOf.insert(call.customerId);
    changes.calls.insert(call.id);
    changes.customers.insert(call.customerId);
}

bool CacheWriter::applyTimeline(const QJsonObject &timeline, ChangeSet &changes, QString *error,
    QByteArrayView text, FullText fullText)
{
    // Parse everything first so a malformed answer stores nothing.
    QString problem;
    TimelineRecords records;
    records.customer
        = Customer::fromJson(timeline.value(QLatin1String("customer")).toObject(), &problem);
    if (records.customer) {
        for (const QJsonValue &value : timeline.value(QLatin1String("conversations")).toArray()) {
            const auto conversation = Conversation::fromJson(value.toObject(), &problem);
            if (!conversation)
                break;
            records.conversations << *conversation;
        }
        // The hub's text of each conversation, when the answer's text lines up with it.
        if (!text.isEmpty() && problem.isEmpty()) {
            const auto texts = RecordText::arrayElements(text, "conversations");
            if (texts && texts->size() == records.conversations.size()) {
                for (const QByteArrayView conversation : *texts)
                    records.conversationTexts
                        << QByteArray::fromRawData(conversation.data(), conversation.size());
            }
        }
    }
    const QJsonArray items = timeline.value(QLatin1String("items")).toArray();
    // The hub's text of each message, when the answer's text lines up with what was parsed.
    QList<QByteArrayView> texts;
    if (!text.isEmpty()) {
        texts = RecordText::timelineMessages(text);
        if (texts.size() != items.size())
            texts.clear();
    }
    if (problem.isEmpty()) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const QString type = item.value(QLatin1String("type")).toString();
            if (type == QLatin1String("message")) {
                const QJsonValue record = item.value(QLatin1String("message"));
                auto message = Message::fromJson(record.toObject(), &problem);
                if (!message)
                    break;
                // The record the codec accepted, as the hub wrote it; what the readers parse
                // back is the same record (they go through the same codec).
                QByteArray json
                    = record.isObject() && !texts.isEmpty() && texts.at(i).startsWith('{')
                    ? texts.at(i).toByteArray()
                    : compactUtf8(message->toJson());
                records.messages.append({std::move(*message), std::move(json)});
            } else if (type == QLatin1String("call")) {
                const auto call
                    = CallRecord::fromJson(item.value(QLatin1String("call")).toObject(), &problem);
                if (!call)
                    break;
                records.calls << *call;
            }
        }
    }
    if (!problem.isEmpty() || !records.customer) {
        if (error)
            *error = problem.isEmpty() ? QStringLiteral("the timeline has no customer") : problem;
        return false;
    }
    storeTimeline(records, changes, fullText);
    return true;
}

bool CacheWriter::applyTimelineText(
    QByteArrayView text, ChangeSet &changes, QString *error, FullText fullText)
{
    TimelineRecords records;
    switch (TimelineReader::read(text, records, error)) {
    case TimelineReader::Outcome::Read:
        storeTimeline(records, changes, fullText);
        return true;
    case TimelineReader::Outcome::Refused:
        return false;
    case TimelineReader::Outcome::NotPlain:
        break;
    }
    const QByteArray copy = text.toByteArray();
    return applyTimeline(QJsonDocument::fromJson(copy).object(), changes, error, copy, fullText);
}

std::optional<CacheWriter::ReadState> CacheWriter::readState(Id conversationId)
{
    QSqlQuery &query = m_db.select(once([] {
        return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?")
            .arg(Conversations::readUpTo, Conversations::unread, Conversations::table,
                Conversations::id);
    }),
        {conversationId});
    std::optional<ReadState> state;
    if (query.next())
        state = ReadState{query.value(0).toLongLong(), query.value(1).toLongLong()};
    query.finish();
    return state;
}

void CacheWriter::storeTimeline(
    const TimelineRecords &records, ChangeSet &changes, FullText fullText)
{
    const Customer &customer = *records.customer;
    upsertCustomer(customer, changes);
    // The messages first, then each conversation with its unread count as insertMessage()
    // would leave it, message by message, written in the same statement as the row: a second
    // write of the row would also rewrite its entry in the inbox index.
    QHash<Id, QList<const Message *>> added;
    for (const auto &[message, json] : records.messages) {
        if (!storeMessage(message, json, fullText))
            continue;
        if (message.kind == MessageKind::Inbound || message.kind == MessageKind::Reply)
            added[message.conversationId] << &message;
        changes.messagesIn.insert(message.conversationId);
        changes.conversations.insert(message.conversationId);
        changes.customers.insert(message.customerId);
    }
    const auto afterAdding = [&](ReadState state, Id conversationId) {
        for (const Message *message : added.value(conversationId)) {
            if (message->kind == MessageKind::Inbound) {
                if (state.upTo < message->id)
                    ++state.unread;
            } else {
                state.unread = 0;
                state.upTo = std::max(state.upTo, message->id);
            }
        }
        return state;
    };
    const auto writeReadState = [&](Id conversationId, ReadState state) {
        m_db.run(once([] {
            return QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?")
                .arg(Conversations::table, Conversations::unread, Conversations::readUpTo,
                    Conversations::id);
        }),
            {state.unread, state.upTo, conversationId});
    };
    for (qsizetype i = 0; i < records.conversations.size(); ++i) {
        const Conversation &conversation = records.conversations.at(i);
        // The text the codec accepted, as the hub wrote it (as for the messages).
        const QByteArrayView text = i < records.conversationTexts.size()
            ? QByteArrayView(records.conversationTexts.at(i))
            : QByteArrayView();
        const std::optional<ReadState> held = readState(conversation.id);
        const ReadState before = held.value_or(ReadState{});
        const ReadState after = afterAdding(before, conversation.id);
        const bool readChanged = after.upTo != before.upTo || after.unread != before.unread;
        const bool written = upsertConversation(
            conversation, readChanged ? std::optional(after) : std::nullopt, changes, text);
        // A held copy newer than the answer's keeps its row; its read state is still updated.
        if (readChanged && held && !written)
            writeReadState(conversation.id, after);
        added.remove(conversation.id);
    }
    // Messages of conversations the answer did not list: their rows, if held, are updated.
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const std::optional<ReadState> held = readState(it.key());
        if (!held)
            continue; // insertMessage()'s UPDATEs would have found no row either
        const ReadState after = afterAdding(*held, it.key());
        if (after.upTo != held->upTo || after.unread != held->unread)
            writeReadState(it.key(), after);
    }
    for (const CallRecord &call : records.calls)
        upsertCall(call, changes);
    m_db.run(once([] {
        return QStringLiteral("UPDATE %1 SET %2 = 1 WHERE %3 = ?")
            .arg(Customers::table, Customers::timelineLoaded, Customers::id);
    }),
        {customer.id});
    changes.customers.insert(customer.id);
}

void CacheWriter::rebuildMessageIndex()
{
    // FTS5 gathers the terms of the rows it indexes in memory and writes them out as a segment
    // whenever they pass `hashsize` (1 MiB unless set), then merges the segments. For a whole
    // table, 32 MiB means a thirtieth of the segments to merge: the rebuild of 1,000,000 messages
    // takes 5.5 s of processor time instead of 10. The setting is kept in the index's own
    // configuration, so the default is set again for the single messages stored after this.
    m_db.exec(MessageIndexBuild::hashSizeStatement(MessageIndexBuild::GatherBytes));
    m_db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(MessagesFts::table));
    m_db.exec(MessageIndexBuild::hashSizeStatement(MessageIndexBuild::DefaultHashBytes));
}

bool CacheWriter::storePolicy(const QJsonObject &policy, ChangeSet &changes)
{
    // The answer to GET /policy may arrive after a newer policy.updated event was applied.
    const QDateTime held
        = policyTime(QJsonDocument::fromJson(meta(Meta::policyKey).toUtf8()).object());
    const QDateTime incoming = policyTime(policy);
    if (held.isValid() && (!incoming.isValid() || held > incoming))
        return false;
    setMeta(Meta::policyKey, compact(policy));
    changes.policy = true;
    return true;
}

void CacheWriter::markRead(Id conversationId, ChangeSet &changes)
{
    // Up to the newest message held, which may be ahead of the conversation record's own
    // last_message_id until its conversation.updated event arrives.
    const int changed = m_db.run(
        QStringLiteral("UPDATE %1 SET %2 = 0, %3 = max(%3, %4, coalesce((SELECT max(%6) FROM %7 "
                       "WHERE %8 = ?), 0)) WHERE %5 = ?")
            .arg(Conversations::table, Conversations::unread, Conversations::readUpTo,
                Conversations::lastMessageId, Conversations::id, Messages::id, Messages::table,
                Messages::conversationId),
        {conversationId, conversationId});
    if (changed == 0)
        return;
    changes.conversations.insert(conversationId);
    QSqlQuery query
        = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(Conversations::customerId, Conversations::table, Conversations::id),
            {conversationId});
    if (query.next())
        changes.customers.insert(query.value(0).toLongLong());
}

void CacheWriter::noteOpened(Id customerId, const QDateTime &at, ChangeSet &changes)
{
    m_db.run(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?) ON CONFLICT (%2) DO UPDATE SET "
                            "%3 = excluded.%3")
                 .arg(Recent::table, Recent::customerId, Recent::openedAt),
        {customerId, at.toMSecsSinceEpoch()});
    // Keep the list short: it is what the agent looked at lately, not a history.
    m_db.run(QStringLiteral("DELETE FROM %1 WHERE %2 NOT IN (SELECT %2 FROM %1 ORDER BY %3 DESC "
                            "LIMIT 200)")
                 .arg(Recent::table, Recent::customerId, Recent::openedAt));
    changes.customers.insert(customerId);
}

void CacheWriter::reset(ChangeSet &changes)
{
    for (const QLatin1String table : {Users::table, Customers::table, CustomersFts::table,
             Conversations::table, Messages::table, Calls::table, Recent::table})
        m_db.exec(QStringLiteral("DELETE FROM %1").arg(table));
    rebuildMessageIndex();
    // The policy goes too: the hub that fills the cache anew sends its own.
    for (const QLatin1String key :
        {Meta::cursorKey, Meta::lastSyncKey, Meta::initialSyncDoneKey, Meta::policyKey})
        m_db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(Meta::table, Meta::key),
            {QString(key)});
    changes.reset = true;
}

} // namespace Switchboard::Store
