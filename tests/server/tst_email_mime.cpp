// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading email: real messages from mail libraries' test suites (tests/fixtures/wire) and our
// own samples in charsets they lack (tests/fixtures/email-samples); writing replies.
#include "channels/email/EmailComposer.h"
#include "channels/email/MimeCodec.h"
#include "channels/email/MimeParser.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Hub;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

MimeMessage wire(const char *name)
{
    QString error;
    const auto message = MimeParser::parse(
        readFile(QStringLiteral(SWITCHBOARD_WIRE_FIXTURES "/") + QLatin1String(name)), &error);
    if (!message)
        qFatal("%s: %s", name, qPrintable(error));
    return *message;
}

MimeMessage sample(const char *name)
{
    QString error;
    const auto message = MimeParser::parse(
        readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/") + QLatin1String(name)), &error);
    if (!message)
        qFatal("%s: %s", name, qPrintable(error));
    return *message;
}

} // namespace

class TestEmailMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternativeQuotedPrintableLatin1()
    {
        const MimeMessage m = wire("email_multipart_alternative_html_qp_iso8859-1.eml");
        QCOMPARE(m.subject, QStringLiteral("Nicolas Fouché has accepted your invitation to Gmail"));
        QCOMPARE(m.messageId, QStringLiteral("<89d7557c0506280102495d555f@mail.gmail.com>"));
        QCOMPARE(m.from.address, QStringLiteral("gmail-noreply@google.com"));
        QCOMPARE(m.from.name, QStringLiteral("Gmail Team"));
        QCOMPARE(m.to.size(), 1);
        QCOMPARE(m.to.first().name, QStringLiteral("Nicolas Fouché"));
        QCOMPARE(m.replyTo.first().address, QStringLiteral("x.y@gmail.com"));
        QCOMPARE(m.date, QDateTime(QDate(2005, 6, 28), QTime(8, 2, 11), Qt::UTC));
        // Soft line breaks joined, =E9 decoded, and only one text/plain (the alternative's).
        QVERIFY(m.text.startsWith(QStringLiteral(
            "Nicolas Fouché has accepted your invitation to Gmail and has chosen the \nbrand new")));
        QVERIFY(m.text.endsWith(QStringLiteral("The Gmail Team")));
        QVERIFY(m.html.startsWith(QStringLiteral("<html>")));
        QVERIFY(m.html.contains(QStringLiteral("<font face=\"Arial, Helvetica, sans-serif\">")));
        QVERIFY(m.html.contains(QStringLiteral("Nicolas Fouché has accepted")));
        QVERIFY(m.attachments.isEmpty());
        QVERIFY(m.problems.isEmpty());
    }

    void mixedWithAlternativeAndAttachment()
    {
        const MimeMessage m = wire("email_mixed_alternative_html_plus_attachment.eml");
        QCOMPARE(m.text, QStringLiteral("Test"));
        QVERIFY(m.html.contains(QStringLiteral("<p>Test</p>")));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("LOGO.png"));
        QCOMPARE(m.attachments.first().contentType, QStringLiteral("application/octetstream"));
        QCOMPARE(m.attachments.first().contentId, QStringLiteral("LOGO.png"));
        QCOMPARE(m.attachments.first().data, QByteArray::fromBase64("SNIP"));
        QVERIFY(!m.attachments.first().inlinePart);
    }

    void pdfAttachmentAndUtf8Subject()
    {
        const MimeMessage m = wire("email_multipart_mixed_pdf_attachment.eml");
        QCOMPARE(m.subject, QStringLiteral("Another PDF with 🎉 Unicode chars in it 🍿"));
        QVERIFY(m.text.startsWith(QStringLiteral("Just attaching another PDF, here, to see what "
                                                 "the message looks like,\nand to se")));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("broken.pdf"));
        QCOMPARE(m.attachments.first().contentType, QStringLiteral("application/pdf"));
        QCOMPARE(m.attachments.first().data.size(), 1026);
        QVERIFY(m.attachments.first().data.startsWith("%PDF-1.4"));
    }

    void replyThreadingHeaders()
    {
        const MimeMessage m = wire("email_reply_in_reply_to_references.eml");
        QCOMPARE(m.subject, QStringLiteral("Re: Test reply email"));
        QCOMPARE(m.messageId, QStringLiteral("<473FFE27.20003@xxx.org>"));
        QCOMPARE(m.inReplyTo, QStringLiteral("<348F04F142D69C21-291E56D292BC@xxxx.net>"));
        QCOMPARE(m.references,
            QStringList({QStringLiteral("<473FF3B8.9020707@xxx.org>"),
                QStringLiteral("<348F04F142D69C21-291E56D292BC@xxxx.net>")}));
        QCOMPARE(m.text, QStringLiteral("Message body"));
    }

    void japaneseIso2022AndShiftJis()
    {
        const MimeMessage jis = wire("email_charset_iso-2022-jp.eml");
        QCOMPARE(jis.subject, QStringLiteral("まみむめも"));
        QCOMPARE(jis.to.first().name, QStringLiteral("みける"));
        QCOMPARE(jis.text, QStringLiteral("すみません。"));

        const MimeMessage sjis = wire("email_charset_shift_jis_8bit.eml");
        QCOMPARE(sjis.text,
            QStringLiteral("あいうえお\n\nこのメールはテスト用のメールです。\n\n"
                           "今後ともよろしくお願い申し上げます！"));

        const MimeMessage sjisHeaders = sample("shift_jis_headers_base64.eml");
        QCOMPARE(sjisHeaders.from.name, QStringLiteral("山田太郎"));
        QCOMPARE(sjisHeaders.subject, QStringLiteral("注文の確認"));
        QCOMPARE(sjisHeaders.text, QStringLiteral("ご注文ありがとうございます。"));

        const MimeMessage jisHeaders = sample("iso-2022-jp_subject.eml");
        QCOMPARE(jisHeaders.from.name, QStringLiteral("鈴木"));
        QCOMPARE(jisHeaders.subject, QStringLiteral("返品について"));
        QCOMPARE(jisHeaders.text, QStringLiteral("返品をお願いします。"));
    }

    void utf8Headers()
    {
        const MimeMessage m = wire("email_rfc6532_utf8_headers.eml");
        QCOMPARE(m.from.name, QStringLiteral("Jöhn Doe"));
        QCOMPARE(m.from.address, QStringLiteral("jdöe@mächine.example"));
        QCOMPARE(m.to.first().address, QStringLiteral("märy@exämple.net"));
        QCOMPARE(m.subject, QStringLiteral("Säying Hello"));
        QCOMPARE(m.text, QStringLiteral("body"));
    }

    void europeanCharsets()
    {
        const MimeMessage cp1252 = sample("windows-1252_quoted_printable.eml");
        QCOMPARE(cp1252.from.name, QStringLiteral("Françoise Müller"));
        QCOMPARE(cp1252.subject, QStringLiteral("Facture € “ réclamation"));
        QCOMPARE(cp1252.text, QStringLiteral("Le montant de 120 € est “faux”.\nMerci, Françoise"));

        const MimeMessage latin2 = sample("iso-8859-2_8bit.eml");
        QCOMPARE(latin2.from.name, QStringLiteral("Łukasz Żółć"));
        QCOMPARE(latin2.subject, QStringLiteral("Zamówienie nr 42"));
        QCOMPARE(latin2.text, QStringLiteral("Dzień dobry, gdzie jest moja przesyłka?"));
    }

    void unknownCharsetIsKeptNotGarbled()
    {
        const MimeMessage m = sample("unknown_charset.eml");
        // The encoded word stays as written rather than being guessed at.
        QCOMPARE(m.subject, QStringLiteral("=?x-no-such-charset?Q?caf=E9?= order"));
        QCOMPARE(m.text, QStringLiteral("The readable part."));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().data, QByteArray("caf\xe9 \xff\xfe"));
        QCOMPARE(m.problems.size(), 1);
        QVERIFY(m.problems.first().contains(QStringLiteral("x-no-such-charset")));
    }

    void corruptMime()
    {
        const MimeMessage m = sample("corrupt_mime.eml");
        QCOMPARE(m.text, QStringLiteral("Still readable."));
        QCOMPARE(m.html, QStringLiteral("<p>Half <b>an</b> HTML part"));
        // The PDF that is no base64 is dropped, not stored as garbage.
        QVERIFY(m.attachments.isEmpty());
        QVERIFY(m.problems.join(QLatin1Char('|')).contains(QStringLiteral("x.pdf: invalid base64")));
        QVERIFY(m.problems.join(QLatin1Char('|')).contains(QStringLiteral("not closed")));

        QString error;
        QVERIFY(!MimeParser::parse(
            readFile(QStringLiteral(SWITCHBOARD_EMAIL_SAMPLES "/not_an_email.bin")), &error));
        QCOMPARE(error, QStringLiteral("no header section"));
        QVERIFY(!MimeParser::parse(QByteArray("Subject: hi\r\n\r\nno sender\r\n"), &error));
        QCOMPARE(error, QStringLiteral("no sender address (From)"));
    }

    void htmlOnlyBodyBecomesText()
    {
        const QByteArray raw = "From: a@example.org\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                               "<html><head><style>p {color: red}</style></head><body><p>Hello "
                               "&amp; welcome</p><script>alert&#40;1&#41;</script><p>Line&nbsp;two"
                               " &#8364;</p></body></html>";
        QString error;
        const auto m = MimeParser::parse(raw, &error);
        QVERIFY(m);
        QCOMPARE(m->text, QStringLiteral("Hello & welcome\nLine two €"));
        QVERIFY(m->html.startsWith(QStringLiteral("<html>")));
    }

    void encodedHeaderRoundTrip()
    {
        const QString long_ = QStringLiteral("ご注文の商品の返品と返金についてのお問い合わせ、"
                                             "よろしくお願いいたします 😀");
        const QByteArray encoded = MimeCodec::encodeHeader(long_);
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        QCOMPARE(MimeCodec::decodeHeader(QByteArray(encoded).replace("\r\n", "")), long_);
        QCOMPARE(MimeCodec::encodeHeader(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
    }

    void replyCarriesThreadingHeaders()
    {
        OutboundReply reply;
        reply.messageId = 7;
        reply.body = QStringLiteral("Bonjour Léa,\n.leading dot stays\n%1 end")
                         .arg(QString(90, QLatin1Char('x')));
        reply.subject = QStringLiteral("Commande n° 12");
        reply.recipient = Domain::Identity{0, Domain::IdentityKind::Email, QStringLiteral("lea@example.org")};
        reply.recipientName = QStringLiteral("Léa Martin");
        reply.threadId = QStringLiteral("<root@example.org>");
        reply.inReplyToProviderId = QStringLiteral("<second@example.org>");
        reply.inReplyToMetadata.insert(QLatin1String("references"),
            QJsonArray{QStringLiteral("<root@example.org>"), QStringLiteral("<first-reply@shop.example>")});
        EmailSettings settings;
        settings.fromAddress = QStringLiteral("support@shop.example");
        settings.fromName = QStringLiteral("Shop Support");
        const ComposedEmail email = EmailComposer::compose(reply, settings, QDateTime::currentDateTimeUtc());
        QVERIFY(email.messageId.startsWith(QLatin1Char('<')));
        QVERIFY(email.messageId.endsWith(QStringLiteral("@shop.example>")));

        QString error;
        const auto parsed = MimeParser::parse(email.data, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->messageId, email.messageId);
        QCOMPARE(parsed->subject, QStringLiteral("Re: Commande n° 12"));
        QCOMPARE(parsed->inReplyTo, QStringLiteral("<second@example.org>"));
        QCOMPARE(parsed->references,
            QStringList({QStringLiteral("<root@example.org>"), QStringLiteral("<first-reply@shop.example>"),
                QStringLiteral("<second@example.org>")}));
        QCOMPARE(parsed->to.first().name, QStringLiteral("Léa Martin"));
        QCOMPARE(parsed->to.first().address, QStringLiteral("lea@example.org"));
        QCOMPARE(parsed->from.name, QStringLiteral("Shop Support"));
        QCOMPARE(parsed->text, reply.body);
        for (const QByteArray &line : email.data.split('\n'))
            QVERIFY(line.size() <= 78);

        QCOMPARE(EmailComposer::replySubject(QStringLiteral("RE: already")), QStringLiteral("RE: already"));
    }
};

QTEST_GUILESS_MAIN(TestEmailMime)
#include "tst_email_mime.moc"
