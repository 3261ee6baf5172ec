// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListModel.h"
#include "store/ChangeSet.h"
#include "store/OutboxItem.h"

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! The messages of one conversation, oldest first, followed by what the agent wrote that the
//! hub has not confirmed yet (queued, in conflict, or rejected, with the hub's reason).
class ConversationModel : public ListModel
{
    Q_OBJECT
public:
    enum Roles {
        //! qint64: the message id, or the outbox item id for pending rows.
        IdRole = Qt::UserRole + 1,
        //! QString: "inbound", "reply" or "note".
        KindRole,
        //! QString: the text (also Qt::DisplayRole).
        BodyRole,
        //! QString: the sender's name; empty for pending rows (the agent).
        AuthorRole,
        //! QDateTime: when it was written (queued, for pending rows).
        AtRole,
        //! QString: the delivery state of a sent reply; empty otherwise.
        DeliveryRole,
        //! bool: not confirmed by the hub yet.
        PendingRole,
        //! QString: "queued", "conflict" or "rejected" for pending rows; empty otherwise.
        OutboxStateRole,
        //! QString: the hub's reason for a conflict or rejection.
        OutboxErrorRole,
        //! int: how many messages the agent missed (conflicts).
        MissedCountRole,
        //! QString: the email's HTML part as received (shown without scripts or remote content).
        BodyHtmlRole,
        //! QList<Domain::Message>: for a conflict, the messages the agent had not seen.
        MissedMessagesRole,
        //! QString: the hub's error code for a rejected or conflicting row.
        OutboxErrorCodeRole,
        //! QString: for a pending first reply on another channel ("Move to private"), that
        //! channel's wire name; empty otherwise.
        OutboxChannelRole,
        //! QString: why a sent reply is waiting or was not delivered, as the hub or the provider
        //! said it; empty otherwise.
        DeliveryErrorRole,
        //! qint64: for a supervisor's whisper (a note), the agent it is for; 0 otherwise.
        WhisperToRole,
    };
    Q_ENUM(Roles)

    static constexpr int PageSize = 100;

    explicit ConversationModel(Store::CacheDatabase &cache, QObject *parent = nullptr);

    void setConversation(Domain::Id conversationId);
    Domain::Id conversation() const { return m_conversationId; }
    //! The newest message the hub has confirmed: what a reply written now answers.
    Domain::Id lastMessageId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void applyChanges(const Switchboard::Store::ChangeSet &changes);

Q_SIGNALS:
    void loadFailed(const QString &message);

public:
    struct Row
    {
        bool pending = false;
        Domain::Message message;
        Store::OutboxItem item;
        qint64 id() const { return pending ? item.id : message.id; }
        bool operator==(const Row &other) const;
    };

private:
    void refresh();

    Store::CacheDatabase &m_cache;
    Domain::Id m_conversationId = 0;
    QList<Row> m_rows;
    bool m_more = false;
};

} // namespace Switchboard::Item
