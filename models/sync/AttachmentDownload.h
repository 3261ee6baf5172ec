// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QString>

namespace Switchboard::Net {
class HttpClient;
struct HttpResponse;
} // namespace Switchboard::Net

namespace Switchboard::Sync {

//! Saves one file that came with a message (GET /api/v1/messages/{id}/attachments/{n}) to a
//! path the agent chose. The download runs on the HTTP client's worker and the file is written
//! on a pool thread, all or nothing (a partial file never stays behind). Reports once, then
//! deletes itself.
class AttachmentDownload : public QObject
{
    Q_OBJECT
public:
    //! Owns itself: it reports once and then deletes itself, and nothing else deletes it.
    AttachmentDownload(Net::HttpClient &http, Domain::Id messageId, int number, QString path);

    //! Sends the request; finished() or failed() follows.
    void start();
    QString path() const { return m_path; }

Q_SIGNALS:
    //! The file is at path(), bytes long.
    void finished(const QString &path, qint64 bytes);
    //! Nothing was written; reason is for the agent (the hub's message, or what went wrong).
    void failed(const QString &reason);

private:
    void received(const Net::HttpResponse &response);
    void written(const QString &error, qint64 bytes);

    Net::HttpClient &m_http;
    Domain::Id m_messageId;
    int m_number;
    QString m_path;
};

} // namespace Switchboard::Sync
