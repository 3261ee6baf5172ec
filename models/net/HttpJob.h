// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "NetworkSettings.h"

#include <QObject>
#include <QTimer>
#include <curl/curl.h>

namespace Switchboard::Net {

class CurlMulti;

//! One request to the hub, with its retries. It deletes itself after finished().
class HttpJob : public QObject
{
    Q_OBJECT
public:
    ~HttpJob() override;

    //! Stops the request; finished() with TransportError::Aborted is emitted before this
    //! returns. Does nothing once the job has completed (its result is delivered as it is).
    void abort();
    //! The request as it is sent.
    const HttpRequest &request() const { return m_request; }
    //! True until finished() has been emitted.
    bool isPending() const { return !m_emitted; }

Q_SIGNALS:
    //! The final response, emitted once, never from inside send(); the job is deleted after.
    void finished(const Switchboard::Net::HttpResponse &response);

private:
    friend class HttpClient;

    //! What a request needs from its client, copied when it is sent.
    struct Context
    {
        CurlMulti *multi = nullptr;
        NetworkSettings settings;
        QByteArray token;
        QByteArray proxy;
    };

    HttpJob(Context context, HttpRequest request, QObject *parent);
    //! Starts the next attempt.
    void attempt();
    void attemptDone(CURLcode code);
    //! Records the final response and emits it from the event loop.
    void complete(HttpResponse response);
    //! Lets go of curl's handle; for the client's destructor, which emits nothing.
    void release();
    QByteArray url() const;

    static size_t writeCallback(char *data, size_t size, size_t count, void *self);
    static size_t headerCallback(char *data, size_t size, size_t count, void *self);

    Context m_context;
    HttpRequest m_request;
    HttpResponse m_response;
    QTimer m_retryTimer;
    CURL *m_easy = nullptr;
    curl_slist *m_headerList = nullptr;
    QByteArray m_urlBytes;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    int m_attempts = 0;
    bool m_tooLarge = false;
    bool m_completed = false;
    bool m_emitted = false;
};

} // namespace Switchboard::Net
