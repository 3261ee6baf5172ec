// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook verifiers against values computed by the providers' documented algorithms: Twilio's
// worked example and twilio-python's vectors, and the X vectors derived over the wire fixtures.
#include "channels/twilio/TwilioWebhook.h"
#include "channels/x/XWebhook.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Switchboard;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SWITCHBOARD_WIRE_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing wire fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

using Params = QList<QPair<QString, QString>>;

} // namespace

class TestWebhookSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twilioSignaturesMatchTheDocumentedExamples()
    {
        // Twilio's worked example (docs: webhooks security).
        const QString url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
        Params documented{{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
            {QStringLiteral("Caller"), QStringLiteral("+12349013030")},
            {QStringLiteral("Digits"), QStringLiteral("1234")},
            {QStringLiteral("From"), QStringLiteral("+12349013030")},
            {QStringLiteral("To"), QStringLiteral("+18005551212")}};
        QCOMPARE(Hub::TwilioWebhook::signature("12345", url, documented),
            QByteArray("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));

        // twilio-python's vectors: the same with other numbers, repeated names, default ports.
        const QJsonObject v
            = QJsonDocument::fromJson(fixture(QStringLiteral("twilio_signature_test_vector.json")))
                  .object();
        const QByteArray token = v.value(QLatin1String("auth_token")).toString().toUtf8();
        QCOMPARE(v.value(QLatin1String("url")).toString(), url);
        Params params;
        const QJsonObject p = v.value(QLatin1String("params")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            params.append({it.key(), it.value().toString()});
        const auto expected
            = [&](const char *key) { return v.value(QLatin1String(key)).toString().toUtf8(); };
        QCOMPARE(Hub::TwilioWebhook::signature(token, url, params), expected("expected_signature"));
        const auto repeated = Hub::TwilioWebhook::parseForm(
            v.value(QLatin1String("duplicate_params_form")).toString().toUtf8());
        QVERIFY(repeated);
        QCOMPARE(repeated->size(), 4);
        QCOMPARE(Hub::TwilioWebhook::signature(token, url, *repeated),
            expected("duplicate_expected_signature"));
        // Signed with the default port written out, checked against the URL without it.
        QVERIFY(Hub::TwilioWebhook::signatureValid(
            token, url, params, expected("https_with_port_443_expected")));
        QVERIFY(Hub::TwilioWebhook::signatureValid(token,
            QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2"), params,
            expected("http_with_port_80_expected")));
        QVERIFY(!Hub::TwilioWebhook::signatureValid(token,
            QStringLiteral("http://mycompany.com/myapp.php?foo=1&bar=2"), params,
            expected("http_with_port_1234_expected")));
        QVERIFY(
            !Hub::TwilioWebhook::signatureValid({}, url, params, expected("expected_signature")));
    }

    void xSignaturesMatchTheDerivedVectors()
    {
        const QJsonObject vectors = fixtureObject(QStringLiteral("derived_signature_vectors.json"));
        const QJsonObject crc = vectors.value(QLatin1String("x_crc")).toObject();
        QCOMPARE(Hub::XWebhook::crcResponseToken(
                     crc.value(QLatin1String("consumer_secret")).toString().toUtf8(),
                     crc.value(QLatin1String("crc_token")).toString().toUtf8()),
            crc.value(QLatin1String("response_json"))
                .toObject()
                .value(QLatin1String("response_token"))
                .toString()
                .toUtf8());
        const QJsonObject body = vectors.value(QLatin1String("x_webhook_signature")).toObject();
        const QByteArray signature = body.value(QLatin1String("value")).toString().toUtf8();
        const QByteArray file = fixture(body.value(QLatin1String("body_file")).toString());
        QVERIFY(Hub::XWebhook::signatureValid("consumer_secret_example", file, signature));
        QVERIFY(!Hub::XWebhook::signatureValid(
            "consumer_secret_example", QByteArray(file + ' '), signature));
        QVERIFY(
            !Hub::XWebhook::signatureValid({}, file, Hub::XWebhook::crcResponseToken({}, file)));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignatures)
#include "tst_webhook_signatures.moc"
