// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "SyncEngine.h"
#include "SyncLog.h"
#include "TokenVault.h"
#include "net/HttpClient.h"
#include "net/HttpJob.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "store/CacheDatabase.h"
#include "store/CacheError.h"
#include "store/CachePaths.h"
#include "store/CacheReader.h"
#include "store/MessageIndexBuild.h"

#include <QFile>
#include <QJsonObject>

namespace Switchboard::Sync {

Session::Session(TokenVault &vault, const QString &cacheBaseDir, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_cacheBaseDir(cacheBaseDir)
{
    connect(&m_vault, &TokenVault::persistenceUnavailable, this, &Session::tokenNotPersistent);
}

Session::~Session()
{
    closeAll();
}

void Session::nextAttempt()
{
    ++m_attempt;
    closeAll();
}

void Session::closeAll()
{
    m_engine.reset();
    m_http.reset();
    m_cache.reset();
}

bool Session::openCache(const QString &username)
{
    m_cacheFile = Store::CachePaths::cacheFile(m_network.hubUrl, username, m_cacheBaseDir);
    m_cache = std::make_unique<Store::CacheDatabase>();
    const auto result = m_cache->open(m_cacheFile);
    if (result.recreated && result.ok)
        Q_EMIT cacheRebuilt(result.error);
    if (!result.ok) {
        m_cache.reset();
        Q_EMIT signInFailed(tr("The local cache cannot be opened: %1").arg(result.error));
        return false;
    }
    return true;
}

void Session::begin(const QByteArray &token, const Domain::User &user)
{
    m_user = user;
    m_engine = std::make_unique<SyncEngine>(*m_cache, *m_http);
    connect(
        m_engine.get(), &SyncEngine::authenticationRequired, this, [this](const QString &reason) {
            m_vault.remove(m_account);
            Q_EMIT signInRequired(reason);
        });
    m_engine->start(m_network, token, user);
    Q_EMIT signedIn(user);
}

void Session::signIn(
    const Net::NetworkSettings &network, const QString &username, const QString &password)
{
    nextAttempt();
    m_network = network;
    m_username = username;
    m_account = Store::CachePaths::accountKey(network.hubUrl, username);
    m_http = std::make_unique<Net::HttpClient>(network);
    // Not retried: a password is never sent twice behind the agent's back.
    Net::HttpJob *job = m_http->send(Net::HttpRequest::post(QStringLiteral("/api/v1/auth/login"),
        {{QLatin1String("username"), username}, {QLatin1String("password"), password}}, false));
    connect(
        job, &Net::HttpJob::finished, this, [this, username](const Net::HttpResponse &response) {
            if (!response.ok()) {
                Q_EMIT signInFailed(response.transportFailed()
                        ? tr("The hub cannot be reached: %1").arg(response.errorString)
                        : response.hubMessage());
                return;
            }
            const QJsonObject body = response.json();
            const QByteArray token = body.value(QLatin1String("token")).toString().toLatin1();
            const auto user = Domain::User::fromJson(body.value(QLatin1String("user")).toObject());
            if (token.isEmpty() || !user) {
                Q_EMIT signInFailed(tr("The hub's answer to the sign-in could not be read."));
                return;
            }
            if (!openCache(username))
                return;
            m_vault.store(m_account, token);
            begin(token, *user);
        });
}

void Session::restore(const Net::NetworkSettings &network, const QString &username)
{
    nextAttempt();
    m_network = network;
    m_username = username;
    m_account = Store::CachePaths::accountKey(network.hubUrl, username);
    // The answer comes from the vault's thread, queued to this one.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_vault, &TokenVault::loaded, this,
        [this, connection, username, attempt = m_attempt](
            const QString &account, const QByteArray &token) {
            if (attempt != m_attempt) {
                // Signed in, restored again or signed out meanwhile: this answer is stale.
                disconnect(*connection);
                return;
            }
            if (account != m_account)
                return;
            disconnect(*connection);
            if (token.isEmpty()) {
                Q_EMIT signInRequired(tr("Please sign in."));
                return;
            }
            m_http = std::make_unique<Net::HttpClient>(m_network);
            if (!openCache(username))
                return;
            // Offline first: the user as the cache last saw them; the stream brings changes.
            std::optional<Domain::User> cached;
            try {
                Store::CacheReader reader(*m_cache);
                if (const auto row = reader.agent(reader.signedInUserId()))
                    cached = row->user;
            } catch (const Store::CacheError &error) {
                qCWarning(
                    lcSync, "could not read the cached user: %s", qUtf8Printable(error.message()));
            }
            if (cached) {
                begin(token, *cached);
                return;
            }
            m_http->setBearerToken(token);
            Net::HttpJob *job = m_http->send(Net::HttpRequest::get(QStringLiteral("/api/v1/me")));
            connect(job, &Net::HttpJob::finished, this,
                [this, token](const Net::HttpResponse &response) {
                    const auto user
                        = response.ok() ? Domain::User::fromJson(response.json()) : std::nullopt;
                    if (user) {
                        begin(token, *user);
                    } else if (response.status == 401) {
                        m_vault.remove(m_account);
                        Q_EMIT signInRequired(tr("Your session has ended. Please sign in again."));
                    } else {
                        Q_EMIT signInFailed(response.transportFailed()
                                ? tr("The hub cannot be reached: %1").arg(response.errorString)
                                : response.hubMessage());
                    }
                });
        });
    m_vault.load(m_account);
}

void Session::signOut(bool deleteCache)
{
    if (m_http && m_engine) {
        m_engine->stop();
        // Best effort: the token is forgotten here whatever the hub says.
        auto *http = m_http.release();
        Net::HttpJob *job
            = http->send(Net::HttpRequest::post(QStringLiteral("/api/v1/auth/logout"), {}, false));
        connect(job, &Net::HttpJob::finished, http, [http] { http->deleteLater(); });
    }
    if (!m_account.isEmpty())
        m_vault.remove(m_account);
    const QString file = m_cacheFile;
    nextAttempt();
    if (deleteCache && !file.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        // Left by a first sync that stopped halfway, if any.
        QFile::remove(Store::MessageIndexBuild::scratchPathFor(file));
    }
    Q_EMIT signedOut();
}

} // namespace Switchboard::Sync
