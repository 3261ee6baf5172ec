// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Switchboard::Hub {

namespace {

const QStringList knownKeys{QStringLiteral("hub/listen"), QStringLiteral("hub/data"),
    QStringLiteral("hub/demo"), QStringLiteral("tls/cert"), QStringLiteral("tls/key"),
    QStringLiteral("auth/token_lifetime_hours"), QStringLiteral("http/max_body_bytes"),
    QStringLiteral("http/threads"), QStringLiteral("stream/heartbeat_seconds"),
    QStringLiteral("stream/batch_milliseconds"), QStringLiteral("policy/agents_act_on_unassigned"),
    QStringLiteral("policy/agents_act_on_others"), QStringLiteral("policy/override_role"),
    QStringLiteral("meta/app_secret"), QStringLiteral("meta/verify_token"),
    QStringLiteral("meta/page_id"), QStringLiteral("hub/public_url"),
    QStringLiteral("x/consumer_secret"), QStringLiteral("x/user_id"),
    QStringLiteral("twilio/auth_token"), QStringLiteral("twilio/public_url")};

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
            IntKey{QStringLiteral("stream/batch_milliseconds"), &streamBatchMilliseconds, 0, 1000,
                1}}) {
        if (!ini.contains(k.key))
            continue;
        bool ok = false;
        const int v = ini.value(k.key).toString().toInt(&ok);
        if (!ok || v < k.min || v > k.max)
            return bad(k.key, QStringLiteral("a whole number from %1 to %2").arg(k.min).arg(k.max));
        *k.target = v * k.scale;
    }
    for (const SecretKey &s : secretKeys(*this)) {
        if (!ini.contains(s.key))
            continue;
        // An unquoted value with a comma reads as a list; a secret is one string.
        const QVariant value = ini.value(s.key);
        *s.target = (value.typeId() == QMetaType::QStringList
                ? value.toStringList().join(QLatin1Char(','))
                : value.toString())
                        .trimmed();
    }
    return true;
}

void HubConfig::loadEnvironment()
{
    for (const SecretKey &s : secretKeys(*this)) {
        if (qEnvironmentVariableIsSet(s.variable))
            *s.target = qEnvironmentVariable(s.variable).trimmed();
    }
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
