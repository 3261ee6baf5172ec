// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwilioSmsSender.h"

#include "TwilioWebhook.h"

#include <QUrlQuery>

namespace Switchboard::Hub {

using namespace Domain;


TwilioSmsSender::TwilioSmsSender(Settings settings)
    : m_settings(std::move(settings))
{
}

QList<ChannelKind> TwilioSmsSender::channels() const
{
    return {ChannelKind::Sms};
}

void TwilioSmsSender::send(
    const OutboundReply &reply, std::function<void(const SendOutcome &)> done)
{
    if (reply.recipient.value.isEmpty()) {
        SendOutcome outcome;
        outcome.status = SendOutcome::Status::Failed;
        outcome.reason = QStringLiteral("the customer has no phone number to write to");
        return done(outcome);
    }
    const QNetworkRequest request = apiRequest(m_settings, QStringLiteral("/Messages.json"));
    const QByteArray body = TwilioWebhook::formBody({{QStringLiteral("To"), reply.recipient.value},
        {QStringLiteral("From"), m_settings.fromNumber}, {QStringLiteral("Body"), reply.body}});
    m_http.post(request, body,
        [done = std::move(done)](const ProviderResponse &response) { done(outcomeOf(response)); });
}

QNetworkRequest TwilioSmsSender::apiRequest(const Settings &settings, const QString &path)
{
    QNetworkRequest request(ProviderHttp::join(settings.apiUrl,
        QStringLiteral("/2010-04-01/Accounts/%1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(settings.accountSid)))
            + path));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization",
        "Basic " + (settings.accountSid + QLatin1Char(':') + settings.authToken).toUtf8().toBase64());
    return request;
}

SendOutcome TwilioSmsSender::outcomeOf(const ProviderResponse &response)
{
    const QJsonObject &root = response.json;
    if (response.ok()) {
        SendOutcome sent;
        sent.providerMessageId = root.value(QLatin1String("sid")).toString();
        const QString status = root.value(QLatin1String("status")).toString();
        if (!status.isEmpty())
            sent.channelMetadata.insert(QLatin1String("twilio_status"), status);
        return sent;
    }
    // {"code": 21211, "message": "...", "more_info": "...", "status": 400}
    const QString message = root.value(QLatin1String("message")).toString();
    const int code = root.value(QLatin1String("code")).toInt();
    QString reason = message.isEmpty()
        ? QStringLiteral("Twilio answered HTTP %1").arg(response.status)
        : message;
    if (code)
        reason += QStringLiteral(" (code %1)").arg(code);
    return ProviderHttp::byStatus(response, reason);
}

} // namespace Switchboard::Hub
