// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChannelSender.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSet>

#include <functional>

namespace Switchboard::Hub {

//! What a provider's HTTP API answered, or why it could not be reached.
struct ProviderResponse
{
    //! The HTTP status; 0 when no answer came (refused, reset, timed out).
    int status = 0;
    QByteArray body;
    //! The body parsed as a JSON object; empty if it is none.
    QJsonObject json;
    //! Why no answer came, when status is 0.
    QString networkError;
    //! The Retry-After header in seconds; 0 if absent.
    int retryAfterSeconds = 0;
    //! The response headers, names in lower case.
    QHash<QByteArray, QByteArray> headers;

    bool answered() const { return status > 0; }
    bool ok() const { return status >= 200 && status < 300; }
};

//! The HTTP half the provider senders share: POSTs on the hub thread, with a transfer timeout,
//! and answers handed back once. Destroying it drops what is under way without answering.
class ProviderHttp : public QObject
{
    Q_OBJECT
public:
    explicit ProviderHttp(QObject *parent = nullptr);
    ~ProviderHttp() override;

    //! POSTs body; done is called once with the answer, unless this object is destroyed first.
    void post(QNetworkRequest request, const QByteArray &body,
        std::function<void(const ProviderResponse &)> done);

    //! base (e.g. "https://graph.facebook.com/v19.0", with or without a trailing slash) + path.
    static QUrl join(const QString &base, const QString &path);
    //! Retry for what is worth trying again: no answer, 5xx and 429 (with the reason given).
    static SendOutcome retry(const ProviderResponse &response, const QString &reason);
    //! The outcome of an answer that carried no usable error body, by its status alone.
    static SendOutcome byStatus(const ProviderResponse &response, const QString &reason);

    //! How long one request may take before it counts as failed (and is retried).
    static constexpr int TimeoutMilliseconds = 30000;

private:
    QNetworkAccessManager m_network;
    QSet<QNetworkReply *> m_pending;
};

} // namespace Switchboard::Hub
