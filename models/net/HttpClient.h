// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpJob.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "NetworkSettings.h"

#include <QObject>
#include <QSet>

namespace Switchboard::Net {

class CurlMulti;

//! The hub's REST API over libcurl, on this thread's event loop. Every request becomes an
//! HttpJob; many run at once over a few kept-alive connections.
//!
//! Proxies: libcurl reads http_proxy, https_proxy and no_proxy itself. When none of those is
//! set, the proxy the system reports for the hub (QNetworkProxyFactory::systemProxyForQuery,
//! i.e. the macOS or Windows settings) is used; it is looked up when the settings change.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(NetworkSettings settings, QObject *parent = nullptr);
    //! Drops pending jobs without emitting their finished().
    ~HttpClient() override;

    //! Applies to requests sent from now on; running ones keep the settings they started with.
    void setSettings(const NetworkSettings &settings);
    const NetworkSettings &settings() const { return m_settings; }
    //! Sent as "Authorization: Bearer <token>" from the next request on; empty = none.
    void setBearerToken(const QByteArray &token);
    //! Starts a request and returns at once; the job is parented to this client.
    HttpJob *send(const HttpRequest &request);
    //! Aborts every pending job; each emits finished() with TransportError::Aborted.
    void abortAll();
    //! Jobs that have not emitted finished() yet.
    int pendingCount() const;

private:
    //! The system proxy for the hub as a curl proxy URL; empty to let curl decide.
    static QByteArray systemProxyFor(const QUrl &url);

    NetworkSettings m_settings;
    QByteArray m_token;
    QByteArray m_proxy;
    CurlMulti *m_multi = nullptr;
    QSet<HttpJob *> m_jobs;
};

} // namespace Switchboard::Net
