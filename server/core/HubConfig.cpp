// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Switchboard::Hub {

namespace {

const QStringList knownKeys{QStringLiteral("hub/listen"), QStringLiteral("hub/data"),
    QStringLiteral("hub/demo"), QStringLiteral("demo/traffic_seconds"), QStringLiteral("tls/cert"),
    QStringLiteral("tls/key"), QStringLiteral("routing/ring_timeout_seconds"),
    QStringLiteral("routing/requeue_grace_seconds"),
    QStringLiteral("board/queue_refresh_milliseconds"), QStringLiteral("database/cache_mebibytes"),
    QStringLiteral("auth/token_lifetime_hours"), QStringLiteral("http/max_body_bytes"),
    QStringLiteral("http/threads"), QStringLiteral("stream/heartbeat_seconds"),
    QStringLiteral("stream/batch_milliseconds"), QStringLiteral("policy/agents_act_on_unassigned"),
    QStringLiteral("policy/agents_act_on_others"), QStringLiteral("policy/override_role"),
    QStringLiteral("meta/app_secret"), QStringLiteral("meta/verify_token"),
    QStringLiteral("meta/page_id"), QStringLiteral("hub/public_url"),
    QStringLiteral("x/consumer_secret"), QStringLiteral("x/user_id"),
    QStringLiteral("twilio/auth_token"), QStringLiteral("twilio/public_url"),
    // Outbound delivery: where replies go and how hard the hub tries.
    QStringLiteral("meta/graph_url"), QStringLiteral("meta/page_access_token"),
    QStringLiteral("meta/whatsapp_phone_number_id"), QStringLiteral("x/api_url"),
    QStringLiteral("x/access_token"), QStringLiteral("twilio/api_url"),
    QStringLiteral("twilio/account_sid"), QStringLiteral("twilio/from_number"),
    QStringLiteral("delivery/max_attempts"), QStringLiteral("delivery/max_age_hours"),
    QStringLiteral("delivery/backoff_initial_milliseconds"),
    QStringLiteral("delivery/backoff_max_seconds"),
    // The email channel.
    QStringLiteral("email/imap_urls"), QStringLiteral("email/imap_user"),
    QStringLiteral("email/imap_password"), QStringLiteral("email/poll_seconds"),
    QStringLiteral("email/smtp_url"), QStringLiteral("email/smtp_user"),
    QStringLiteral("email/smtp_password"), QStringLiteral("email/from_address"),
    QStringLiteral("email/from_name"), QStringLiteral("email/ca_file"),
    QStringLiteral("email/allow_plain"), QStringLiteral("email/timeout_seconds")};

// The channel secrets and addresses: each from the file, overridden by its environment variable.
struct SecretKey
{
    QString key;
    const char *variable;
    QString *target;
};

QList<SecretKey> secretKeys(HubConfig &config)
{
    MetaSettings &meta = config.meta;
    return {{QStringLiteral("meta/app_secret"), "SWITCHBOARD_META_APP_SECRET", &meta.appSecret},
        {QStringLiteral("meta/verify_token"), "SWITCHBOARD_META_VERIFY_TOKEN", &meta.verifyToken},
        {QStringLiteral("meta/page_id"), "SWITCHBOARD_META_PAGE_ID", &meta.pageId},
        {QStringLiteral("hub/public_url"), "SWITCHBOARD_PUBLIC_URL", &config.publicUrl},
        {QStringLiteral("x/consumer_secret"), "SWITCHBOARD_X_CONSUMER_SECRET",
            &config.x.consumerSecret},
        {QStringLiteral("x/user_id"), "SWITCHBOARD_X_USER_ID", &config.x.userId},
        {QStringLiteral("twilio/auth_token"), "SWITCHBOARD_TWILIO_AUTH_TOKEN",
            &config.twilio.authToken},
        {QStringLiteral("twilio/public_url"), "SWITCHBOARD_TWILIO_PUBLIC_URL",
            &config.twilio.publicUrl}};
}

// The providers' API addresses and the credentials replies are sent with.
QList<SecretKey> outboundKeys(HubConfig &config)
{
    return {{QStringLiteral("meta/graph_url"), "SWITCHBOARD_META_GRAPH_URL", &config.meta.graphUrl},
        {QStringLiteral("meta/page_access_token"), "SWITCHBOARD_META_PAGE_ACCESS_TOKEN",
            &config.meta.pageAccessToken},
        {QStringLiteral("meta/whatsapp_phone_number_id"),
            "SWITCHBOARD_META_WHATSAPP_PHONE_NUMBER_ID", &config.meta.whatsappPhoneNumberId},
        {QStringLiteral("x/api_url"), "SWITCHBOARD_X_API_URL", &config.xSender.apiUrl},
        {QStringLiteral("x/access_token"), "SWITCHBOARD_X_ACCESS_TOKEN",
            &config.xSender.accessToken},
        {QStringLiteral("twilio/api_url"), "SWITCHBOARD_TWILIO_API_URL", &config.twilioSms.apiUrl},
        {QStringLiteral("twilio/account_sid"), "SWITCHBOARD_TWILIO_ACCOUNT_SID",
            &config.twilioSms.accountSid},
        {QStringLiteral("twilio/from_number"), "SWITCHBOARD_TWILIO_FROM_NUMBER",
            &config.twilioSms.fromNumber}};
}

// One string; an unquoted value with a comma reads as a list in QSettings.
QString readString(const QSettings &ini, const QString &key)
{
    const QVariant value = ini.value(key);
    return (value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                     : value.toString())
        .trimmed();
}

std::optional<bool> readBool(const QString &text);

// The [email] section; false with *error set on a bad value.
bool readEmail(const QSettings &ini, const QString &path, EmailSettings &email, QString *error)
{
    const auto key = [](const char *name) -> QString {
        return QStringLiteral("email/") + QLatin1String(name);
    };
    const auto bad = [&](const QString &name, const QString &what) {
        *error = QStringLiteral("%1: %2 must be %3").arg(path, name, what);
        return false;
    };
    const auto serverUrl = [&](const QString &text, const QStringList &schemes, QUrl *url) {
        *url = QUrl(text, QUrl::StrictMode);
        // A password belongs in its own setting, never in a URL that might be shown.
        return url->isValid() && schemes.contains(url->scheme()) && !url->host().isEmpty()
            && url->userInfo().isEmpty();
    };
    if (ini.contains(key("imap_urls"))) {
        email.imapUrls.clear();
        const QVariant value = ini.value(key("imap_urls"));
        const QStringList urls = value.typeId() == QMetaType::QStringList
            ? value.toStringList()
            : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &text : urls) {
            QUrl url;
            if (!serverUrl(text.trimmed(), {QStringLiteral("imap"), QStringLiteral("imaps")}, &url))
                return bad(key("imap_urls"),
                    QStringLiteral("imaps://HOST[:PORT]/MAILBOX or imap://… URLs without user "
                                   "information, separated by commas"));
            email.imapUrls.append(url);
        }
    }
    if (ini.contains(key("smtp_url"))
        && !serverUrl(readString(ini, key("smtp_url")),
            {QStringLiteral("smtp"), QStringLiteral("smtps")}, &email.smtpUrl))
        return bad(key("smtp_url"), QStringLiteral("smtps://HOST[:PORT] or smtp://HOST[:PORT]"));
    for (const auto &[name, target] : {std::pair{"imap_user", &email.imapUser},
             std::pair{"imap_password", &email.imapPassword},
             std::pair{"smtp_user", &email.smtpUser},
             std::pair{"smtp_password", &email.smtpPassword},
             std::pair{"from_address", &email.fromAddress},
             std::pair{"from_name", &email.fromName}}) {
        if (ini.contains(key(name)))
            *target = readString(ini, key(name));
    }
    if (ini.contains(key("ca_file")))
        email.caFile = QFileInfo(path).absoluteDir().absoluteFilePath(readString(ini, key("ca_file")));
    if (ini.contains(key("allow_plain"))) {
        const auto v = readBool(readString(ini, key("allow_plain")));
        if (!v)
            return bad(key("allow_plain"), QStringLiteral("true or false"));
        email.allowPlain = *v;
    }
    for (const auto &[name, target, max] : {std::tuple{"poll_seconds", &email.pollSeconds, 86400},
             std::tuple{"timeout_seconds", &email.timeoutSeconds, 3600}}) {
        if (!ini.contains(key(name)))
            continue;
        bool ok = false;
        const int v = readString(ini, key(name)).toInt(&ok);
        if (!ok || v < 1 || v > max)
            return bad(key(name), QStringLiteral("a whole number from 1 to %1").arg(max));
        *target = v;
    }
    if (email.smtpUrl.isValid() && !email.fromAddress.contains(QLatin1Char('@')))
        return bad(key("from_address"), QStringLiteral("an email address when smtp_url is set"));
    return true;
}

