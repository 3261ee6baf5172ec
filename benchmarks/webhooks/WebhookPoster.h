// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace Switchboard::Bench {

struct Delivery;

//! Posts deliveries to the hub as a provider's webhook sender does: HTTP/1.1 over a few
//! keep-alive connections, several requests pipelined on each, answers matched in order.
//! Lives in the main thread; every answer (or failure) comes back through onAnswer.
class WebhookPoster : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        //! What the caller passed to post().
        qint64 tag = 0;
        //! The HTTP status; 0 when the request failed without one.
        int status = 0;
        QByteArray body;
        qint64 sentNs = 0;
        qint64 answeredNs = 0;
        //! Why it failed without an answer.
        QString error;
    };

    WebhookPoster(const QUrl &hub, int connections, const QElapsedTimer *clock);
    ~WebhookPoster() override;

    //! Opens every connection; false (with why) if one does not connect within timeoutMs.
    bool connectAll(int timeoutMs, QString *error);
    //! Writes the request on the connection with the fewest answers pending and returns its
    //! send time (ns on the clock); -1 when no connection is left. The time is also stored in
    //! sentAt, if given, before the request is written: whoever waits for what the request
    //! causes (an event on a stream read by another thread) never sees that sooner.
    qint64 post(qint64 tag, const Delivery &delivery, std::atomic<qint64> *sentAt = nullptr);
    //! Requests written and not yet answered.
    int inFlight() const { return m_inFlight; }
    //! Fails every request still waiting for its answer and closes the connections.
    void abortAll(const QString &why);

    std::function<void(const Answer &)> onAnswer;

private:
    struct Pending
    {
        qint64 tag;
        qint64 sentNs;
    };
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray in;
        std::deque<Pending> pending;
        bool open = false;
    };

    void onReadyRead(Connection &c);
    //! Parses whole answers from c.in; false when the stream cannot be read as HTTP.
    bool parseAnswers(Connection &c);
    void fail(Connection &c, const QString &why);

    QUrl m_hub;
    QByteArray m_host;
    const QElapsedTimer *m_clock;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_inFlight = 0;
};

} // namespace Switchboard::Bench
