// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListModel.h"
#include "store/CacheRows.h"
#include "store/ChangeSet.h"

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! One customer's whole history across channels: messages (notes included) and calls, oldest
//! first. The newest page loads first; fetchMore() adds older entries at the top.
class TimelineModel : public ListModel
{
    Q_OBJECT
public:
    enum Roles {
        //! QString: "message" or "call".
        TypeRole = Qt::UserRole + 1,
        //! qint64: the message's or call's id.
        IdRole,
        //! QDateTime: when it was written, or when the call was offered.
        AtRole,
        //! QString: the channel's wire name ("voice" for calls).
        ChannelRole,
        //! QString: the message kind ("inbound", "reply", "note"); empty for calls.
        KindRole,
        //! QString: the message text, or the call's wrap-up notes (also Qt::DisplayRole).
        BodyRole,
        //! QString: who wrote it (the customer for inbound messages).
        AuthorRole,
        //! qint64: the conversation it belongs to (0 for a call without one).
        ConversationIdRole,
        //! QString: delivery state of a reply ("sent", "failed", ...); empty otherwise.
        DeliveryRole,
        //! int: the call's duration in seconds; 0 for messages.
        DurationRole,
        //! QString: the call's disposition code; empty for messages.
        DispositionRole,
        //! QString: "public" or "private": who can see this message on its channel.
        VisibilityRole,
        //! QString: an email's HTML part as received; empty otherwise.
        BodyHtmlRole,
        //! QStringList: file names of the message's attachments.
        AttachmentsRole,
        //! QString: the call's direction ("inbound"/"outbound"); empty for messages.
        DirectionRole,
        //! QString: why a reply is waiting or was not delivered, as the hub or the provider said
        //! it ("not delivered: …"); empty otherwise.
        DeliveryErrorRole,
        //! QVariantList of int, one per AttachmentsRole name: the number the hub serves the file
        //! under (GET /api/v1/messages/{id}/attachments/{n}); 0 for files the hub did not keep
        //! (a provider's link).
        AttachmentNumbersRole,
        //! qint64: for a supervisor's whisper (a note), the agent it is for; 0 otherwise.
        WhisperToRole,
        //! QString: that agent's name as the cache knows it; empty if not a whisper or unknown.
        WhisperToNameRole,
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 100;

    explicit TimelineModel(Store::CacheDatabase &cache, QObject *parent = nullptr);

    void setCustomer(Domain::Id customerId);
    Domain::Id customer() const { return m_customerId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void applyChanges(const Switchboard::Store::ChangeSet &changes);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void refresh();

    Store::CacheDatabase &m_cache;
    Domain::Id m_customerId = 0;
    //! Oldest first.
    QList<Store::TimelineEntry> m_rows;
    bool m_more = false;
};

} // namespace Switchboard::Item
