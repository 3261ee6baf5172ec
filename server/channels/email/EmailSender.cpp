// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailSender.h"

#include "EmailComposer.h"
#include "SmtpClient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard::Hub {

EmailSender::EmailSender(const EmailSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_worker(std::make_unique<MailWorker>(QStringLiteral("smtp")))
{
}

EmailSender::~EmailSender()
{
    m_worker.reset();
}

QList<Domain::ChannelKind> EmailSender::channels() const
{
    return {Domain::ChannelKind::Email};
}

void EmailSender::send(const OutboundReply &reply, std::function<void(const SendOutcome &)> done)
{
    // An address with spaces, brackets or line breaks would rewrite the envelope or headers.
    static const QRegularExpression address(QStringLiteral("^[^\\s<>()\\[\\],;:\"@]+@[^\\s<>()\\[\\],;:\"@]+$"));
    if (reply.recipient.kind != Domain::IdentityKind::Email
        || !address.match(reply.recipient.value).hasMatch()) {
        SendOutcome refused;
        refused.status = SendOutcome::Status::Failed;
        refused.reason = QStringLiteral("the customer has no usable email address");
        QMetaObject::invokeMethod(this, [done, refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    const ComposedEmail email
        = EmailComposer::compose(reply, m_settings, QDateTime::currentDateTimeUtc());
    const QStringList recipients{reply.recipient.value};
    const EmailSettings *settings = &m_settings;
    const std::atomic<bool> *stopping = &m_worker->stopping();
    m_worker->run<SendOutcome>(
        this,
        [settings, stopping, recipients, data = email.data] {
            return SmtpClient(*settings, *stopping).send(recipients, data);
        },
        [done, email](SendOutcome outcome) {
            if (outcome.status == SendOutcome::Status::Sent) {
                outcome.providerMessageId = email.messageId;
                outcome.channelMetadata
                    = QJsonObject{{QLatin1String("message_id"), email.messageId},
                        {QLatin1String("in_reply_to"), email.inReplyTo},
                        {QLatin1String("references"), QJsonArray::fromStringList(email.references)},
                        {QLatin1String("subject"), email.subject}};
            }
            done(outcome);
        });
}

} // namespace Switchboard::Hub
