// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Switchboard::Net {

//! Where the hub is and how patiently to talk to it.
struct NetworkSettings
{
    //! e.g. http://127.0.0.1:8080 or https://hub.example:8443
    QUrl hubUrl;
    //! Extra CA bundle (PEM) to trust; empty = the system store. For HTTP (libcurl) this file
    //! replaces the default bundle, because libcurl takes a single CA file; the WebSocket trusts
    //! the system store plus this file.
    QString caFile;
    //! Time allowed for TCP and TLS set-up of one attempt.
    int connectTimeoutMs = 10000;
    //! Time allowed for one whole attempt, connecting included.
    int requestTimeoutMs = 30000;
    //! Attempts in all for retryable requests (1 = no retry).
    int maxAttempts = 4;
    //! First retry delay; doubles per attempt, with full jitter, capped at backoffMaxMs.
    int backoffBaseMs = 500;
    //! Cap on a retry delay; a 429 asking for a longer wait is handed back instead of retried.
    int backoffMaxMs = 30000;
    //! Larger response bodies fail with TransportError::Other rather than fill memory.
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
};

} // namespace Switchboard::Net
