// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "CurlMulti.h"

#include <QNetworkProxyFactory>

namespace Switchboard::Net {

HttpClient::HttpClient(NetworkSettings settings, QObject *parent)
    : QObject(parent)
    , m_multi(new CurlMulti(this))
{
    setSettings(settings);
}

HttpClient::~HttpClient()
{
    // Jobs give their handles back to the multi handle before it goes.
    const QSet<HttpJob *> jobs = std::exchange(m_jobs, {});
    for (HttpJob *job : jobs) {
        job->disconnect(this);
        delete job;
    }
    delete m_multi;
}

void HttpClient::setSettings(const NetworkSettings &settings)
{
    m_settings = settings;
    m_proxy = systemProxyFor(settings.hubUrl);
}

void HttpClient::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

HttpJob *HttpClient::send(const HttpRequest &request)
{
    HttpJob::Context context{m_multi, m_settings, m_token, m_proxy};
    auto *job = new HttpJob(std::move(context), request, this);
    m_jobs.insert(job);
    connect(job, &QObject::destroyed, this, [this, job] { m_jobs.remove(job); });
    // Adding a handle does no I/O; a failure to start is reported through finished() later.
    job->attempt();
    return job;
}

void HttpClient::abortAll()
{
    const QSet<HttpJob *> jobs = m_jobs;
    for (HttpJob *job : jobs) {
        if (m_jobs.contains(job))
            job->abort();
    }
}

int HttpClient::pendingCount() const
{
    int n = 0;
    for (const HttpJob *job : m_jobs)
        n += job->isPending() ? 1 : 0;
    return n;
}

QByteArray HttpClient::systemProxyFor(const QUrl &url)
{
    // libcurl honours these itself, including no_proxy, which a CURLOPT_PROXY would override.
    for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
             "no_proxy", "NO_PROXY"}) {
        if (qEnvironmentVariableIsSet(name))
            return {};
    }
    if (!url.isValid())
        return {};
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty())
        return {};
    const QNetworkProxy &proxy = proxies.first();
    QByteArray scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = "http://";
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = "socks5h://";
        break;
    default:
        return {};
    }
    QUrl proxyUrl;
    proxyUrl.setScheme(QString::fromLatin1(scheme.chopped(3)));
    proxyUrl.setHost(proxy.hostName());
    proxyUrl.setPort(proxy.port());
    proxyUrl.setUserName(proxy.user());
    proxyUrl.setPassword(proxy.password());
    return proxyUrl.toEncoded();
}

} // namespace Switchboard::Net
