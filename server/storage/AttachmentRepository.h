// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Switchboard::Hub {

class Database;

//! A file that came with a message.
struct StoredAttachment
{
    QString fileName;
    QString contentType;
    QByteArray data;
};

//! Files that came with messages (email attachments), by message and position.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db);

    //! Stores the file at position (0, 1, …) of messageId, inside the transaction that stores
    //! the message.
    void insert(Domain::Id messageId, int position, const StoredAttachment &attachment);
    //! The file at position of messageId; none if there is none.
    std::optional<StoredAttachment> at(Domain::Id messageId, int position);
    //! How many files messageId has.
    int count(Domain::Id messageId);

private:
    Database &m_db;
};

} // namespace Switchboard::Hub
