// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpJob.h"

#include "CurlMulti.h"
#include "NetLog.h"
#include "RetryPolicy.h"

#include <QUrl>

namespace Switchboard::Net {

namespace {

TransportError classify(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return TransportError::None;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportError::Timeout;
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return TransportError::ConnectionFailed;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return TransportError::TlsFailed;
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportError::Aborted;
    default:
        return TransportError::Other;
    }
}

} // namespace

HttpJob::HttpJob(Context context, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::attempt);
    m_urlBytes = url();
}

HttpJob::~HttpJob()
{
    release();
}

QByteArray HttpJob::url() const
{
    QUrl url = m_context.settings.hubUrl;
    QString base = url.path();
    // A hub behind a reverse proxy may live under a path prefix.
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + m_request.path);
    url.setQuery(m_request.query);
    url.setFragment({});
    return url.toEncoded();
}

void HttpJob::release()
{
    m_retryTimer.stop();
    if (m_easy) {
        m_context.multi->remove(m_easy);
        curl_easy_cleanup(m_easy);
        m_easy = nullptr;
    }
    curl_slist_free_all(m_headerList);
    m_headerList = nullptr;
}

void HttpJob::attempt()
{
    release();
    ++m_attempts;
    m_tooLarge = false;
    m_errorBuffer[0] = 0;
    m_response = HttpResponse();
    m_response.attempts = m_attempts;

    const NetworkSettings &s = m_context.settings;
    if (!s.hubUrl.isValid() || s.hubUrl.host().isEmpty()) {
        HttpResponse r;
        r.error = TransportError::Other;
        r.errorString = QStringLiteral("no valid hub address is configured");
        r.attempts = m_attempts;
        complete(r);
        return;
    }

    m_easy = curl_easy_init();
    CURL *e = m_easy;
    curl_easy_setopt(e, CURLOPT_URL, m_urlBytes.constData());
    // Signals are not thread-safe; timeouts are handled by the multi interface anyway.
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(e, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(s.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(s.requestTimeoutMs));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!s.caFile.isEmpty()) {
        // libcurl takes one CA file: this one replaces the default bundle for HTTP.
        curl_easy_setopt(e, CURLOPT_CAINFO, s.caFile.toLocal8Bit().constData());
    }
    if (!m_context.proxy.isEmpty())
        curl_easy_setopt(e, CURLOPT_PROXY, m_context.proxy.constData());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_USERAGENT, "switchboard/" SWITCHBOARD_VERSION);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &HttpJob::writeCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &HttpJob::headerCallback);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);

    m_headerList = curl_slist_append(m_headerList, "Accept: application/json");
    // The hub answers at once; waiting for "100 Continue" would only add a round trip.
    m_headerList = curl_slist_append(m_headerList, "Expect:");
    if (!m_context.token.isEmpty()) {
        const QByteArray auth = "Authorization: Bearer " + m_context.token;
        m_headerList = curl_slist_append(m_headerList, auth.constData());
    }
    const QByteArray method = m_request.method.toUpper();
    const bool sendsBody
        = !m_request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
    if (!m_request.body.isEmpty())
        m_headerList = curl_slist_append(m_headerList, "Content-Type: application/json");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerList);

    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
    } else {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    if (sendsBody) {
        // The body lives in m_request, which outlives the transfer; curl does not copy it.
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_request.body.size()));
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, m_request.body.constData());
    }

    if (!m_context.multi->add(e, [this](CURLcode code) { attemptDone(code); })) {
        HttpResponse r;
        r.error = TransportError::Other;
        r.errorString = QStringLiteral("the transfer could not be started");
        r.attempts = m_attempts;
        complete(r);
    }
}

size_t HttpJob::writeCallback(char *data, size_t size, size_t count, void *self)
{
    auto *job = static_cast<HttpJob *>(self);
    const size_t bytes = size * count;
    if (job->m_response.body.size() + qint64(bytes) > job->m_context.settings.maxResponseBytes) {
        job->m_tooLarge = true;
        return 0; // curl fails the transfer with CURLE_WRITE_ERROR
    }
    job->m_response.body.append(data, qsizetype(bytes));
    return bytes;
}

size_t HttpJob::headerCallback(char *data, size_t size, size_t count, void *self)
{
    auto *job = static_cast<HttpJob *>(self);
    const size_t bytes = size * count;
    const QByteArrayView line(data, qsizetype(bytes));
    if (line.startsWith("HTTP/")) {
        // A new status line: whatever came before was an interim answer (100 Continue, a
        // proxy's CONNECT); only the final response's headers count.
        job->m_response.headers.clear();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        job->m_response.headers.append({line.first(colon).trimmed().toByteArray().toLower(),
            line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return bytes;
}

void HttpJob::attemptDone(CURLcode code)
{
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    const QString host = m_context.settings.hubUrl.host();
    HttpResponse r = std::move(m_response);
    r.attempts = m_attempts;
    r.status = int(status);
    if (m_tooLarge) {
        r.error = TransportError::Other;
        r.errorString = QStringLiteral("the response from %1 is larger than %2 bytes")
                            .arg(host)
                            .arg(m_context.settings.maxResponseBytes);
    } else if (code != CURLE_OK) {
        r.error = classify(code);
        const QString detail = m_errorBuffer[0] ? QString::fromLocal8Bit(m_errorBuffer)
                                                : QString::fromLatin1(curl_easy_strerror(code));
        r.errorString
            = QStringLiteral("%1 %2 on %3: %4")
                  .arg(QString::fromLatin1(m_request.method), m_request.path, host, detail);
    }
    if (r.transportFailed()) {
        // A half-received answer is no answer.
        r.status = 0;
        r.body.clear();
        r.headers.clear();
    }
    release();

    if (const auto delay = RetryPolicy::retryDelayMs(m_request, r, m_context.settings)) {
        // The error string names method, path and host, never the token, query or body.
        const QString why = r.transportFailed()
            ? r.errorString
            : QStringLiteral("%1 %2: HTTP %3")
                  .arg(QString::fromLatin1(m_request.method), m_request.path)
                  .arg(r.status);
        qCWarning(lcNet).noquote() << QStringLiteral("attempt %1 failed (%2); retrying in %3 ms")
                                          .arg(m_attempts)
                                          .arg(why)
                                          .arg(*delay);
        m_response = r;
        m_retryTimer.start(*delay);
        return;
    }
    complete(std::move(r));
}

void HttpJob::complete(HttpResponse response)
{
    if (m_completed)
        return;
    m_completed = true;
    m_response = std::move(response);
    // Emitted from the event loop, so no handler runs inside curl's callbacks or send().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_emitted)
                return;
            m_emitted = true;
            Q_EMIT finished(m_response);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void HttpJob::abort()
{
    if (m_completed || m_emitted)
        return;
    release();
    m_completed = true;
    m_emitted = true;
    HttpResponse r;
    r.error = TransportError::Aborted;
    r.errorString = QStringLiteral("%1 %2 was aborted")
                        .arg(QString::fromLatin1(m_request.method), m_request.path);
    r.attempts = std::max(1, m_attempts);
    m_response = r;
    Q_EMIT finished(m_response);
    deleteLater();
}

} // namespace Switchboard::Net
