// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTransfer.h"

#include <curl/curl.h>
#include <mutex>

namespace Switchboard::Hub {

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

MailTransfer::MailTransfer(const EmailSettings &settings, const QString &user,
    const QString &password, const std::atomic<bool> &stopping)
    : m_stopping(stopping)
{
    initCurl();
    m_curl = curl_easy_init();
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    if (!user.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, user.toUtf8().constData());
    if (!password.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, password.toUtf8().constData());
    // imaps:// and smtps:// are TLS from the start; imap:// and smtp:// must upgrade with
    // STARTTLS unless plain text was allowed for a server on this machine.
    curl_easy_setopt(
        m_curl, CURLOPT_USE_SSL, long(settings.allowPlain ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!settings.caFile.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_CAINFO, settings.caFile.toLocal8Bit().constData());
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(std::min(settings.timeoutSeconds, 30)));
    // A server that stops answering for the whole time limit counts as gone.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, long(settings.timeoutSeconds));
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &MailTransfer::write);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &MailTransfer::progress);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
}

MailTransfer::~MailTransfer()
{
    curl_easy_cleanup(m_curl);
}

bool MailTransfer::perform(
    const QByteArray &url, QByteArray *received, QString *error, qsizetype maxBytes)
{
    curl_easy_setopt(m_curl, CURLOPT_URL, url.constData());
    m_received = received;
    m_maxBytes = maxBytes;
    m_tooLarge = false;
    m_errorBuffer[0] = 0;
    const CURLcode result = curl_easy_perform(m_curl);
    m_lastResult = int(result);
    m_received = nullptr;
    if (result == CURLE_OK)
        return true;
    if (m_tooLarge) {
        *error = QStringLiteral("larger than %1 bytes").arg(maxBytes);
    } else {
        const QString detail = QString::fromUtf8(m_errorBuffer).trimmed();
        *error = QString::fromUtf8(curl_easy_strerror(result))
            + (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    }
    return false;
}

long MailTransfer::responseCode() const
{
    long code = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

QString MailTransfer::describe(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

size_t MailTransfer::write(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<MailTransfer *>(self);
    const qsizetype bytes = qsizetype(size * count);
    if (!transfer->m_received)
        return size_t(bytes);
    if (transfer->m_received->size() + bytes > transfer->m_maxBytes) {
        transfer->m_tooLarge = true;
        return 0;
    }
    transfer->m_received->append(data, bytes);
    return size_t(bytes);
}

int MailTransfer::progress(void *self, qint64, qint64, qint64, qint64)
{
    return static_cast<MailTransfer *>(self)->m_stopping ? 1 : 0;
}

} // namespace Switchboard::Hub
