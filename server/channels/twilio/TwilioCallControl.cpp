// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwilioCallControl.h"

#include "TwilioVoice.h"
#include "TwilioWebhook.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTwilioCalls, "switchboard.hub.twilio")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

const QString TwimlStart = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
const QString TwimlEnd = QStringLiteral("</Response>");

bool worthRetrying(const ProviderResponse &response)
{
    return !response.answered() || response.status == 429 || response.status >= 500;
}

} // namespace

TwilioCallControl::TwilioCallControl(TwilioSmsSender::Settings settings)
    : m_settings(std::move(settings))
{
}

QString TwilioCallControl::dialTwiml(const QString &address, const QString &callerId)
{
    QString noun;
    const QString escaped = address.toHtmlEscaped();
    if (address.startsWith(QLatin1String("sip:")) || address.startsWith(QLatin1String("sips:")))
        noun = QStringLiteral("<Sip>%1</Sip>").arg(escaped);
    else if (address.startsWith(QLatin1String("client:")))
        noun = QStringLiteral("<Client>%1</Client>").arg(escaped.mid(7));
    else if (address.startsWith(QLatin1Char('+')))
        noun = QStringLiteral("<Number>%1</Number>").arg(escaped);
    else
        return QString();
    // The caller's number shows on the agent's phone; the caller hears ringing until the agent
    // picks up (answerOnBridge).
    const QString from = callerId.isEmpty()
        ? QString()
        : QStringLiteral(" callerId=\"%1\"").arg(callerId.toHtmlEscaped());
    return TwimlStart
        + QStringLiteral("<Dial answerOnBridge=\"true\" timeout=\"30\"%1>%2</Dial>").arg(from, noun)
        + TwimlEnd;
}

QString TwilioCallControl::waitTwiml()
{
    return TwimlStart + QStringLiteral("<Enqueue>%1</Enqueue>").arg(TwilioVoice::queueName())
        + TwimlEnd;
}

void TwilioCallControl::apply(const CallRecord &call, Step step, const User &agent)
{
    // Only calls that came in through Twilio wait in its queue; a call the hub placed is
    // connected by whoever placed it.
    if (call.direction != CallDirection::Inbound || !call.providerCallId.startsWith(QLatin1String("CA")))
        return;
    switch (step) {
    case Step::Connect: {
        const QString twiml = dialTwiml(agent.voiceAddress, call.fromNumber);
        if (twiml.isEmpty()) {
            qCWarning(lcTwilioCalls).noquote()
                << "call" << call.id << "answered by" << agent.username
                << "who has no voice address: the caller stays in the queue";
            return;
        }
        update(call.providerCallId, {{QStringLiteral("Twiml"), twiml}}, 1);
        return;
    }
    case Step::Wait:
        update(call.providerCallId, {{QStringLiteral("Twiml"), waitTwiml()}}, 1);
        return;
    case Step::HangUp:
        update(call.providerCallId, {{QStringLiteral("Status"), QStringLiteral("completed")}}, 1);
        return;
    }
}

void TwilioCallControl::update(const QString &callSid, const TwilioParams &form, int attempt)
{
    const QNetworkRequest request = TwilioSmsSender::apiRequest(m_settings,
        QStringLiteral("/Calls/%1.json").arg(QString::fromLatin1(QUrl::toPercentEncoding(callSid))));
    m_http.post(request, TwilioWebhook::formBody(form),
        [this, callSid, form, attempt](const ProviderResponse &response) {
            if (response.ok())
                return;
            if (attempt == 1 && worthRetrying(response)) {
                QTimer::singleShot(1000, &m_http,
                    [this, callSid, form] { update(callSid, form, 2); });
                return;
            }
            // Twilio's error body: {"code": 21220, "message": "Call is not in-progress …"}.
            const QString message = response.json.value(QLatin1String("message")).toString();
            qCWarning(lcTwilioCalls).noquote()
                << "Twilio refused the update of call" << callSid << "-"
                << (response.answered() ? QStringLiteral("HTTP %1 %2").arg(response.status).arg(message)
                                        : response.networkError);
        });
}

} // namespace Switchboard::Hub
