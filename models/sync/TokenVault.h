// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <atomic>
#include <functional>

namespace Switchboard::Sync {

//! Keeps session tokens in the operating system's keychain (QtKeychain: Keychain on macOS,
//! Credential Manager on Windows, Secret Service on Linux). Where no keychain works the token is
//! held in memory only, for this run, and persistenceUnavailable() says so; it is never written
//! to disk in plain text (QtKeychain's insecure fallback stays off).
//!
//! The vault belongs on the thread of the application's main event loop (the ui thread): that is
//! where QtKeychain's jobs run reliably. store(), load() and remove() may be called from any
//! thread; they never wait. The work is queued to the vault's thread and answered by a signal,
//! which a receiver on another thread gets through a queued connection.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    explicit TokenVault(
        const QString &service = QStringLiteral("Switchboard"), QObject *parent = nullptr);

    //! Saves the token of an account; answers with stored().
    void store(const QString &account, const QByteArray &token);
    //! Looks the token of an account up; answers with loaded() (empty token if there is none).
    void load(const QString &account);
    //! Forgets the token of an account everywhere; answers with removed().
    void remove(const QString &account);
    //! False once the keychain has failed this run: tokens then live in memory only.
    bool isPersistent() const { return m_persistent; }
    //! Requests not answered yet (queued, or waiting for the keychain).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void stored(const QString &account, bool persistent);
    void loaded(const QString &account, const QByteArray &token);
    void removed(const QString &account);
    //! The keychain cannot be used; the reason is for the ui (no secret in it).
    void persistenceUnavailable(const QString &reason);
    //! Every request made so far has been answered.
    void idle();

private:
    //! Runs work on the vault's thread, counted as pending until finish() is called for it.
    void post(std::function<void()> work);
    void finish();
    void startStore(const QString &account, const QByteArray &token);
    void startLoad(const QString &account);
    void startRemove(const QString &account);
    void fallBack(const QString &reason);

    QString m_service;
    std::atomic<bool> m_persistent = true;
    std::atomic<int> m_pending = 0;
    // Only touched on the vault's thread.
    QHash<QString, QByteArray> m_memory;
};

} // namespace Switchboard::Sync