std::optional<bool> readBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

bool HubConfig::setListen(const QString &hostPort, QString *error)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int portNumber = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : -1;
    QString hostText = colon > 0 ? hostPort.left(colon) : QString();
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    QHostAddress address;
    if (hostText == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (hostText == QLatin1String("*"))
        address = QHostAddress::Any;
    else
        address.setAddress(hostText);
    if (!ok || portNumber < 0 || portNumber > 65535 || address.isNull()) {
        *error = QStringLiteral(
            "listen address must be HOST:PORT, e.g. 127.0.0.1:8080 or [::]:8080 (got %1)")
                     .arg(hostPort);
        return false;
    }
    host = address;
    port = quint16(portNumber);
    return true;
}

bool HubConfig::loadFile(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read configuration file %1").arg(path);
        return false;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 is not a valid configuration file").arg(path);
        return false;
    }
    for (const QString &key : ini.allKeys()) {
        if (!knownKeys.contains(key)) {
            *error = QStringLiteral("%1: unknown setting %2").arg(path, key);
            return false;
        }
    }
    const auto bad = [&](const QString &key, const QString &what) {
        *error = QStringLiteral("%1: %2 must be %3").arg(path, key, what);
        return false;
    };
    const QDir base = QFileInfo(path).absoluteDir();
    if (ini.contains(QStringLiteral("hub/listen"))
        && !setListen(ini.value(QStringLiteral("hub/listen")).toString(), error))
        return false;
    if (ini.contains(QStringLiteral("hub/data")))
        dataDir = base.absoluteFilePath(ini.value(QStringLiteral("hub/data")).toString());
    if (ini.contains(QStringLiteral("tls/cert")))
        tlsCertFile = base.absoluteFilePath(ini.value(QStringLiteral("tls/cert")).toString());
    if (ini.contains(QStringLiteral("tls/key")))
        tlsKeyFile = base.absoluteFilePath(ini.value(QStringLiteral("tls/key")).toString());
    struct BoolKey
    {
        QString key;
        bool *target;
    };
    for (const BoolKey &b : {BoolKey{QStringLiteral("hub/demo"), &demo},
             BoolKey{
                 QStringLiteral("policy/agents_act_on_unassigned"), &policy.agentsActOnUnassigned},
             BoolKey{QStringLiteral("policy/agents_act_on_others"), &policy.agentsActOnOthers}}) {
        if (!ini.contains(b.key))
            continue;
        const auto v = readBool(ini.value(b.key).toString());
        if (!v)
            return bad(b.key, QStringLiteral("true or false"));
        *b.target = *v;
    }
    if (ini.contains(QStringLiteral("policy/override_role"))) {
        const auto role = Domain::fromWire<Domain::Role>(
            ini.value(QStringLiteral("policy/override_role")).toString().trimmed());
        if (!role)
            return bad(QStringLiteral("policy/override_role"),
                QStringLiteral("agent, supervisor or admin"));
        policy.overrideRole = *role;
    }
    struct IntKey
    {
        QString key;
        int *target;
        int min;
        int max;
        int scale;
    };
    for (const IntKey &k :
        {IntKey{
             QStringLiteral("auth/token_lifetime_hours"), &tokenLifetimeSeconds, 1, 24 * 90, 3600},
            IntKey{QStringLiteral("http/max_body_bytes"), &maxBodyBytes, 1024, 64 * 1024 * 1024, 1},
            IntKey{QStringLiteral("http/threads"), &httpThreads, 1, 64, 1},
            IntKey{QStringLiteral("stream/heartbeat_seconds"), &heartbeatSeconds, 1, 300, 1},
            IntKey{
                QStringLiteral("stream/batch_milliseconds"), &streamBatchMilliseconds, 0, 1000, 1},
            IntKey{QStringLiteral("demo/traffic_seconds"), &demoTrafficMilliseconds, 0,
                MaxDemoTrafficSeconds, 1000},
            IntKey{QStringLiteral("routing/ring_timeout_seconds"), &ringTimeoutMilliseconds, 1,
                MaxRoutingSeconds, 1000},
            IntKey{QStringLiteral("routing/requeue_grace_seconds"), &requeueGraceMilliseconds, 1,
                MaxRoutingSeconds, 1000},
            IntKey{QStringLiteral("board/queue_refresh_milliseconds"),
                &boardQueueRefreshMilliseconds, 0, 60 * 1000, 1},
            IntKey{QStringLiteral("database/cache_mebibytes"), &databaseCacheMebibytes, 1,
                MaxDatabaseCacheMebibytes, 1},
            IntKey{QStringLiteral("delivery/max_attempts"), &delivery.maxAttempts, 1, 1000, 1},
            IntKey{QStringLiteral("delivery/max_age_hours"), &delivery.maxAgeSeconds, 1, 24 * 90,
                3600},
            IntKey{QStringLiteral("delivery/backoff_initial_milliseconds"),
                &delivery.initialBackoffMilliseconds, 1, 3600 * 1000, 1},
            IntKey{QStringLiteral("delivery/backoff_max_seconds"), &delivery.maxBackoffMilliseconds,
                1, 24 * 3600, 1000}}) {
        if (!ini.contains(k.key))
            continue;
        bool ok = false;
        const int v = ini.value(k.key).toString().toInt(&ok);
        if (!ok || v < k.min || v > k.max)
            return bad(k.key, QStringLiteral("a whole number from %1 to %2").arg(k.min).arg(k.max));
        *k.target = v * k.scale;
    }
    for (const SecretKey &s : secretKeys(*this) + outboundKeys(*this)) {
        if (!ini.contains(s.key))
            continue;
        // An unquoted value with a comma reads as a list; a secret is one string.
        const QVariant value = ini.value(s.key);
        *s.target = (value.typeId() == QMetaType::QStringList
                ? value.toStringList().join(QLatin1Char(','))
                : value.toString())
                        .trimmed();
    }
    if (!readEmail(ini, path, email, error))
        return false;
    return true;
}

