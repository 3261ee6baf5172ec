// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/DeliveryDispatcher.h"
#include "channels/email/EmailSettings.h"
#include "channels/meta/MetaDelivery.h"
#include "channels/twilio/TwilioDelivery.h"
#include "channels/twilio/TwilioSmsSender.h"
#include "channels/x/XDelivery.h"
#include "channels/x/XSender.h"
#include "service/AccessPolicy.h"
#include "storage/SqliteStorage.h"

#include <QHostAddress>
#include <QString>
#include <optional>

namespace Switchboard::Hub {

//! Everything the hub is configured with. Read from the configuration file, then overridden by
//! the command line; docs/admin notes in README.md list every key.
struct HubConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    //! 0 picks a free port (the log line names it).
    quint16 port = 8080;
    QString dataDir;
    QString tlsCertFile;
    QString tlsKeyFile;
    bool demo = false;
    //! With demo: the mean time between the live deliveries the demo posts to its own webhooks;
    //! 0 posts none.
    int demoTrafficMilliseconds = 15000;
    static constexpr int MaxDemoTrafficSeconds = 3600;
    int tokenLifetimeSeconds = 12 * 3600;
    int maxBodyBytes = 1024 * 1024;
    //! Threads that serve HTTP and streams, each listening on the port; 0: one per core.
    //! 1 serves everything on the services' thread. Only Linux spreads connections over
    //! threads; elsewhere the hub uses one.
    int httpThreads = 0;
    int heartbeatSeconds = 15;
    //! Events committed within this window go to each stream in one frame.
    int streamBatchMilliseconds = 20;
    AccessPolicy::Settings policy;
    //! The Meta webhook's secrets and the page's own id; never logged.
    MetaSettings meta;
    //! The X webhook's consumer secret and the account's own id; the secret is never logged.
    XSettings x;
    //! The Twilio webhooks' auth token and, if it differs from publicUrl, where Twilio reaches
    //! the hub; the token is never logged.
    TwilioSettings twilio;
    //! Where providers reach the hub from outside, e.g. "https://hub.example.com".
    QString publicUrl;
    //! How often and how long a reply is tried before it is reported failed.
    DeliverySettings delivery;
    //! Replies on X: the API's address and the account's access token (never logged).
    XSender::Settings xSender;
    //! SMS replies through Twilio: the API's address, the account and the sending number; the
    //! auth token is twilio.authToken (never logged).
    TwilioSmsSender::Settings twilioSms;
    //! The email channel: IMAP mailboxes to fetch, the SMTP server replies go through; the
    //! passwords are never logged.
    EmailSettings email;

    //! An offered call rings its agent this long before it is offered to the next one
    //! ([routing] ring_timeout_seconds).
    int ringTimeoutMilliseconds = 20 * 1000;
    //! An agent offline (presence, or no stream left) this long has their open conversations
    //! routed again ([routing] requeue_grace_seconds).
    int requeueGraceMilliseconds = 120 * 1000;
    static constexpr int MaxRoutingSeconds = 24 * 3600;
    //! A queue's board row is recomputed at most this often; changes in between are gathered
    //! into the next recomputation ([board] queue_refresh_milliseconds; 0: after every change).
    int boardQueueRefreshMilliseconds = 500;
    //! The database's pages the hub's writing connection keeps in memory, at most
    //! ([database] cache_mebibytes).
    int databaseCacheMebibytes = SqliteStorage::DefaultCacheMebibytes;
    static constexpr int MaxDatabaseCacheMebibytes = 16 * 1024;

    //! Reads an INI file over the current values; false with a reason on any bad key or value.
    bool loadFile(const QString &path, QString *error);
    //! Takes the channel secrets set in the environment (SWITCHBOARD_META_APP_SECRET, ...) and
    //! SWITCHBOARD_DEMO_TRAFFIC_SECONDS, SWITCHBOARD_RING_TIMEOUT_SECONDS and
    //! SWITCHBOARD_REQUEUE_GRACE_SECONDS over what the file said; false with a reason on a bad
    //! value.
    bool loadEnvironment(QString *error);
    //! The Twilio settings with the public URL resolved: twilio.publicUrl, else publicUrl.
    TwilioSettings twilioSettings() const;
    //! Parses "HOST:PORT" ("[::1]:8080" for IPv6) into host and port.
    bool setListen(const QString &hostPort, QString *error);
    //! The path of the SQLite database inside the data directory.
    QString databasePath() const;
};

} // namespace Switchboard::Hub
