// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ChangeSet.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Switchboard::Net {
class HttpClient;
class HttpJob;
} // namespace Switchboard::Net
namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Sync {

//! The reply policy's side of syncing: fetches the hub's policy into the cache (so the composer
//! checks with the hub's rules, offline too) and reads pages of the audit log for supervisors.
//! Lives on the sync engine's thread; nothing here blocks.
class GuardrailSync : public QObject
{
    Q_OBJECT
public:
    GuardrailSync(Net::HttpClient &http, Store::CacheDatabase &cache, QObject *parent = nullptr);

    //! GET /api/v1/policy; the answer is stored unless the cache holds a newer one.
    void fetchPolicy();
    //! GET /api/v1/audit?after=…; answers with auditPage() or auditFailed().
    void fetchAudit(qint64 after, int limit = 100);
    //! Drops requests in flight (the engine stopped).
    void abort();

Q_SIGNALS:
    void changed(const Switchboard::Store::ChangeSet &changes);
    //! Entries as the hub sends them, oldest first; nextAfter is -1 on the last page.
    void auditPage(const QJsonArray &entries, qint64 nextAfter);
    //! The page could not be read: the hub's reason or the transport's.
    void auditFailed(const QString &reason);
    void cacheFailed(const QString &message);

private:
    Net::HttpClient &m_http;
    Store::CacheDatabase &m_cache;
    QPointer<Net::HttpJob> m_policyJob;
    QPointer<Net::HttpJob> m_auditJob;
};

} // namespace Switchboard::Sync
