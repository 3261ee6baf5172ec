// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "domain/CallRecord.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Event.h"
#include "domain/Message.h"
#include "domain/User.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <utility>

namespace Switchboard::Store {

class CacheDatabase;
class MessageInsert;
struct TimelineRecords;

//! Every write the sync engine makes to the cache. Callers group writes in
//! CacheDatabase::transaction(); each method records what it touched in the given ChangeSet.
class CacheWriter
{
public:
    explicit CacheWriter(CacheDatabase &db);
    ~CacheWriter();

    //! Applies events with a seq above the cursor, in order, and moves the cursor to the last
    //! one; events at or below the cursor were applied before and are skipped. Unknown event
    //! types are skipped too (a newer hub), as is a record the codecs refuse, which is logged.
    //! Returns the seqs applied.
    QList<Domain::Seq> applyEvents(const QList<Domain::Event> &events, ChangeSet &changes);
    //! Moves the cursor forward (a live or heartbeat frame); never backwards.
    void advanceCursor(Domain::Seq seq);
    Domain::Seq cursor();

    void upsertUser(const Domain::User &user, ChangeSet &changes);
    void upsertCustomer(const Domain::Customer &customer, ChangeSet &changes);
    void upsertConversation(const Domain::Conversation &conversation, ChangeSet &changes);
    //! Stores a message once; a later copy of the same id changes nothing.
    void insertMessage(const Domain::Message &message, ChangeSet &changes, bool live);
    //! Replaces a stored message with the hub's newer copy (an edit, a hidden or removed
    //! comment, a delivery state); stores it when the cache does not have it yet.
    void updateMessage(const Domain::Message &message, ChangeSet &changes);
    void upsertCall(const Domain::CallRecord &call, ChangeSet &changes);
    //! How applyTimeline() keeps the messages' full-text index.
    enum class FullText {
        //! Each message is indexed as it is stored.
        PerMessage,
        //! Left to an index built once after the first sync stored everything (a rebuild, or
        //! MessageIndexBuild given takeDeferred()).
        Deferred,
    };
    //! A message stored without its full-text entry: its id and body.
    using Unindexed = QList<std::pair<Domain::Id, QString>>;
    //! The messages this writer stored with FullText::Deferred since the last call, for an
    //! index built elsewhere; take them once their transaction is committed.
    Unindexed takeDeferred() { return std::exchange(m_deferred, {}); }
    //! Stores a GET /customers/{id}/timeline answer and marks the timeline as loaded.
    //! Returns false (and stores nothing) when the answer is malformed. `text` is the answer's
    //! JSON text, if the caller has it: the messages then keep the hub's own text.
    bool applyTimeline(const QJsonObject &timeline, ChangeSet &changes, QString *error = nullptr,
        QByteArrayView text = {}, FullText fullText = FullText::PerMessage);
    //! Stores a timeline answer from its JSON text alone, as applyTimeline() would store the
    //! parsed text, without building a QJsonDocument of it where the text is in the hub's plain
    //! form (TimelineReader).
    bool applyTimelineText(QByteArrayView text, ChangeSet &changes, QString *error = nullptr,
        FullText fullText = FullText::PerMessage);
    //! Stores a timeline whose records the codecs accepted (TimelineReader::read()) and marks it
    //! as loaded, as applyTimeline() does.
    void storeTimeline(const TimelineRecords &records, ChangeSet &changes,
        FullText fullText = FullText::PerMessage);
    //! Indexes every stored message body anew, in one pass (far faster than row by row).
    void rebuildMessageIndex();

    //! Stores the hub's reply policy document (GET /api/v1/policy, policy.updated) unless the
    //! one held is newer by its updated_at; true if stored.
    bool storePolicy(const QJsonObject &policy, ChangeSet &changes);

    //! The agent has seen everything in the conversation so far.
    void markRead(Domain::Id conversationId, ChangeSet &changes);
    //! The agent opened a customer; recent customers stay in the working set.
    void noteOpened(Domain::Id customerId, const QDateTime &at, ChangeSet &changes);

    //! Empties every synced table and the cursor; the outbox is kept (its entries are the
    //! agent's work and get the hub's verdict when sent).
    void reset(ChangeSet &changes);

    QString meta(QLatin1String key);
    void setMeta(QLatin1String key, const QString &value);

private:
    //! A conversation's local read state: read up to this message, this many unread.
    struct ReadState
    {
        Domain::Id upTo = 0;
        qint64 unread = 0;
    };
    //! As upsertConversation(), also writing the read state, if given, and keeping the hub's
    //! JSON text of the record, if given; false when the held copy was newer and kept (its read
    //! state then unchanged too).
    bool upsertConversation(const Domain::Conversation &conversation,
        std::optional<ReadState> read, ChangeSet &changes, QByteArrayView json = {});
    //! The read state held for a conversation, if the cache has it.
    std::optional<ReadState> readState(Domain::Id conversationId);
    //! Inserts the message row (once) with its JSON text in UTF-8; true if it was new.
    bool storeMessage(const Domain::Message &message, QByteArrayView json, FullText fullText);
    void applyEvent(const Domain::Event &event, ChangeSet &changes);
    void applyPresence(const QJsonObject &data, ChangeSet &changes);

    CacheDatabase &m_db;
    //! Prepared on the first message stored, finalized with the writer.
    std::unique_ptr<MessageInsert> m_messageInsert;
    Unindexed m_deferred;
};

} // namespace Switchboard::Store
