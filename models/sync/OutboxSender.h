// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpJob.h"
#include "store/ChangeSet.h"
#include "store/OutboxItem.h"

#include <QObject>
#include <QPointer>

namespace Switchboard::Net {
class HttpClient;
class HttpJob;
struct HttpResponse;
} // namespace Switchboard::Net
namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Sync {

//! Sends the outbox to the hub one item at a time, oldest first. An item leaves the outbox in
//! the same transaction that stores the hub's answer, so a crash before that resends it with the
//! same client id (the hub stores it once) and a crash after finds it gone.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent = nullptr);

    //! Sends what is queued unless paused or already sending.
    void pump();
    //! Stops after the item in flight (the hub is unreachable or the session ended).
    void pause();
    //! Starts sending again.
    void resume();
    bool isPaused() const { return m_paused; }
    bool isSending() const { return m_current != nullptr; }
    //! Drops the request in flight, if any; the item stays queued.
    void abort();

Q_SIGNALS:
    void changed(const Switchboard::Store::ChangeSet &changes);
    //! The hub answered 409: the item is kept with what the agent missed.
    void conflict(const Switchboard::Store::OutboxItem &item);
    //! The hub refused the item; it is kept with the hub's reason.
    void rejected(const Switchboard::Store::OutboxItem &item);
    //! The hub could not be reached (or failed); sending paused until resume().
    void hubUnreachable(const QString &reason);
    //! The hub no longer accepts the session; sending paused.
    void unauthorized();
    void cacheFailed(const QString &message);

private:
    void finished(const Store::OutboxItem &item, const Net::HttpResponse &response);
    void storeAnswer(
        const Store::OutboxItem &item, const QJsonObject &answer, Store::ChangeSet &changes);

    Net::HttpClient &m_http;
    Store::CacheDatabase &m_cache;
    QPointer<Net::HttpJob> m_current;
    bool m_paused = true;
};

} // namespace Switchboard::Sync
