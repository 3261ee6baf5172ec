// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The email channel against real servers the test starts: Dovecot for IMAP, aiosmtpd for SMTP.
#include "ApiClient.h"
#include "DovecotServer.h"
#include "SmtpSink.h"
#include "TestHub.h"
#include "channels/email/EmailSender.h"
#include "channels/email/ImapPoller.h"
#include "channels/email/MimeParser.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray mail(const QString &messageId, const QString &from, const QString &subject,
    const QString &body, const QString &threading = {})
{
    return QStringLiteral("From: %1\r\nTo: support@shop.example\r\nSubject: %2\r\n"
                          "Message-ID: %3\r\n%4Date: Tue, 7 May 2024 10:00:00 +0000\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\n%5\r\n")
        .arg(from, subject, messageId, threading, body)
        .toUtf8();
}

// Everything the hub logs while a test runs, to prove no password reaches it.
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestEmailChannel : public QObject
{
    Q_OBJECT

    DovecotServer m_imap;
    SmtpSink m_smtp;

    Hub::EmailSettings settings(const QString &mailbox)
    {
        Hub::EmailSettings s;
        s.imapUrls = {m_imap.mailboxUrl(mailbox)};
        s.imapUser = DovecotServer::user();
        s.imapPassword = DovecotServer::password();
        // Only the test's pollNow() fetches.
        s.pollSeconds = 86400;
        s.smtpUrl = m_smtp.url();
        s.smtpUser = SmtpSink::user();
        s.smtpPassword = SmtpSink::password();
        s.fromAddress = QStringLiteral("support@shop.example");
        s.fromName = QStringLiteral("Shop Support");
        s.allowPlain = true;
        s.timeoutSeconds = 10;
        return s;
    }

    void append(const QString &mailbox, const QByteArray &message)
    {
        QString error;
        QVERIFY2(m_imap.append(mailbox, message, &error), qPrintable(error));
    }

    // One round over the hub's mailbox: {stored, duplicates, error}.
    static QVariantList poll(Hub::Hub &hub)
    {
        QSignalSpy spy(hub.emailPoller(), &Hub::ImapPoller::polled);
        // start() polled once already; a round in flight ends first.
        if (!spy.wait(200))
            hub.emailPoller()->pollNow();
        if (spy.isEmpty() && !spy.wait(20000))
            return {};
        const QVariantList round = spy.takeFirst();
        return {round.at(1), round.at(2), round.at(3)};
    }

    static QVariantList drain(Hub::Hub &hub)
    {
        QSignalSpy spy(hub.emailPoller(), &Hub::ImapPoller::polled);
        hub.emailPoller()->pollNow();
        if (!spy.wait(20000))
            return {};
        const QVariantList round = spy.takeFirst();
        return {round.at(1), round.at(2), round.at(3)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_imap.start(&error), qPrintable(QStringLiteral("Dovecot: ") + error));
        QVERIFY2(m_smtp.start(&error), qPrintable(QStringLiteral("aiosmtpd: ") + error));
    }

    void fetchesThreadsStoresAttachmentsOnce()
    {
        const QString box = QStringLiteral("Threads");
        QString error;
        QVERIFY2(m_imap.command("CREATE " + box.toUtf8(), &error), qPrintable(error));
        append(box,
            mail(QStringLiteral("<first@customer.example>"),
                QStringLiteral("Léa Martin <Lea@Customer.example>"),
                QStringLiteral("Where is my order?"), QStringLiteral("It has not come.")));
        append(box,
            readFile(QStringLiteral(
                SWITCHBOARD_WIRE_FIXTURES "/email_mixed_alternative_html_plus_attachment.eml")));
        // A reply naming only the message it answers joins that message's conversation.
        append(box,
            mail(QStringLiteral("<second@customer.example>"),
                QStringLiteral("lea@customer.example"), QStringLiteral("Re: Where is my order?"),
                QStringLiteral("Any news?"),
                QStringLiteral("In-Reply-To: <first@customer.example>\r\n")));

        TestHub::Options options;
        options.email = settings(box);
        TestHub hub(options);
        QVERIFY(hub.hub().emailPoller());
        QCOMPARE(poll(hub.hub()), QVariantList({3, 0, QString()}));

        ApiClient api(hub.url());
        const QString token = api.login(QStringLiteral("agent1"), TestHub::password());
        const QJsonArray conversations
            = api.get(QStringLiteral("/api/v1/conversations?channel=email"), token).items();
        QCOMPARE(conversations.size(), 2);
        QJsonObject thread;
        QJsonObject other;
        for (const QJsonValue &c : conversations) {
            if (c[QLatin1String("subject")].toString() == QLatin1String("Where is my order?"))
                thread = c.toObject();
            else
                other = c.toObject();
        }
        QCOMPARE(thread[QLatin1String("external_thread_id")].toString(),
            QStringLiteral("<first@customer.example>"));
        const QJsonArray messages = api.get(QStringLiteral("/api/v1/conversations/%1/messages")
                                                .arg(thread[QLatin1String("id")].toInteger()),
                                           token)
                                        .items();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0][QLatin1String("body")].toString(), QStringLiteral("It has not come."));
        QCOMPARE(messages[1][QLatin1String("body")].toString(), QStringLiteral("Any news?"));
        const QJsonObject meta = messages[1][QLatin1String("channel_metadata")].toObject();
        QCOMPARE(meta[QLatin1String("message_id")].toString(),
            QStringLiteral("<second@customer.example>"));
        QCOMPARE(meta[QLatin1String("in_reply_to")].toString(),
            QStringLiteral("<first@customer.example>"));

        // The HTML mail: text as body, HTML kept, the attachment listed and downloadable.
        const QJsonArray html = api.get(QStringLiteral("/api/v1/conversations/%1/messages")
                                            .arg(other[QLatin1String("id")].toInteger()),
                                       token)
                                    .items();
        QCOMPARE(html.size(), 1);
        const QJsonObject message = html[0].toObject();
        QCOMPARE(message[QLatin1String("body")].toString(), QStringLiteral("Test"));
        QVERIFY(
            message[QLatin1String("body_html")].toString().contains(QStringLiteral("<p>Test</p>")));
        const QJsonArray attachments
            = message[QLatin1String("channel_metadata")][QLatin1String("attachments")].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0][QLatin1String("name")].toString(), QStringLiteral("LOGO.png"));
        QCOMPARE(attachments[0][QLatin1String("size")].toInt(), 3);
        QCOMPARE(attachments[0][QLatin1String("number")].toInt(), 1);
        const qint64 id = message[QLatin1String("id")].toInteger();
        const ApiReply file
            = api.get(QStringLiteral("/api/v1/messages/%1/attachments/1").arg(id), token);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, QByteArray::fromBase64("SNIP"));
        QCOMPARE(file.header("Content-Type"), QByteArray("application/octetstream"));
        QVERIFY(file.header("Content-Disposition").contains("LOGO.png"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/messages/%1/attachments/2").arg(id), token).status,
            404);
        QCOMPARE(
            api.get(QStringLiteral("/api/v1/messages/%1/attachments/1").arg(id), QString()).status,
            401);

        // Nothing new: nothing fetched. After a restart, still nothing: the UIDs were kept.
        QCOMPARE(drain(hub.hub()), QVariantList({0, 0, QString()}));
        hub.restart();
        QCOMPARE(poll(hub.hub()), QVariantList({0, 0, QString()}));
        append(box,
            mail(QStringLiteral("<third@customer.example>"), QStringLiteral("lea@customer.example"),
                QStringLiteral("Re: Where is my order?"), QStringLiteral("Found it, thanks."),
                QStringLiteral(
                    "References: <first@customer.example> <second@customer.example>\r\n")));
        QCOMPARE(drain(hub.hub()), QVariantList({1, 0, QString()}));
        QCOMPARE(api.get(QStringLiteral("/api/v1/conversations/%1/messages")
                             .arg(thread[QLatin1String("id")].toInteger()),
                        api.login(QStringLiteral("agent1"), TestHub::password()))
                     .items()
                     .size(),
            3);
    }

    void uidValidityChangeNeitherLosesNorRepeats()
    {
        const QString box = QStringLiteral("Validity");
        QString error;
        QVERIFY2(m_imap.command("CREATE " + box.toUtf8(), &error), qPrintable(error));
        const QByteArray a = mail(QStringLiteral("<a@v.example>"), QStringLiteral("v@v.example"),
            QStringLiteral("A"), QStringLiteral("first"));
        const QByteArray b = mail(QStringLiteral("<b@v.example>"), QStringLiteral("v@v.example"),
            QStringLiteral("B"), QStringLiteral("second"));
        append(box, a);
        append(box, b);
        TestHub::Options options;
        options.email = settings(box);
        TestHub hub(options);
        QCOMPARE(poll(hub.hub()), QVariantList({2, 0, QString()}));
        const QString key
            = Hub::ImapPoller::stateKey(m_imap.mailboxUrl(box), DovecotServer::user());
        const QStringList before = hub.hub().storage().metaValue(key).split(QLatin1Char(' '));
        QCOMPARE(before.value(1), QStringLiteral("2"));

        // The mailbox is made anew: a new UIDVALIDITY, the same two mails and one more.
        QVERIFY2(m_imap.command("DELETE " + box.toUtf8(), &error), qPrintable(error));
        QVERIFY2(m_imap.command("CREATE " + box.toUtf8(), &error), qPrintable(error));
        append(box, b);
        append(box, a);
        append(box,
            mail(QStringLiteral("<c@v.example>"), QStringLiteral("v@v.example"),
                QStringLiteral("C"), QStringLiteral("third")));
        QCOMPARE(drain(hub.hub()), QVariantList({1, 2, QString()}));
        const QStringList after = hub.hub().storage().metaValue(key).split(QLatin1Char(' '));
        QVERIFY(after.value(0) != before.value(0));
        QCOMPARE(after.value(1), QStringLiteral("3"));
    }

    void badMailIsSkippedOrKeptReadable()
    {
        const QString box = QStringLiteral("Bad");
        QString error;
        QVERIFY2(m_imap.command("CREATE " + box.toUtf8(), &error), qPrintable(error));
        append(box, readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/not_an_email.bin")));
        append(box, readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/corrupt_mime.eml")));
        append(box, readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/unknown_charset.eml")));
        // The same message twice in the mailbox is stored once.
        append(box, readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/iso-8859-2_8bit.eml")));
        append(box, readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/iso-8859-2_8bit.eml")));
        TestHub::Options options;
        options.email = settings(box);
        TestHub hub(options);
        QCOMPARE(poll(hub.hub()), QVariantList({3, 1, QString()}));

        ApiClient api(hub.url());
        const QString token = api.login(QStringLiteral("supervisor"), TestHub::password());
        QStringList bodies;
        for (const QJsonValue &c :
            api.get(QStringLiteral("/api/v1/conversations?channel=email"), token).items()) {
            for (const QJsonValue &m : api.get(QStringLiteral("/api/v1/conversations/%1/messages")
                                                   .arg(c[QLatin1String("id")].toInteger()),
                                              token)
                                           .items())
                bodies.append(m[QLatin1String("body")].toString());
        }
        bodies.sort();
        QCOMPARE(bodies,
            QStringList({QStringLiteral("Dzień dobry, gdzie jest moja przesyłka?"),
                QStringLiteral("Still readable."), QStringLiteral("The readable part.")}));
    }

    void sendsThroughSmtp()
    {
        capturedLog.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        Hub::EmailSettings s = settings(QStringLiteral("INBOX"));
        Hub::EmailSender sender(s);
        QCOMPARE(sender.channels(), QList<Domain::ChannelKind>({Domain::ChannelKind::Email}));
        const auto send = [&sender](const QString &to) {
            Hub::OutboundReply reply;
            reply.messageId = 1;
            reply.body = QStringLiteral("Your parcel left today.\nBest, Shop");
            reply.subject = QStringLiteral("Where is my order?");
            reply.recipient = Domain::Identity{0, Domain::IdentityKind::Email, to};
            reply.recipientName = QStringLiteral("Léa Martin");
            reply.threadId = QStringLiteral("<first@customer.example>");
            reply.inReplyToProviderId = QStringLiteral("<second@customer.example>");
            std::optional<Hub::SendOutcome> outcome;
            sender.send(reply, [&outcome](const Hub::SendOutcome &o) { outcome = o; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
                return Hub::SendOutcome{
                    Hub::SendOutcome::Status::Failed, {}, {}, QStringLiteral("no answer"), 0};
            return *outcome;
        };

        const Hub::SendOutcome sent = send(QStringLiteral("lea@customer.example"));
        QCOMPARE(int(sent.status), int(Hub::SendOutcome::Status::Sent));
        QVERIFY(m_smtp.waitForMessages(1));
        const SmtpSink::Received received = m_smtp.received().last();
        QCOMPARE(received.envelope[QLatin1String("login")].toString(), SmtpSink::user());
        QCOMPARE(received.envelope[QLatin1String("mail_from")].toString(),
            QStringLiteral("support@shop.example"));
        QCOMPARE(received.envelope[QLatin1String("rcpt_tos")].toArray(),
            QJsonArray({QStringLiteral("lea@customer.example")}));
        QString error;
        const auto parsed = Hub::MimeParser::parse(received.data, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->messageId, sent.providerMessageId);
        QCOMPARE(
            sent.channelMetadata[QLatin1String("message_id")].toString(), sent.providerMessageId);
        QCOMPARE(parsed->inReplyTo, QStringLiteral("<second@customer.example>"));
        QCOMPARE(parsed->references,
            QStringList({QStringLiteral("<first@customer.example>"),
                QStringLiteral("<second@customer.example>")}));
        QCOMPARE(sent.channelMetadata[QLatin1String("references")].toArray().size(), 2);
        QCOMPARE(parsed->subject, QStringLiteral("Re: Where is my order?"));
        QCOMPARE(parsed->text, QStringLiteral("Your parcel left today.\nBest, Shop"));

        const Hub::SendOutcome refused = send(QStringLiteral("refuse@customer.example"));
        QCOMPARE(int(refused.status), int(Hub::SendOutcome::Status::Failed));
        QVERIFY2(refused.reason.contains(QStringLiteral("550")), qPrintable(refused.reason));
        const Hub::SendOutcome later = send(QStringLiteral("later@customer.example"));
        QCOMPARE(int(later.status), int(Hub::SendOutcome::Status::Retry));
        QVERIFY2(later.reason.contains(QStringLiteral("451")), qPrintable(later.reason));
        QCOMPARE(m_smtp.received().size(), 1);

        // A wrong password and a server that is not there: try again later.
        Hub::EmailSettings wrong = s;
        wrong.smtpPassword = QStringLiteral("not the password 42");
        Hub::EmailSender wrongSender(wrong);
        std::optional<Hub::SendOutcome> denied;
        Hub::OutboundReply reply;
        reply.body = QStringLiteral("x");
        reply.recipient = Domain::Identity{
            0, Domain::IdentityKind::Email, QStringLiteral("lea@customer.example")};
        wrongSender.send(reply, [&denied](const Hub::SendOutcome &o) { denied = o; });
        QVERIFY(QTest::qWaitFor([&] { return denied.has_value(); }, 30000));
        QCOMPARE(int(denied->status), int(Hub::SendOutcome::Status::Retry));
        QVERIFY(!denied->reason.contains(wrong.smtpPassword));

        Hub::EmailSettings gone = s;
        gone.smtpUrl.setPort(freeLoopbackPortForTest());
        Hub::EmailSender goneSender(gone);
        std::optional<Hub::SendOutcome> unreachable;
        goneSender.send(reply, [&unreachable](const Hub::SendOutcome &o) { unreachable = o; });
        QVERIFY(QTest::qWaitFor([&] { return unreachable.has_value(); }, 30000));
        QCOMPARE(int(unreachable->status), int(Hub::SendOutcome::Status::Retry));

        // A bad IMAP password: the round reports it, the log names no password.
        TestHub::Options options;
        options.email = settings(QStringLiteral("INBOX"));
        options.email.imapPassword = QStringLiteral("wrong imap password 13");
        TestHub hub(options);
        const QVariantList round = poll(hub.hub());
        qInstallMessageHandler(previous);
        QCOMPARE(round.size(), 3);
        QVERIFY(!round.at(2).toString().isEmpty());
        const QString log = capturedLog.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("fetch failed")), qPrintable(log));
        for (const QString &secret : {options.email.imapPassword, options.email.smtpPassword,
                 wrong.smtpPassword, DovecotServer::password()})
            QVERIFY2(!log.contains(secret), qPrintable(log));
    }

    void configurationFileAndEnvironment()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(QStringLiteral("hub.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[email]\nimap_urls = \"imaps://mail.example.com/INBOX, "
                  "imap://127.0.0.1:1143/Support\"\n"
                  "imap_user = support\nimap_password = from-file\npoll_seconds = 30\n"
                  "smtp_url = smtps://mail.example.com:465\nsmtp_user = support\n"
                  "from_address = support@example.com\nfrom_name = \"Example Support\"\n"
                  "allow_plain = true\nca_file = ca.pem\n");
        ini.close();
        qputenv("SWITCHBOARD_SMTP_PASSWORD", "from-environment");
        Hub::HubConfig config;
        QString error;
        QVERIFY2(config.loadFile(ini.fileName(), &error), qPrintable(error));
        QVERIFY2(config.loadEnvironment(&error), qPrintable(error));
        qunsetenv("SWITCHBOARD_SMTP_PASSWORD");
        QCOMPARE(config.email.imapUrls.size(), 2);
        QCOMPARE(config.email.imapUrls.at(1).port(), 1143);
        QCOMPARE(config.email.imapPassword, QStringLiteral("from-file"));
        QCOMPARE(config.email.smtpPassword, QStringLiteral("from-environment"));
        QCOMPARE(config.email.pollSeconds, 30);
        QCOMPARE(config.email.fromName, QStringLiteral("Example Support"));
        QCOMPARE(config.email.caFile, dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(config.email.allowPlain);
        QVERIFY(config.email.imapConfigured() && config.email.smtpConfigured());

        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write("[email]\nimap_urls = imaps://user:pw@mail.example.com/INBOX\n");
        ini.close();
        Hub::HubConfig bad;
        QVERIFY(!bad.loadFile(ini.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("email/imap_urls")));
        QVERIFY(!error.contains(QStringLiteral(":pw@")));
    }

private:
    static quint16 freeLoopbackPortForTest();
};

quint16 TestEmailChannel::freeLoopbackPortForTest()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QTEST_GUILESS_MAIN(TestEmailChannel)
#include "tst_email_channel.moc"
