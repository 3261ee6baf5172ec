// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationModel.h"

#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"
#include "store/Outbox.h"

#include <algorithm>

namespace Switchboard::Item {

namespace {

using Row = ConversationModel::Row;

bool rowBefore(const Row &a, const Row &b)
{
    if (a.pending != b.pending)
        return !a.pending;
    return a.id() < b.id();
}

bool sameRow(const Row &a, const Row &b)
{
    return a.pending == b.pending && a.id() == b.id();
}

} // namespace

bool ConversationModel::Row::operator==(const Row &other) const
{
    if (pending != other.pending)
        return false;
    if (!pending)
        return message == other.message;
    return item.id == other.item.id && item.state == other.item.state
        && item.body == other.item.body && item.errorMessage == other.item.errorMessage
        && item.missed.size() == other.item.missed.size();
}

ConversationModel::ConversationModel(Store::CacheDatabase &cache, QObject *parent)
    : ListModel(parent)
    , m_cache(cache)
{
}

void ConversationModel::setConversation(Domain::Id conversationId)
{
    beginReset();
    m_conversationId = conversationId;
    m_rows.clear();
    m_more = false;
    endReset();
    refresh();
}

Domain::Id ConversationModel::lastMessageId() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (!it->pending)
            return it->message.id;
    }
    return 0;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !isBusy();
}

void ConversationModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || isBusy())
        return;
    const auto oldest
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.pending; });
    QList<Domain::Message> page;
    try {
        page = Store::CacheReader(m_cache).messagesPage(
            m_conversationId, oldest == m_rows.cend() ? 0 : oldest->message.id, PageSize);
    } catch (const Store::CacheError &error) {
        m_more = false;
        Q_EMIT loadFailed(error.message());
        return;
    }
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsert(0, int(page.size()) - 1);
    for (const Domain::Message &message : std::as_const(page))
        m_rows.prepend(Row{false, message, {}});
    endInsert();
}

void ConversationModel::applyChanges(const Store::ChangeSet &changes)
{
    if (changes.reset || changes.outbox || changes.messagesIn.contains(m_conversationId))
        refresh();
}

void ConversationModel::refresh()
{
    if (m_conversationId <= 0)
        return;
    QList<Row> fresh;
    const auto oldestShown
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.pending; });
    const Domain::Id oldestId = oldestShown == m_rows.cend() ? 0 : oldestShown->message.id;
    try {
        Store::CacheReader reader(m_cache);
        // Newest first from the cache, down to the oldest message already shown.
        QList<Domain::Message> messages;
        Domain::Id before = 0;
        for (;;) {
            const QList<Domain::Message> page
                = reader.messagesPage(m_conversationId, before, PageSize);
            messages += page;
            if (page.size() < PageSize) {
                if (oldestId == 0)
                    m_more = false;
                break;
            }
            before = page.last().id;
            if (oldestId == 0) {
                m_more = true;
                break;
            }
            if (before <= oldestId)
                break;
        }
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (oldestId == 0 || it->id >= oldestId)
                fresh << Row{false, *it, {}};
        }
        for (const Store::OutboxItem &item : Store::Outbox(m_cache).items(m_conversationId)) {
            if (item.kind == Store::OutboxItem::Kind::Reply
                || item.kind == Store::OutboxItem::Kind::Note
                || item.kind == Store::OutboxItem::Kind::StartConversation)
                fresh << Row{true, {}, item};
        }
    } catch (const Store::CacheError &error) {
        Q_EMIT loadFailed(error.message());
        return;
    }
    applyRowDiff(m_rows, fresh, rowBefore, sameRow, emitter());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id();
    case KindRole:
        if (row.pending)
            return row.item.kind == Store::OutboxItem::Kind::Note ? QStringLiteral("note")
                                                                  : QStringLiteral("reply");
        return Domain::toWire(row.message.kind);
    case Qt::DisplayRole:
    case BodyRole:
        return row.pending ? row.item.body.value(QLatin1String("body")).toString()
                           : row.message.body;
    case AuthorRole:
        return row.pending ? QString() : row.message.authorName;
    case AtRole:
        return row.pending ? row.item.createdAt : row.message.createdAt;
    case DeliveryRole:
        return !row.pending && row.message.kind == Domain::MessageKind::Reply
            ? Domain::toWire(row.message.delivery)
            : QString();
    case DeliveryErrorRole:
        return !row.pending && row.message.kind == Domain::MessageKind::Reply
            ? row.message.deliveryError
            : QString();
    case PendingRole:
        return row.pending;
    case OutboxStateRole:
        return row.pending ? Store::OutboxItem::stateName(row.item.state) : QString();
    case OutboxErrorRole:
        return row.pending ? row.item.errorMessage : QString();
    case MissedCountRole:
        return row.pending ? int(row.item.missed.size()) : 0;
    case BodyHtmlRole:
        return row.pending ? QString() : row.message.bodyHtml;
    case MissedMessagesRole:
        return row.pending ? QVariant::fromValue(row.item.missed) : QVariant();
    case OutboxErrorCodeRole:
        return row.pending ? row.item.errorCode : QString();
    case OutboxChannelRole:
        return row.pending && row.item.kind == Store::OutboxItem::Kind::StartConversation
            ? row.item.body.value(QLatin1String("channel")).toString()
            : QString();
    case WhisperToRole:
        return row.pending ? Domain::Id(0) : row.message.whisperTo;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"}, {KindRole, "kind"}, {BodyRole, "body"},
        {AuthorRole, "author"}, {AtRole, "at"}, {DeliveryRole, "delivery"},
        {PendingRole, "pending"}, {OutboxStateRole, "outboxState"},
        {OutboxErrorRole, "outboxError"}, {MissedCountRole, "missedCount"},
        {BodyHtmlRole, "bodyHtml"}, {MissedMessagesRole, "missedMessages"},
        {OutboxErrorCodeRole, "outboxErrorCode"}, {OutboxChannelRole, "outboxChannel"},
        {DeliveryErrorRole, "deliveryError"}, {WhisperToRole, "whisperTo"}};
}

} // namespace Switchboard::Item
