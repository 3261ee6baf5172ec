// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTraffic.h"

#include "DemoSeeder.h"

#include "storage/CustomerRepository.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

Q_LOGGING_CATEGORY(lcDemoTraffic, "switchboard.hub.demo")

namespace Switchboard::Hub {

using namespace Domain;

namespace {

// How often each kind comes, out of the sum: chat and social most, calls least.
struct Weight
{
    DemoTraffic::Kind kind;
    int weight;
};
const Weight weights[] = {{DemoTraffic::Kind::Messenger, 18},
    {DemoTraffic::Kind::FacebookComment, 12}, {DemoTraffic::Kind::InstagramMessage, 9},
    {DemoTraffic::Kind::InstagramComment, 8}, {DemoTraffic::Kind::WhatsApp, 16},
    {DemoTraffic::Kind::XMention, 10}, {DemoTraffic::Kind::XDirectMessage, 6},
    {DemoTraffic::Kind::Sms, 12}, {DemoTraffic::Kind::Call, 9}};

// The channel kind whose demo texts a delivery kind borrows.
QString channelOf(DemoTraffic::Kind kind)
{
    switch (kind) {
    case DemoTraffic::Kind::Messenger:
        return QStringLiteral("messenger");
    case DemoTraffic::Kind::FacebookComment:
        return QStringLiteral("facebook_comment");
    case DemoTraffic::Kind::InstagramMessage:
        return QStringLiteral("instagram_dm");
    case DemoTraffic::Kind::InstagramComment:
        return QStringLiteral("instagram_comment");
    case DemoTraffic::Kind::WhatsApp:
        return QStringLiteral("whatsapp");
    case DemoTraffic::Kind::XMention:
        return QStringLiteral("x_post");
    case DemoTraffic::Kind::XDirectMessage:
        return QStringLiteral("x_dm");
    case DemoTraffic::Kind::Sms:
        return QStringLiteral("sms");
    case DemoTraffic::Kind::Call:
    case DemoTraffic::Kind::CallEnd:
        break;
    }
    return QStringLiteral("voice");
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

} // namespace

DemoTraffic::DemoTraffic(Storage &storage, Settings settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(std::move(settings))
    , m_deliveries(m_settings.channels)
    , m_network(new QNetworkAccessManager(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        post(pickKind());
        scheduleNext();
    });
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, [this] { post(Kind::CallEnd); });
}

DemoTraffic::~DemoTraffic() = default;

QStringList DemoTraffic::openingLines(
    const QJsonObject &data, const QString &channel, const QString &language)
{
    QStringList out;
    const QJsonArray threads = data[QLatin1String("threads")][channel][language].toArray();
    for (const QJsonValue &thread : threads) {
        for (const QJsonValue &line : thread[QLatin1String("messages")].toArray()) {
            if (line[QLatin1String("from")].toString() == QLatin1String("customer")) {
                out.append(line[QLatin1String("text")].toString());
                break;
            }
        }
    }
    return out;
}

void DemoTraffic::start()
{
    // The demo's few hundred customers: each kind of identity is a channel they can come back on.
    Id after = 0;
    for (;;) {
        const QList<Customer> page = m_storage.customers().list(QString(), after, 500);
        for (const Customer &c : page) {
            for (const Identity &i : c.identities) {
                Returning r{DemoSender{i.value, c.name, QString(), 0}, c.language};
                if (i.kind == IdentityKind::Facebook)
                    m_facebook.append(r);
                else if (i.kind == IdentityKind::WhatsApp)
                    m_whatsApp.append(r);
                else if (i.kind == IdentityKind::Phone)
                    m_phone.append(r);
            }
            after = c.id;
        }
        if (page.size() < 500)
            break;
    }
    // A handful of the page's posts that customers comment on.
    for (int i = 0; i < 6; ++i)
        m_postIds.append(m_settings.channels.pageId + QLatin1Char('_') + uniqueId(15));
    scheduleNext();
}

void DemoTraffic::scheduleNext()
{
    const int mean = m_settings.meanIntervalMilliseconds;
    if (mean <= 0)
        return;
    m_timer.start(mean / 2 + int(m_random.bounded(mean + 1)));
}

DemoTraffic::Kind DemoTraffic::pickKind()
{
    int total = 0;
    for (const Weight &w : weights)
        total += w.weight;
    for (;;) {
        int draw = int(m_random.bounded(total));
        for (const Weight &w : weights) {
            draw -= w.weight;
            if (draw < 0) {
                // One call at a time: a second would only wait behind the first.
                if (w.kind == Kind::Call && !m_call.sid.isEmpty())
                    break;
                return w.kind;
            }
        }
    }
}

QString DemoTraffic::uniqueId(int digits)
{
    QString id = QString::number(1 + m_random.bounded(9));
    while (id.size() < digits)
        id += QString::number(m_random.bounded(10));
    return id;
}

QString DemoTraffic::text(const QString &channel, const QString &language, const QString &first)
{
    QStringList lines = openingLines(m_settings.data, channel, language);
    if (lines.isEmpty())
        lines = openingLines(m_settings.data, channel, QStringLiteral("en"));
    if (lines.isEmpty())
        return QString();
    QString line = lines.at(int(m_random.bounded(lines.size())));
    return line.replace(QLatin1String("{first_name}"), first)
        .replace(QLatin1String("{agent_name}"), QString());
}

DemoTraffic::Returning DemoTraffic::returning(const QList<Returning> &pool)
{
    return pool.at(int(m_random.bounded(pool.size())));
}

// Someone the hub has not met, with a name in one of the demo's languages; they may write again.
DemoTraffic::Returning DemoTraffic::newcomer(QList<Returning> &pool, int idDigits)
{
    if (!pool.isEmpty() && m_random.bounded(100) < 40)
        return returning(pool);
    const QJsonArray languages = m_settings.data[QLatin1String("languages")].toArray();
    const QString language = languages.isEmpty()
        ? QStringLiteral("en")
        : languages.at(int(m_random.bounded(languages.size()))).toString();
    const auto pick = [this, &language](const char *list) {
        const QJsonArray names = m_settings.data[QLatin1String(list)][language].toArray();
        return names.isEmpty() ? QString()
                               : names.at(int(m_random.bounded(names.size()))).toString();
    };
    Returning r;
    r.language = language;
    r.sender.name = QString(pick("first_names") + QLatin1Char(' ') + pick("last_names")).trimmed();
    r.sender.id = uniqueId(idDigits);
    r.sender.handle = DemoSeeder::asciiSlug(r.sender.name) + QString::number(m_random.bounded(10, 100));
    // Reach: most have a few hundred followers, some thousands, a few a large audience.
    const int tier = int(m_random.bounded(100));
    r.sender.followers = tier < 70 ? int(m_random.bounded(20, 900))
        : tier < 95                ? int(m_random.bounded(1000, 20000))
                                   : int(m_random.bounded(50000, 400000));
    pool.append(r);
    return r;
}

void DemoTraffic::post(Kind kind)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString channel = channelOf(kind);
    const auto body = [&](const Returning &r) {
        return text(channel, r.language, firstName(r.sender.name));
    };
    switch (kind) {
    case Kind::Messenger:
    case Kind::FacebookComment: {
        if (m_facebook.isEmpty())
            return;
        const Returning r = returning(m_facebook);
        if (kind == Kind::Messenger) {
            send(kind,
                m_deliveries.messenger(r.sender, body(r), QStringLiteral("m_") + uniqueId(24), now));
        } else {
            const QString post = m_postIds.at(int(m_random.bounded(m_postIds.size())));
            send(kind, m_deliveries.facebookComment(r.sender, post,
                           post.section(QLatin1Char('_'), 1) + QLatin1Char('_') + uniqueId(15),
                           body(r), now));
        }
        return;
    }
    case Kind::InstagramMessage: {
        const Returning r = newcomer(m_instagram, 16);
        send(kind, m_deliveries.instagramMessage(
                       r.sender, body(r), QStringLiteral("aWdfZAG1faXRlbTox") + uniqueId(30), now));
        return;
    }
    case Kind::InstagramComment: {
        const Returning r = newcomer(m_instagram, 16);
        send(kind, m_deliveries.instagramComment(
                       r.sender, QStringLiteral("1789") + uniqueId(13), uniqueId(17), body(r), now));
        return;
    }
    case Kind::WhatsApp: {
        if (m_whatsApp.isEmpty())
            return;
        const Returning r = returning(m_whatsApp);
        send(kind, m_deliveries.whatsApp(
                       r.sender, body(r), QStringLiteral("wamid.HBgM") + uniqueId(40), now));
        return;
    }
    case Kind::XMention:
    case Kind::XDirectMessage: {
        const Returning r = newcomer(m_x, 19);
        send(kind, kind == Kind::XMention
                ? m_deliveries.xMention(r.sender, body(r), uniqueId(19), now)
                : m_deliveries.xDirectMessage(r.sender, body(r), uniqueId(18), now));
        return;
    }
    case Kind::Sms: {
        if (m_phone.isEmpty())
            return;
        const Returning r = returning(m_phone);
        send(kind, m_deliveries.sms(r.sender, body(r), QStringLiteral("SM") + uniqueId(32)));
        return;
    }
    case Kind::Call: {
        if (m_phone.isEmpty() || !m_call.sid.isEmpty())
            return;
        m_call = Call{QStringLiteral("CA") + uniqueId(32), returning(m_phone).sender, now};
        send(kind, m_deliveries.incomingCall(m_call.caller, m_call.sid));
        endCallLater();
        return;
    }
    case Kind::CallEnd: {
        if (m_call.sid.isEmpty())
            return;
        m_callTimer.stop();
        const Call call = std::exchange(m_call, Call());
        send(kind, m_deliveries.callCompleted(call.caller, call.sid,
                       int(call.startedAt.secsTo(now)), now));
        return;
    }
    }
}

// The caller hangs up after one to four minutes, whether or not an agent answered.
void DemoTraffic::endCallLater()
{
    m_callTimer.start(int(m_random.bounded(60, 240)) * 1000);
}

void DemoTraffic::send(Kind kind, const WebhookPost &post)
{
    QUrl url = m_settings.hubUrl;
    url.setPath(post.path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, post.contentType);
    for (const auto &[name, value] : post.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->post(request, post.body);
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        // Only the hub's own certificate is taken without a CA: the demo talks to itself.
        if (!m_settings.certificate.isNull()
            && reply->sslConfiguration().peerCertificate() == m_settings.certificate)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, kind, path = post.path] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && m_failuresLogged < 20) {
            ++m_failuresLogged;
            qCWarning(lcDemoTraffic).noquote()
                << "demo delivery to" << path << "was answered"
                << (status ? QString::number(status) : reply->errorString());
        }
        Q_EMIT answered(kind, status);
    });
}

} // namespace Switchboard::Hub
