// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurlMulti.h"

#include "NetLog.h"

#include <QSocketNotifier>
#include <mutex>

namespace Switchboard::Net {

void CurlMulti::initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            qCWarning(lcNet) << "curl_global_init failed";
    });
}

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent)
{
    initCurl();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    // One hub, HTTP/1.1: a handful of kept-alive connections serve a burst of requests; the
    // rest wait in curl's queue instead of opening dozens of sockets.
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, 8L);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 8L);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlMulti::timeout);
}

CurlMulti::~CurlMulti()
{
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it)
        curl_multi_remove_handle(m_multi, it.key());
    m_transfers.clear();
    // Closing cached connections may report sockets once more; nobody is left to listen.
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, nullptr);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, nullptr);
    curl_multi_cleanup(m_multi);
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
}

bool CurlMulti::add(CURL *easy, Completion done)
{
    const CURLMcode code = curl_multi_add_handle(m_multi, easy);
    if (code != CURLM_OK) {
        qCWarning(lcNet) << "curl_multi_add_handle:" << curl_multi_strerror(code);
        return false;
    }
    m_transfers.insert(easy, std::move(done));
    return true;
}

void CurlMulti::remove(CURL *easy)
{
    if (m_transfers.remove(easy))
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::socketCallback(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    auto *multi = static_cast<CurlMulti *>(self);
    if (what == CURL_POLL_REMOVE)
        multi->unwatch(socket);
    else
        multi->watch(socket, what);
    return 0;
}

int CurlMulti::timerCallback(CURLM *, long timeoutMs, void *self)
{
    // curl must not be re-entered from here, so the timer does the work later, even for 0.
    auto *multi = static_cast<CurlMulti *>(self);
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(int(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    Watch &w = m_watches[socket];
    const auto update = [this, socket](QSocketNotifier *&notifier, QSocketNotifier::Type type,
                            int mask, bool wanted) {
        if (!wanted) {
            if (notifier)
                notifier->setEnabled(false);
            return;
        }
        if (!notifier) {
            notifier = new QSocketNotifier(qintptr(socket), type, this);
            connect(notifier, &QSocketNotifier::activated, this,
                [this, socket, mask] { socketActivated(socket, mask); });
        }
        notifier->setEnabled(true);
    };
    update(w.read, QSocketNotifier::Read, CURL_CSELECT_IN, what & CURL_POLL_IN);
    update(w.write, QSocketNotifier::Write, CURL_CSELECT_OUT, what & CURL_POLL_OUT);
}

void CurlMulti::unwatch(curl_socket_t socket)
{
    // This may run inside the notifier's own activation (curl closes sockets from
    // curl_multi_socket_action), so the notifiers are switched off now and deleted later.
    const Watch w = m_watches.take(socket);
    for (QSocketNotifier *notifier : {w.read, w.write}) {
        if (!notifier)
            continue;
        notifier->setEnabled(false);
        notifier->disconnect(this);
        notifier->deleteLater();
    }
}

void CurlMulti::socketActivated(curl_socket_t socket, int eventMask)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, eventMask, &running);
    collectDone();
}

void CurlMulti::timeout()
{
    int running = 0;
    curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
    collectDone();
}

void CurlMulti::collectDone()
{
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        curl_multi_remove_handle(m_multi, easy);
        // Completions only do bookkeeping (HttpJob defers its signal), so none of them can
        // destroy this object while the loop runs.
        if (Completion done = m_transfers.take(easy))
            done(result);
    }
}

} // namespace Switchboard::Net
