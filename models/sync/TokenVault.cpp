// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenVault.h"

#include "SyncLog.h"

#include <qt6keychain/keychain.h>

namespace Switchboard::Sync {

namespace {

// Errors that mean "there is no usable keychain here" rather than "no such entry".
bool backendFailed(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser
        || error == QKeychain::OtherError;
}

} // namespace

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void TokenVault::post(std::function<void()> work)
{
    ++m_pending;
    // Queued even from the vault's own thread, so every answer arrives the same way: later.
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void TokenVault::finish()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void TokenVault::fallBack(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    qCWarning(lcSync, "keychain unavailable, the session stays in memory only: %s",
        qUtf8Printable(reason));
    Q_EMIT persistenceUnavailable(reason);
}

void TokenVault::store(const QString &account, const QByteArray &token)
{
    post([this, account, token] { startStore(account, token); });
}

void TokenVault::load(const QString &account)
{
    post([this, account] { startLoad(account); });
}

void TokenVault::remove(const QString &account)
{
    post([this, account] { startRemove(account); });
}

void TokenVault::startStore(const QString &account, const QByteArray &token)
{
    m_memory.insert(account, token);
    if (!m_persistent) {
        Q_EMIT stored(account, false);
        finish();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            fallBack(done->errorString());
        Q_EMIT stored(account, done->error() == QKeychain::NoError);
        finish();
    });
    job->start();
}

void TokenVault::startLoad(const QString &account)
{
    if (!m_persistent || m_memory.contains(account)) {
        Q_EMIT loaded(account, m_memory.value(account));
        finish();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (read->error() == QKeychain::NoError) {
            m_memory.insert(account, read->binaryData());
        } else if (backendFailed(read->error())) {
            fallBack(read->errorString());
        }
        Q_EMIT loaded(account, m_memory.value(account));
        finish();
    });
    job->start();
}

void TokenVault::startRemove(const QString &account)
{
    m_memory.remove(account);
    if (!m_persistent) {
        Q_EMIT removed(account);
        finish();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            qCWarning(lcSync, "could not remove a session from the keychain: %s",
                qUtf8Printable(done->errorString()));
        Q_EMIT removed(account);
        finish();
    });
    job->start();
}

} // namespace Switchboard::Sync
