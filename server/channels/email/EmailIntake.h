// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MimeMessage.h"
#include "service/InboundService.h"

#include <QByteArrayView>
#include <optional>

namespace Switchboard::Hub {

class Storage;

//! Takes a fetched email into the hub: the sender joined to a customer by address, the message
//! into its thread, the attachments stored with it, all in one transaction; the same email
//! fetched again (same Message-ID) is stored once.
class EmailIntake
{
public:
    //! ownAddress: the hub's own From address; mail from it is not customer work.
    EmailIntake(Storage &storage, InboundService &inbound, const QString &ownAddress);

    //! What became of one email.
    enum class Result {
        Stored,
        //! Already stored (the same Message-ID on the email channel).
        Duplicate,
        //! Sent by the hub's own address.
        Ignored,
        //! No email at all (no headers, no sender): nothing stored.
        Unreadable,
    };
    //! Stores raw inside the caller's transaction, if any; throws StorageError when the
    //! database fails. *error says why an email was Unreadable; *messageId is the stored id.
    Result take(QByteArrayView raw, QString *error, Domain::Id *messageId = nullptr);

    //! The message as the inbound service takes it, threaded by References and In-Reply-To.
    InboundMessage toInbound(const MimeMessage &email, QByteArrayView raw);
    //! The thread an email belongs to: that of any stored message it refers to, else the first
    //! of its References, else its own Message-ID.
    QString threadFor(const MimeMessage &email, const QString &messageId);

private:
    Storage &m_storage;
    InboundService &m_inbound;
    QString m_ownAddress;
};

} // namespace Switchboard::Hub
