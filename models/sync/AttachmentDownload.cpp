// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentDownload.h"

#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QSaveFile>
#include <QThreadPool>

namespace Switchboard::Sync {

AttachmentDownload::AttachmentDownload(
    Net::HttpClient &http, Domain::Id messageId, int number, QString path)
    : QObject(nullptr)
    , m_http(http)
    , m_messageId(messageId)
    , m_number(number)
    , m_path(std::move(path))
{
}

void AttachmentDownload::start()
{
    Net::HttpJob *job = m_http.send(Net::HttpRequest::get(
        QStringLiteral("/api/v1/messages/%1/attachments/%2").arg(m_messageId).arg(m_number)));
    connect(job, &Net::HttpJob::finished, this, &AttachmentDownload::received);
}

void AttachmentDownload::received(const Net::HttpResponse &response)
{
    if (!response.ok()) {
        const QString reason = response.transportFailed() ? response.errorString
            : response.hubMessage().isEmpty()
            ? tr("the hub answered %1").arg(response.status)
            : response.hubMessage();
        Q_EMIT failed(reason);
        deleteLater();
        return;
    }
    // Writing may take a while on a slow or network drive: never on the caller's thread. Only
    // the download deletes itself (after reporting), so it is there when the write is done.
    QThreadPool::globalInstance()->start([this, path = m_path, body = response.body] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
            error = file.errorString();
        QMetaObject::invokeMethod(
            this, [this, error, size = qint64(body.size())] { written(error, size); },
            Qt::QueuedConnection);
    });
}

void AttachmentDownload::written(const QString &error, qint64 bytes)
{
    if (error.isEmpty())
        Q_EMIT finished(m_path, bytes);
    else
        Q_EMIT failed(tr("cannot write %1: %2").arg(m_path, error));
    deleteLater();
}

} // namespace Switchboard::Sync
