// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

namespace Switchboard::Sync {

//! Keeps session tokens in the operating system's keychain (QtKeychain: Keychain on macOS,
//! Credential Manager on Windows, Secret Service on Linux). Where no keychain works the token is
//! held in memory only, for this run, and persistenceUnavailable() says so; it is never written
//! to disk in plain text (QtKeychain's insecure fallback stays off).
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

Q_SIGNALS:
    void stored(const QString &account, bool persistent);
    void loaded(const QString &account, const QByteArray &token);
    void removed(const QString &account);
    //! The keychain cannot be used; the reason is for the ui (no secret in it).
    void persistenceUnavailable(const QString &reason);

private:
    void fallBack(const QString &reason);

    QString m_service;
    bool m_persistent = true;
    QHash<QString, QByteArray> m_memory;
};

} // namespace Switchboard::Sync
