// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DovecotServer.h"

#include "FreePort.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <curl/curl.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace Switchboard::Test {

namespace {

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype n = std::min(qsizetype(size * count), upload->data->size() - upload->offset);
    memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

QString userName(uid_t uid)
{
    const passwd *pw = getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

bool DovecotServer::start(QString *error)
{
    const QString dovecot = QStandardPaths::findExecutable(QStringLiteral("dovecot"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (dovecot.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("no dovecot binary: install dovecot-imapd (scripts/setup.sh "
                                "lists it)");
        return false;
    }
    const QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("run"));
    dir.mkpath(QStringLiteral("mail"));
    // Root runs Dovecot's own unprivileged users (the package creates them); anyone else runs
    // everything as themselves.
    const bool root = geteuid() == 0;
    const QString internalUser = root ? QStringLiteral("dovecot") : userName(geteuid());
    const QString loginUser = root ? QStringLiteral("dovenull") : internalUser;
    const passwd *mailOwner = getpwnam(internalUser.toLocal8Bit().constData());
    if (!mailOwner) {
        *error = QStringLiteral("no user %1 for Dovecot").arg(internalUser);
        return false;
    }
    if (root) {
        // The mail processes (as dovecot) must reach the maildir inside this 0700 directory.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                | QFile::ExeOther);
        if (chown(dir.filePath(QStringLiteral("mail")).toLocal8Bit().constData(), mailOwner->pw_uid,
                mailOwner->pw_gid)
            != 0) {
            *error = QStringLiteral("cannot hand the maildir to %1").arg(internalUser);
            return false;
        }
    }
    m_port = freeLoopbackPort();
    QFile users(dir.filePath(QStringLiteral("users")));
    users.open(QIODevice::WriteOnly);
    users.write(QStringLiteral("%1:{PLAIN}%2::::::\n").arg(user(), password()).toUtf8());
    users.close();
    const QString config = QStringLiteral(
        "protocols = imap\n"
        "listen = 127.0.0.1\n"
        "base_dir = %1/run\n"
        "state_dir = %1/state\n"
        "log_path = %1/dovecot.log\n"
        "ssl = no\n"
        "disable_plaintext_auth = no\n"
        "auth_mechanisms = plain login\n"
        "default_internal_user = %2\n"
        "default_internal_group = %3\n"
        "default_login_user = %4\n"
        "first_valid_uid = %5\n"
        "mail_location = maildir:%1/mail/%u\n"
        "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/users\n}\n"
        "userdb {\n  driver = static\n  args = uid=%5 gid=%6 home=%1/mail/%u\n}\n"
        "service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n"
        "    port = %7\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n")
                               .arg(m_dir.path(), internalUser,
                                   QString::fromLocal8Bit(getgrgid(mailOwner->pw_gid)->gr_name),
                                   loginUser)
                               .arg(mailOwner->pw_uid)
                               .arg(mailOwner->pw_gid)
                               .arg(m_port);
    QFile conf(dir.filePath(QStringLiteral("dovecot.conf")));
    conf.open(QIODevice::WriteOnly);
    conf.write(config.toUtf8());
    conf.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(dovecot, {QStringLiteral("-F"), QStringLiteral("-c"), conf.fileName()});
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning && !m_process.waitForStarted(0)) {
            QFile log(dir.filePath(QStringLiteral("dovecot.log")));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("dovecot did not start: %1 %2")
                         .arg(QString::fromUtf8(m_process.readAll()),
                             QString::fromUtf8(log.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000)
            && probe.readAll().startsWith("* OK"))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("dovecot did not answer on port %1 within 15 s").arg(m_port);
    return false;
}

QUrl DovecotServer::mailboxUrl(const QString &name) const
{
    QUrl url;
    url.setScheme(QStringLiteral("imap"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + name);
    return url;
}

bool DovecotServer::append(const QString &mailbox, const QByteArray &message, QString *error)
{
    CURL *curl = curl_easy_init();
    const QByteArray url = mailboxUrl(mailbox).toEncoded();
    Upload upload{&message};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, user().toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password().toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    const CURLcode result = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK)
        *error = QString::fromUtf8(curl_easy_strerror(result));
    return result == CURLE_OK;
}

bool DovecotServer::command(const QByteArray &command, QString *error)
{
    CURL *curl = curl_easy_init();
    const QByteArray url = mailboxUrl(QString()).toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, user().toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password().toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &discard);
    const CURLcode result = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK)
        *error = QString::fromUtf8(curl_easy_strerror(result));
    return result == CURLE_OK;
}

} // namespace Switchboard::Test
