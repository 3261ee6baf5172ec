// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "Database.h"
#include "Schema.h"

namespace Switchboard::Hub {

using namespace Schema;

AttachmentRepository::AttachmentRepository(Database &db)
    : m_db(db)
{
}

void AttachmentRepository::insert(
    Domain::Id messageId, int position, const StoredAttachment &attachment)
{
    Q_ASSERT_X(m_db.inTransaction(), "AttachmentRepository::insert", "stored with its message");
    m_db.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(Attachments::table, Attachments::messageId, Attachments::position,
                      Attachments::fileName, Attachments::contentType, Attachments::size,
                      Attachments::data),
        {messageId, position, attachment.fileName, attachment.contentType,
            qint64(attachment.data.size()), attachment.data});
}

std::optional<StoredAttachment> AttachmentRepository::at(Domain::Id messageId, int position)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? AND %6 = ?")
                                 .arg(Attachments::fileName, Attachments::contentType,
                                     Attachments::data, Attachments::table,
                                     Attachments::messageId, Attachments::position),
        {messageId, position});
    if (!q.next())
        return std::nullopt;
    StoredAttachment attachment;
    attachment.fileName = q.value(0).toString();
    attachment.contentType = q.value(1).toString();
    attachment.data = q.value(2).toByteArray();
    q.finish();
    return attachment;
}

int AttachmentRepository::count(Domain::Id messageId)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                    .arg(Attachments::table, Attachments::messageId),
            {messageId})
        .toInt();
}

} // namespace Switchboard::Hub
