// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>
#include <curl/curl.h>
#include <functional>

class QSocketNotifier;

namespace Switchboard::Net {

//! A libcurl multi handle driven by the Qt event loop: curl tells which sockets to watch and
//! when to wake up; QSocketNotifiers and a QTimer call back into curl. Nothing here blocks.
class CurlMulti : public QObject
{
    Q_OBJECT
public:
    //! Called once with the transfer's result after curl finished it and let go of the handle.
    using Completion = std::function<void(CURLcode)>;

    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    //! Starts a transfer; false if curl refused the handle (then done is never called).
    bool add(CURL *easy, Completion done);
    //! Stops a transfer without calling its completion; the caller still owns the handle.
    void remove(CURL *easy);
    //! Transfers in progress.
    int count() const { return int(m_transfers.size()); }

    //! curl_global_init, once per process, whatever thread gets here first.
    static void initCurl();

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int socketCallback(CURL *easy, curl_socket_t socket, int what, void *self, void *);
    static int timerCallback(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    void unwatch(curl_socket_t socket);
    void socketActivated(curl_socket_t socket, int eventMask);
    void timeout();
    void collectDone();

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    QHash<CURL *, Completion> m_transfers;
};

} // namespace Switchboard::Net
