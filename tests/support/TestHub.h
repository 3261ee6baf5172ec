// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Hub.h"
#include "domain/User.h"

#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace Switchboard::Test {

//! A real hub in this process, on a free loopback port, with a temporary data directory.
class TestHub
{
public:
    struct Options
    {
        bool demo = false;
        //! With demo: mean time between the demo's live deliveries; 0 (the default in tests)
        //! posts none on a timer, so tests see only what they send.
        int demoTrafficMilliseconds = 0;
        //! Creates admin, supervisor, agent1 and agent2 (password TestHub::password()).
        bool users = true;
        Hub::AccessPolicy::Settings policy;
        int maxBodyBytes = 1024 * 1024;
        int heartbeatSeconds = 15;
        //! Threads serving HTTP and streams; 0: one per core, as the hub's default.
        int httpThreads = 0;
        //! Reuse a data directory (e.g. to restart a hub on the same database).
        QString dataDir;
        quint16 port = 0;
        //! The Meta webhook's app secret, verify token and page id; empty: not configured.
        Hub::MetaSettings meta;
        //! The email channel's mailboxes and SMTP server; empty: not configured.
        Hub::EmailSettings email;
        //! The X webhook's consumer secret and the account's own id; empty: not configured.
        Hub::XSettings x;
        //! The Twilio webhooks' auth token and the hub's public URL; empty: not configured.
        Hub::TwilioSettings twilio;
        //! Adjusts the configuration before each start (delivery retries, provider URLs …).
        std::function<void(Hub::HubConfig &)> configure;
    };

    TestHub();
    explicit TestHub(const Options &options);
    ~TestHub();

    Hub::Hub &hub() { return *m_hub; }
    QUrl url() const { return m_hub->url(); }
    QString dataDir() const { return m_dataDir; }
    //! A user created by the fixture, by username.
    Domain::User user(const QString &username);
    //! Stops the hub and starts a new one on the same data directory and port.
    void restart();

    static QString password() { return QStringLiteral("correct horse battery"); }

private:
    void start();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<Hub::Hub> m_hub;
};

} // namespace Switchboard::Test
