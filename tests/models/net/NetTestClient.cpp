// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetTestClient.h"

#include "TestHub.h"

#include <QTest>
#include <optional>

namespace Switchboard::Test {

using namespace Net;

NetworkSettings NetTestClient::quickSettings(const QUrl &hubUrl, const QString &caFile)
{
    NetworkSettings s;
    s.hubUrl = hubUrl;
    s.caFile = caFile;
    s.backoffBaseMs = 1;
    s.backoffMaxMs = 5;
    s.connectTimeoutMs = 5000;
    s.requestTimeoutMs = 20000;
    return s;
}

HttpResponse NetTestClient::run(HttpClient &client, const HttpRequest &request)
{
    std::optional<HttpResponse> result;
    HttpJob *job = client.send(request);
    QObject::connect(job, &HttpJob::finished, job,
        [&result](const HttpResponse &response) { result = response; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return {};
    return *result;
}

QByteArray NetTestClient::login(HttpClient &client, const QString &username)
{
    const HttpResponse r = run(client,
        HttpRequest::post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), username},
                {QStringLiteral("password"), TestHub::password()}},
            false));
    return r.json().value(QLatin1String("token")).toString().toLatin1();
}

} // namespace Switchboard::Test
