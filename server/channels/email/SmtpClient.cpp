// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpClient.h"

#include "MailTransfer.h"

#include <curl/curl.h>

namespace Switchboard::Hub {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype n = std::min(qsizetype(size * count), upload->data->size() - upload->offset);
    memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

SmtpClient::SmtpClient(const EmailSettings &settings, const std::atomic<bool> &stopping)
    : m_settings(settings)
    , m_stopping(stopping)
{
}

SendOutcome SmtpClient::send(const QStringList &recipients, const QByteArray &message)
{
    MailTransfer transfer(m_settings, m_settings.smtpUser, m_settings.smtpPassword, m_stopping);
    CURL *curl = transfer.handle();
    const QByteArray from = QByteArray('<' + m_settings.fromAddress.toUtf8() + '>');
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_slist *rcpt = nullptr;
    for (const QString &recipient : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + recipient.toUtf8() + '>').constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    Upload upload{&message};
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));

    QByteArray reply;
    QString error;
    const QByteArray url = m_settings.smtpUrl
                               .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                   | QUrl::RemoveFragment)
                               .toEncoded();
    const bool ok = transfer.perform(url, &reply, &error);
    curl_slist_free_all(rcpt);

    SendOutcome outcome;
    if (ok)
        return outcome;
    const long code = transfer.responseCode();
    const auto result = CURLcode(transfer.lastResult());
    outcome.reason = code > 0 ? QStringLiteral("SMTP %1: %2").arg(code).arg(error) : error;
    // A refused login is the hub's configuration, not the reply: it goes out once the
    // credentials are fixed.
    if (result == CURLE_LOGIN_DENIED || (code >= 400 && code < 500) || code == 0)
        outcome.status = SendOutcome::Status::Retry;
    else if (code >= 500)
        outcome.status = SendOutcome::Status::Failed;
    else
        outcome.status = SendOutcome::Status::Retry;
    return outcome;
}

} // namespace Switchboard::Hub
