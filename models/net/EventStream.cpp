// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventStream.h"

#include "NetLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

namespace Switchboard::Net {

namespace {

//! A whole, non-negative JSON number; nothing otherwise.
std::optional<qint64> sequence(const QJsonObject &frame, QLatin1String key)
{
    const QJsonValue v = frame.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

EventStream::EventStream(QObject *parent)
    : QObject(parent)
{
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, &EventStream::silenceElapsed);
}

EventStream::~EventStream()
{
    if (m_socket)
        m_socket->disconnect(this);
}

QUrl EventStream::streamUrl(const QUrl &hubUrl, qint64 since)
{
    QUrl url = hubUrl;
    url.setScheme(
        hubUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/stream"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    url.setQuery(query);
    url.setFragment({});
    return url;
}

QNetworkProxy EventStream::proxyFor(const QUrl &hubUrl)
{
    // Ask for the http(s) URL: that is what proxy settings and no_proxy are written for.
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(hubUrl));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::NoProxy
            || proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability))
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

void EventStream::open(const NetworkSettings &settings, const QByteArray &token, qint64 since)
{
    if (m_socket) {
        QWebSocket *old = std::exchange(m_socket, nullptr);
        retire(old, false);
    }
    m_greeted = false;
    m_closeFrameReceived = false;
    m_lastError.clear();

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(proxyFor(settings.hubUrl));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(settings.caFile);
        if (extra.isEmpty())
            qCWarning(lcNet) << "no certificate could be read from" << settings.caFile;
        // setCaCertificates turns off loading the system store on demand, so add it here.
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    m_socket->setSslConfiguration(tls);
    connectSocket(m_socket);

    QNetworkRequest request(streamUrl(settings.hubUrl, since));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("User-Agent", "switchboard/" SWITCHBOARD_VERSION);
    armSilence();
    m_socket->open(request);
}

void EventStream::connectSocket(QWebSocket *socket)
{
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            frameReceived(text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        if (socket == m_socket)
            failProtocol(QStringLiteral("the stream sent a binary frame"));
    });
    // QWebSocket reports 1000 after any disconnect; only a received close frame has a code.
    // It answers that frame through close(), whose aboutToClose() is the only trace of it.
    connect(socket, &QWebSocket::aboutToClose, this, [this, socket] {
        if (socket == m_socket)
            m_closeFrameReceived = true;
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        if (m_closeFrameReceived) {
            finish(int(socket->closeCode()), socket->closeReason());
        } else {
            finish(int(QWebSocketProtocol::CloseCodeAbnormalDisconnection),
                m_lastError.isEmpty() ? QStringLiteral("the connection to the hub was lost")
                                      : m_lastError);
        }
    });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket != m_socket)
            return;
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_lastError = texts.join(QStringLiteral("; "));
        qCWarning(lcNet).noquote() << "stream TLS:" << m_lastError;
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) {
            if (socket != m_socket)
                return;
            if (m_lastError.isEmpty())
                m_lastError = socket->errorString();
            // A failed connect may end without disconnected(); make sure closed() comes.
            QMetaObject::invokeMethod(
                this,
                [this, socket] {
                    if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
                        finish(
                            int(QWebSocketProtocol::CloseCodeAbnormalDisconnection), m_lastError);
                },
                Qt::QueuedConnection);
        });
}

void EventStream::close()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_silence.stop();
    retire(socket, false);
}

void EventStream::setSilenceTimeoutMs(int ms)
{
    m_silenceTimeoutMs = ms;
    if (m_socket)
        armSilence();
}

void EventStream::armSilence()
{
    if (m_silenceTimeoutMs > 0)
        m_silence.start(m_silenceTimeoutMs);
    else
        m_silence.stop();
}

void EventStream::frameReceived(const QString &text)
{
    armSilence();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject()) {
        failProtocol(QStringLiteral("the stream sent a frame that is not a JSON object"));
        return;
    }
    handleFrame(doc.object());
}

void EventStream::handleFrame(const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        if (m_greeted) {
            failProtocol(QStringLiteral("the stream sent a second hello"));
            return;
        }
        QString error;
        const auto user
            = Domain::User::fromJson(frame.value(QLatin1String("user")).toObject(), &error);
        const auto head = sequence(frame, QLatin1String("head"));
        const auto since = sequence(frame, QLatin1String("since"));
        if (!user || !head || !since) {
            failProtocol(
                QStringLiteral("malformed hello frame: %1")
                    .arg(user ? QStringLiteral("head or since is not a sequence number") : error));
            return;
        }
        m_greeted = true;
        Q_EMIT hello(*user, *head, *since);
        return;
    }
    if (!m_greeted) {
        failProtocol(QStringLiteral("the stream's first frame is not hello"));
        return;
    }
    if (type == QLatin1String("events")) {
        const QJsonValue array = frame.value(QLatin1String("events"));
        if (!array.isArray()) {
            failProtocol(QStringLiteral("malformed events frame: no events array"));
            return;
        }
        QList<Domain::Event> list;
        list.reserve(array.toArray().size());
        for (const QJsonValue &v : array.toArray()) {
            QString error;
            const auto event = Domain::Event::fromJson(v.toObject(), &error);
            if (!v.isObject() || !event) {
                failProtocol(QStringLiteral("malformed event: %1").arg(error));
                return;
            }
            list.append(*event);
        }
        if (!list.isEmpty())
            Q_EMIT events(list);
        return;
    }
    if (type == QLatin1String("live") || type == QLatin1String("heartbeat")) {
        const auto seq = sequence(frame, QLatin1String("seq"));
        if (!seq) {
            failProtocol(QStringLiteral("malformed %1 frame: no seq").arg(type));
            return;
        }
        if (type == QLatin1String("live"))
            Q_EMIT live(*seq);
        else
            Q_EMIT heartbeat(*seq);
        return;
    }
    // Frame types a newer hub may add are not errors; this client has nothing to do with them.
}

void EventStream::failProtocol(const QString &message)
{
    qCWarning(lcNet).noquote() << "stream protocol error:" << message;
    QWebSocket *socket = m_socket;
    Q_EMIT protocolError(message);
    if (!socket || socket != m_socket)
        return; // the handler already closed or reopened
    m_socket = nullptr;
    m_silence.stop();
    socket->close(QWebSocketProtocol::CloseCodeProtocolError, message);
    retire(socket, false);
    Q_EMIT closed(int(QWebSocketProtocol::CloseCodeProtocolError), message);
}

void EventStream::silenceElapsed()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    const QString reason
        = QStringLiteral("no frame from the hub for %1 ms").arg(m_silenceTimeoutMs);
    qCWarning(lcNet).noquote() << "stream:" << reason;
    Q_EMIT silent();
    if (socket != m_socket)
        return;
    m_socket = nullptr;
    retire(socket, true);
    Q_EMIT closed(int(QWebSocketProtocol::CloseCodeAbnormalDisconnection), reason);
}

void EventStream::finish(int code, const QString &reason)
{
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    m_silence.stop();
    retire(socket, false);
    Q_EMIT closed(code, reason);
}

void EventStream::retire(QWebSocket *socket, bool abort)
{
    socket->disconnect(this);
    if (abort)
        socket->abort();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close();
    // A peer that never completes the closing handshake does not keep the socket alive.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

} // namespace Switchboard::Net
