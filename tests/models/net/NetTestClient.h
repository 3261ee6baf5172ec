// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"

namespace Switchboard::Test {

//! Synchronous use of an HttpClient, for tests only.
class NetTestClient
{
public:
    //! Settings for a hub with retries that do not wait (the backoff is tested on its own).
    static Net::NetworkSettings quickSettings(const QUrl &hubUrl, const QString &caFile = {});
    //! Sends and spins the event loop until the job finished; a default response on timeout.
    static Net::HttpResponse run(Net::HttpClient &client, const Net::HttpRequest &request);
    //! Signs in with the test password; the token, or empty.
    static QByteArray login(Net::HttpClient &client, const QString &username);
};

} // namespace Switchboard::Test
