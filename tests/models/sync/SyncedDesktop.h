// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/Outbox.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <memory>

namespace Switchboard::Test {

//! One signed-in desktop's data side for sync tests: its cache, HTTP client and sync engine, and
//! what the engine reported. `network` and `settings` may be adjusted before start().
struct SyncedDesktop
{
    QString cachePath;
    Store::CacheDatabase cache;
    std::unique_ptr<Net::HttpClient> http;
    std::unique_ptr<Sync::SyncEngine> engine;
    Net::NetworkSettings network = quickNetwork();
    Sync::SyncEngine::Settings settings = quickReconnects();
    QList<Domain::Seq> applied;
    QList<Store::OutboxItem> conflicts;
    QList<Store::OutboxItem> rejections;
    QList<QJsonObject> auditCreated;

    //! One attempt per request, so a test sees the outbox's own retries.
    static Net::NetworkSettings quickNetwork()
    {
        Net::NetworkSettings n;
        n.maxAttempts = 1;
        return n;
    }
    //! Reconnects within half a second.
    static Sync::SyncEngine::Settings quickReconnects()
    {
        Sync::SyncEngine::Settings s;
        s.reconnectBaseMs = 50;
        s.reconnectCapMs = 500;
        return s;
    }

    bool open(const QString &path)
    {
        cachePath = path;
        return cache.open(path).ok;
    }
    void start(const QUrl &hub, const QString &token, const Domain::User &me)
    {
        network.hubUrl = hub;
        http = std::make_unique<Net::HttpClient>(network);
        engine = std::make_unique<Sync::SyncEngine>(cache, *http);
        engine->setSettings(settings);
        QObject::connect(engine.get(), &Sync::SyncEngine::eventsApplied,
            [this](const QList<Domain::Seq> &seqs) { applied += seqs; });
        QObject::connect(engine.get(), &Sync::SyncEngine::outboxConflict,
            [this](const Store::OutboxItem &item) { conflicts << item; });
        QObject::connect(engine.get(), &Sync::SyncEngine::outboxRejected,
            [this](const Store::OutboxItem &item) { rejections << item; });
        QObject::connect(engine.get(), &Sync::SyncEngine::auditCreated,
            [this](const QJsonObject &entry) { auditCreated << entry; });
        engine->start(network, token.toLatin1(), me);
    }
    void stop()
    {
        engine.reset();
        http.reset();
    }
    Store::CacheReader reader() { return Store::CacheReader(cache); }
    QList<Store::OutboxItem> outbox() { return Store::Outbox(cache).items(); }
};

} // namespace Switchboard::Test
