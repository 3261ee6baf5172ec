// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"
#include "net/NetworkSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace Switchboard::Net {
class HttpClient;
}
namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Sync {

class SyncEngine;
class TokenVault;

//! One signed-in account: its token (kept by the TokenVault), its cache file and the sync engine
//! working on it. Signing in talks to the hub; restoring a saved session starts from the cache
//! at once, offline if need be, and lets the engine find out whether the token still holds.
//! The vault may live on another thread (in the application, the ui thread, while the session
//! runs on the sync thread): the session only queues requests to it and takes its answers
//! through signals, so neither thread ever waits for the keychain.
class Session : public QObject
{
    Q_OBJECT
public:
    //! cacheBaseDir: where account caches live (default: the platform's application-data folder).
    explicit Session(
        TokenVault &vault, const QString &cacheBaseDir = {}, QObject *parent = nullptr);
    ~Session() override;

    //! Signs in with a password; answers with signedIn() or signInFailed().
    void signIn(
        const Net::NetworkSettings &network, const QString &username, const QString &password);
    //! Resumes the saved session of an account; answers with signedIn() or signInRequired().
    void restore(const Net::NetworkSettings &network, const QString &username);
    //! Ends the session on the hub (best effort), forgets the token and, if asked, deletes the
    //! cache (queued work that was never sent is lost with it; the ui warns first).
    void signOut(bool deleteCache);

    bool isSignedIn() const { return m_engine != nullptr; }
    SyncEngine *engine() const { return m_engine.get(); }
    Store::CacheDatabase *cache() const { return m_cache.get(); }
    QString cacheFile() const { return m_cacheFile; }
    Domain::User user() const { return m_user; }

Q_SIGNALS:
    void signedIn(const Switchboard::Domain::User &user);
    void signInFailed(const QString &message);
    //! There is no saved session, or the hub ended it: ask for the password.
    void signInRequired(const QString &reason);
    void signedOut();
    //! The cache file was unusable and was rebuilt; the reason is for the ui.
    void cacheRebuilt(const QString &reason);
    //! The token cannot be kept in a keychain; it lives only as long as this run.
    void tokenNotPersistent(const QString &reason);

private:
    bool openCache(const QString &username);
    void begin(const QByteArray &token, const Domain::User &user);
    void closeAll();
    //! Starts a new sign-in, restore or sign-out; answers meant for an older one are dropped.
    void nextAttempt();

    TokenVault &m_vault;
    //! Counts sign-ins, restores and sign-outs, so a late keychain answer cannot revive one.
    quint64 m_attempt = 0;
    QString m_cacheBaseDir;
    Net::NetworkSettings m_network;
    QString m_username;
    QString m_account;
    QString m_cacheFile;
    Domain::User m_user;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Store::CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace Switchboard::Sync