bool HubConfig::loadEnvironment(QString *error)
{
    struct SecondsVariable
    {
        const char *name;
        int *target;
        int min;
        int max;
    };
    for (const SecondsVariable &v :
        {SecondsVariable{"SWITCHBOARD_DEMO_TRAFFIC_SECONDS", &demoTrafficMilliseconds, 0,
             MaxDemoTrafficSeconds},
            SecondsVariable{"SWITCHBOARD_RING_TIMEOUT_SECONDS", &ringTimeoutMilliseconds, 1,
                MaxRoutingSeconds},
            SecondsVariable{"SWITCHBOARD_REQUEUE_GRACE_SECONDS", &requeueGraceMilliseconds, 1,
                MaxRoutingSeconds}}) {
        if (!qEnvironmentVariableIsSet(v.name))
            continue;
        bool ok = false;
        const int seconds = qEnvironmentVariable(v.name).toInt(&ok);
        if (!ok || seconds < v.min || seconds > v.max) {
            *error = QStringLiteral("%1 must be a whole number from %2 to %3")
                         .arg(QLatin1String(v.name))
                         .arg(v.min)
                         .arg(v.max);
            return false;
        }
        *v.target = seconds * 1000;
    }
    if (qEnvironmentVariableIsSet("SWITCHBOARD_IMAP_PASSWORD"))
        email.imapPassword = qEnvironmentVariable("SWITCHBOARD_IMAP_PASSWORD");
    if (qEnvironmentVariableIsSet("SWITCHBOARD_SMTP_PASSWORD"))
        email.smtpPassword = qEnvironmentVariable("SWITCHBOARD_SMTP_PASSWORD");
    for (const SecretKey &s : secretKeys(*this) + outboundKeys(*this)) {
        if (qEnvironmentVariableIsSet(s.variable))
            *s.target = qEnvironmentVariable(s.variable).trimmed();
    }
    return true;
}

TwilioSettings HubConfig::twilioSettings() const
{
    TwilioSettings settings = twilio;
    if (settings.publicUrl.isEmpty())
        settings.publicUrl = publicUrl;
    // Twilio signs the URL it requested: the path follows the public URL without a doubled /.
    while (settings.publicUrl.endsWith(QLatin1Char('/')))
        settings.publicUrl.chop(1);
    return settings;
}

QString HubConfig::databasePath() const
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("switchboard-hub.sqlite"));
}

} // namespace Switchboard::Hub
