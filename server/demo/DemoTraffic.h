// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDeliveries.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Switchboard::Hub {

class Storage;

//! Keeps a demo hub busy the way a real one is: every few seconds a customer writes on
//! Messenger, Facebook, Instagram, WhatsApp, X or SMS, or calls. Each delivery is built in the
//! provider's wire format, signed with the hub's channel secrets and posted to the hub's own
//! webhook endpoints over HTTP, so it goes through every check a real one does. Returning
//! customers are the demo's own (joined by their Facebook id, WhatsApp or phone number);
//! Instagram and X bring new ones, who may write again.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Messenger,
        FacebookComment,
        InstagramMessage,
        InstagramComment,
        WhatsApp,
        XMention,
        XDirectMessage,
        Sms,
        Call,
        CallEnd,
    };
    Q_ENUM(Kind)

    struct Settings
    {
        //! Where the hub listens (its own loopback URL).
        QUrl hubUrl;
        //! The hub's own certificate when it serves HTTPS: the only one trusted without a CA.
        QSslCertificate certificate;
        //! Mean time between deliveries; each wait is drawn between half and one and a half
        //! times it. 0: nothing is sent on a timer (post() still works).
        int meanIntervalMilliseconds = 15000;
        DemoChannels channels;
        //! The demo's ingredients (resources/demo/demo.json): names, languages, thread texts.
        QJsonObject data;
    };

    DemoTraffic(Storage &storage, Settings settings, QObject *parent = nullptr);
    ~DemoTraffic() override;

    //! Reads the demo's customers and starts the timer.
    void start();
    //! Sends one delivery of this kind now. A CallEnd ends the call in progress, if any; a Call
    //! while one is in progress sends nothing.
    void post(Kind kind);
    //! The CallSid of the demo call in progress, empty if none.
    QString callInProgress() const { return m_call.sid; }

    //! The demo's texts for a channel kind in a language: how customers open a conversation on it
    //! (the first customer line of each demo thread).
    static QStringList openingLines(const QJsonObject &data, const QString &channel,
        const QString &language);

Q_SIGNALS:
    //! The hub answered a delivery (HTTP status; 0 when it could not be reached).
    void answered(Kind kind, int status);

private:
    struct Returning
    {
        DemoSender sender;
        QString language;
    };
    struct Call
    {
        QString sid;
        DemoSender caller;
        QDateTime startedAt;
    };

    void scheduleNext();
    Kind pickKind();
    void send(Kind kind, const WebhookPost &post);
    QString text(const QString &channel, const QString &language, const QString &firstName);
    Returning returning(const QList<Returning> &pool);
    Returning newcomer(QList<Returning> &pool, int idDigits);
    QString uniqueId(int digits);
    void endCallLater();

    Storage &m_storage;
    Settings m_settings;
    DemoDeliveries m_deliveries;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QTimer m_callTimer;
    QRandomGenerator m_random;
    QList<Returning> m_facebook;
    QList<Returning> m_whatsApp;
    QList<Returning> m_phone;
    QList<Returning> m_instagram;
    QList<Returning> m_x;
    QStringList m_postIds;
    Call m_call;
    int m_failuresLogged = 0;
};

} // namespace Switchboard::Hub
