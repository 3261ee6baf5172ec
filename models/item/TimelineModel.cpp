// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CacheReader.h"

#include <QJsonArray>
#include <algorithm>

namespace Switchboard::Item {

using Store::TimelineEntry;

namespace {

// The timeline's order, oldest first: time, then messages before calls, then id.
bool entryBefore(const TimelineEntry &a, const TimelineEntry &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    if (a.type != b.type)
        return a.type < b.type;
    return a.id() < b.id();
}

bool sameEntry(const TimelineEntry &a, const TimelineEntry &b)
{
    return a.type == b.type && a.id() == b.id();
}

} // namespace

TimelineModel::TimelineModel(Store::CacheDatabase &cache, QObject *parent)
    : ListModel(parent)
    , m_cache(cache)
{
}

void TimelineModel::setCustomer(Domain::Id customerId)
{
    beginReset();
    m_customerId = customerId;
    m_rows.clear();
    m_more = customerId > 0;
    endReset();
    fetchMore({});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !isBusy();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || isBusy())
        return;
    QList<TimelineEntry> page;
    try {
        page = Store::CacheReader(m_cache).timelinePage(m_customerId,
            m_rows.isEmpty() ? std::nullopt : std::optional<TimelineEntry>(m_rows.first()),
            PageSize);
    } catch (const Store::CacheError &error) {
        m_more = false;
        Q_EMIT loadFailed(error.message());
        return;
    }
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    std::reverse(page.begin(), page.end());
    beginInsert(0, int(page.size()) - 1);
    m_rows = page + m_rows;
    endInsert();
}

void TimelineModel::applyChanges(const Store::ChangeSet &changes)
{
    if (changes.reset) {
        setCustomer(m_customerId);
        return;
    }
    // A whisper shows the name of the agent it is for: a renamed agent is shown anew.
    const bool renamed = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const TimelineEntry &e) {
        return e.message.whisperTo != 0 && changes.users.contains(e.message.whisperTo);
    });
    if (m_customerId > 0 && (renamed || changes.customers.contains(m_customerId)))
        refresh();
}

void TimelineModel::refresh()
{
    // Re-read the span already shown (plus room for what arrived) and apply the difference.
    QList<TimelineEntry> fresh;
    const std::optional<TimelineEntry> oldest
        = m_rows.isEmpty() ? std::nullopt : std::optional<TimelineEntry>(m_rows.first());
    try {
        Store::CacheReader reader(m_cache);
        int limit = std::max<int>(PageSize, int(m_rows.size()) + PageSize);
        for (;;) {
            fresh = reader.timelinePage(m_customerId, std::nullopt, limit);
            // Stop once the page reaches back to the oldest entry shown, or holds everything.
            if (!oldest || fresh.size() < limit || !entryBefore(*oldest, fresh.last()))
                break;
            limit *= 2;
        }
    } catch (const Store::CacheError &error) {
        Q_EMIT loadFailed(error.message());
        return;
    }
    std::reverse(fresh.begin(), fresh.end());
    if (oldest) {
        // Keep the loaded span: what is older than the oldest shown stays behind fetchMore().
        fresh.erase(fresh.begin(),
            std::find_if(fresh.begin(), fresh.end(),
                [&](const TimelineEntry &entry) { return !entryBefore(entry, *oldest); }));
    } else {
        m_more = fresh.size() >= PageSize;
    }
    applyRowDiff(m_rows, fresh, entryBefore, sameEntry, emitter());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_rows.at(index.row());
    const bool isMessage = entry.type == TimelineEntry::Type::Message;
    switch (role) {
    case TypeRole:
        return isMessage ? QStringLiteral("message") : QStringLiteral("call");
    case IdRole:
        return entry.id();
    case AtRole:
        return entry.at;
    case ChannelRole:
        return isMessage ? Domain::toWire(entry.message.channel) : QStringLiteral("voice");
    case KindRole:
        return isMessage ? Domain::toWire(entry.message.kind) : QString();
    case Qt::DisplayRole:
    case BodyRole:
        return isMessage ? entry.message.body : entry.call.wrapUpNotes;
    case AuthorRole:
        return isMessage ? entry.message.authorName : QString();
    case ConversationIdRole:
        return isMessage ? entry.message.conversationId : entry.call.conversationId.value_or(0);
    case DeliveryRole:
        return isMessage && entry.message.kind == Domain::MessageKind::Reply
            ? Domain::toWire(entry.message.delivery)
            : QString();
    case DurationRole:
        return isMessage ? 0 : entry.call.durationSeconds;
    case DispositionRole:
        return isMessage ? QString() : entry.call.disposition;
    case VisibilityRole:
        return Domain::toWire(
            isMessage ? Domain::visibilityOf(entry.message.channel) : Domain::Visibility::Private);
    case BodyHtmlRole:
        return isMessage ? entry.message.bodyHtml : QString();
    case AttachmentsRole:
    case AttachmentNumbersRole: {
        QStringList names;
        QVariantList numbers;
        if (isMessage) {
            const QJsonArray attachments
                = entry.message.channelMetadata.value(QLatin1String("attachments")).toArray();
            for (const QJsonValue &attachment : attachments) {
                const QJsonObject object = attachment.toObject();
                QString name = object.value(QLatin1String("filename")).toString();
                if (name.isEmpty())
                    name = object.value(QLatin1String("name")).toString();
                if (name.isEmpty())
                    name = attachment.toString();
                if (name.isEmpty())
                    continue;
                names << name;
                numbers << object.value(QLatin1String("number")).toInt();
            }
        }
        return role == AttachmentsRole ? QVariant(names) : QVariant(numbers);
    }
    case DirectionRole:
        return isMessage ? QString() : Domain::toWire(entry.call.direction);
    case DeliveryErrorRole:
        return isMessage && entry.message.kind == Domain::MessageKind::Reply
            ? entry.message.deliveryError
            : QString();
    case WhisperToRole:
        return isMessage ? entry.message.whisperTo : 0;
    case WhisperToNameRole:
        return isMessage ? entry.whisperToName : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {TypeRole, "type"}, {IdRole, "id"}, {AtRole, "at"},
        {ChannelRole, "channel"}, {KindRole, "kind"}, {BodyRole, "body"}, {AuthorRole, "author"},
        {ConversationIdRole, "conversationId"}, {DeliveryRole, "delivery"},
        {DurationRole, "duration"}, {DispositionRole, "disposition"},
        {VisibilityRole, "visibility"}, {BodyHtmlRole, "bodyHtml"},
        {AttachmentsRole, "attachments"}, {DirectionRole, "direction"},
        {DeliveryErrorRole, "deliveryError"}, {AttachmentNumbersRole, "attachmentNumbers"},
        {WhisperToRole, "whisperTo"}, {WhisperToNameRole, "whisperToName"}};
}

} // namespace Switchboard::Item
