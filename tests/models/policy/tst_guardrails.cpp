// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reply guardrails: each detector's checks (Luhn, mod-97, groupings, UTF-16 offsets), the
// severity per channel visibility, the config codec, custom rules, brand contacts, masking, and
// the labelled corpus (every line parses; recall on blocking kinds and precision overall meet the
// issue's targets).
#include "GuardrailsCorpus.h"
#include "policy/Checksums.h"
#include "policy/Masking.h"
#include "policy/ReplyPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Policy;
using Domain::ChannelKind;

namespace {

const QString CorpusDir = QStringLiteral(SWITCHBOARD_GUARDRAILS_CORPUS);

QStringList kindsOf(const CheckResult &result)
{
    QStringList out;
    for (const Finding &f : result.findings)
        out.append(f.kind);
    return out;
}

PolicyConfig corpusConfig()
{
    QFile file(CorpusDir + QStringLiteral("/policy.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus policy");
    QString error;
    const auto config = PolicyConfig::fromJson(file.readAll(), &error);
    if (!config)
        qFatal("corpus policy: %s", qPrintable(error));
    return *config;
}

} // namespace

class GuardrailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksums();
    void cardGroupings_data();
    void cardGroupings();
    void cardLookAlikes_data();
    void cardLookAlikes();
    void ibans();
    void utf16Offsets();
    void masking();
    void logsAreMasked();
    void visibilityRules();
    void secretsInFourLanguages_data();
    void secretsInFourLanguages();
    void secretTalkIsAllowed_data();
    void secretTalkIsAllowed();
    void brandContacts();
    void wireFormat();
    void configRoundTrip();
    void configErrors_data();
    void configErrors();
    void customRules();
    void corpusParses();
    void corpusMeetsTargets();
};

void GuardrailsTest::checksums()
{
    QVERIFY(Checksums::luhn(u"4111111111111111"));
    QVERIFY(!Checksums::luhn(u"4111111111111112"));
    QVERIFY(!Checksums::luhn(u"4111x11111111111"));
    QVERIFY(Checksums::ibanMod97(u"DE89370400440532013000"));
    QVERIFY(!Checksums::ibanMod97(u"DE89370400440532013001"));
    QVERIFY(Checksums::ibanMod97(u"GB82WEST12345698765432"));
    QVERIFY(Checksums::abaRouting(u"021000021"));
    QVERIFY(!Checksums::abaRouting(u"021000022"));
    QVERIFY(Checksums::ribKey(u"30006", u"00001", u"12345678901", u"89"));
    QVERIFY(!Checksums::ribKey(u"30006", u"00001", u"12345678901", u"88"));
    QVERIFY(Checksums::spanishCcc(u"2100", u"0418", u"45", u"0200051332"));
    QVERIFY(!Checksums::spanishCcc(u"2100", u"0418", u"46", u"0200051332"));
}

void GuardrailsTest::cardGroupings_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("compact") << QStringLiteral("4111111111111111");
    QTest::newRow("spaces") << QStringLiteral("4111 1111 1111 1111");
    QTest::newRow("dashes") << QStringLiteral("4111-1111-1111-1111");
    QTest::newRow("dots") << QStringLiteral("4111.1111.1111.1111");
    QTest::newRow("amex 4-6-5") << QStringLiteral("3782 822463 10005");
    QTest::newRow("diners 14") << QStringLiteral("3644 919232 7523");
    QTest::newRow("visa 13") << QStringLiteral("4487740000091");
    QTest::newRow("visa 19") << QStringLiteral("4011 9252 0002 0101 953");
    QTest::newRow("mastercard 2-series") << QStringLiteral("2221 6668 3645 0749");
}

void GuardrailsTest::cardGroupings()
{
    QFETCH(QString, number);
    const QString text = QStringLiteral("The card ") + number + QStringLiteral(" is on file.");
    const ReplyPolicy policy;
    for (ChannelKind channel : {ChannelKind::Email, ChannelKind::XPost}) {
        const CheckResult result = policy.check(channel, text);
        QCOMPARE(kindsOf(result), QStringList{QString(FindingKind::CardNumber)});
        QCOMPARE(result.findings.at(0).start, 9);
        QCOMPARE(result.findings.at(0).end, 9 + number.size());
        QCOMPARE(result.verdict, Verdict::Block);
    }
    // A security code typed right after the number must not hide it.
    const CheckResult withCvv = policy.check(ChannelKind::Email, number + QStringLiteral(" 123"));
    QCOMPARE(kindsOf(withCvv), QStringList{QString(FindingKind::CardNumber)});
    QCOMPARE(withCvv.findings.at(0).end, number.size());
}

void GuardrailsTest::cardLookAlikes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("fails luhn") << QStringLiteral("voucher 4111 1111 1111 1112 applied");
    QTest::newRow("no network") << QStringLiteral("ticket 9111 1111 1111 1113 escalated");
    QTest::newRow("too long") << QStringLiteral("tracking 9400 1000 0000 0000 0000 00");
    QTest::newRow("glued to letters") << QStringLiteral("ref AB4111111111111111");
    QTest::newRow("iban digits") << QStringLiteral("DE89 3704 0044 0532 0130 00");
    QTest::newRow("masked") << QStringLiteral("card 411111******1111");
}

void GuardrailsTest::cardLookAlikes()
{
    QFETCH(QString, text);
    const CheckResult result = ReplyPolicy().check(ChannelKind::Email, text);
    QVERIFY2(result.findings.isEmpty(), qPrintable(kindsOf(result).join(u',')));
    QCOMPARE(result.verdict, Verdict::Allow);
}

void GuardrailsTest::ibans()
{
    const ReplyPolicy policy;
    for (const QString &iban :
        {QStringLiteral("DE89 3704 0044 0532 0130 00"), QStringLiteral("GB82WEST12345698765432"),
            QStringLiteral("fr14 2004 1010 0505 0001 3m02 606"),
            QStringLiteral("NL91-ABNA-0417-1643-00")}) {
        const CheckResult result = policy.check(ChannelKind::FacebookComment,
            QStringLiteral("Refund to ") + iban + QStringLiteral(", thanks."));
        QVERIFY2(kindsOf(result) == QStringList{QString(FindingKind::Iban)}, qPrintable(iban));
        QCOMPARE(result.findings.at(0).start, 10);
        QCOMPARE(result.findings.at(0).end, 10 + iban.size());
    }
    // Wrong check digits, wrong length for the country, unknown country.
    for (const QString &text : {QStringLiteral("ref DE89 3704 0044 0532 0130 01"),
             QStringLiteral("ref DE89 3704 0044 0532 0130"),
             QStringLiteral("ref QX89 3704 0044 0532 0130 00")}) {
        QVERIFY2(!kindsOf(policy.check(ChannelKind::FacebookComment, text))
                      .contains(QString(FindingKind::Iban)),
            qPrintable(text));
    }
}

void GuardrailsTest::utf16Offsets()
{
    // An emoji is two UTF-16 code units, "é" one: offsets count code units, not characters.
    const QString text
        = QStringLiteral(u"Café 🎉👍 Léa: 4111 1111 1111 1111 🙂 lea.r@gmail.com");
    const CheckResult result = ReplyPolicy().check(ChannelKind::InstagramComment, text);
    QCOMPARE(result.findings.size(), 2);
    const Finding &card = result.findings.at(0);
    QCOMPARE(card.kind, QString(FindingKind::CardNumber));
    QCOMPARE(card.start, int(text.indexOf(QStringLiteral("4111"))));
    QCOMPARE(card.start, 15);
    QCOMPARE(text.mid(card.start, card.end - card.start), QStringLiteral("4111 1111 1111 1111"));
    const Finding &email = result.findings.at(1);
    QCOMPARE(email.kind, QString(FindingKind::Email));
    QCOMPARE(text.mid(email.start, email.end - email.start), QStringLiteral("lea.r@gmail.com"));
}

void GuardrailsTest::masking()
{
    QCOMPARE(Masking::maskCardNumbers(QStringLiteral("card 4111 1111 1111 1111 ok")),
        QStringLiteral("card 4111 11** **** 1111 ok"));
    QCOMPARE(Masking::maskCardNumbers(QStringLiteral("5555-5555-5555-4444")),
        QStringLiteral("5555-55**-****-4444"));
    QCOMPARE(Masking::maskCardNumbers(QStringLiteral("Amex 3782 822463 10005.")),
        QStringLiteral("Amex 3782 82**** *0005."));
    QCOMPARE(Masking::maskCardNumbers(QStringLiteral("4111111111111111 and 5105105105105100")),
        QStringLiteral("411111******1111 and 510510******5100"));
    // Look-alikes stay as they are, and masked text is not masked again.
    const QString plain = QStringLiteral("order 4111 1111 1111 1112, call 020 7946 0958");
    QCOMPARE(Masking::maskCardNumbers(plain), plain);
    const QString masked = QStringLiteral("4111 11** **** 1111");
    QCOMPARE(Masking::maskCardNumbers(masked), masked);
}

namespace {
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}
} // namespace

void GuardrailsTest::logsAreMasked()
{
    // The filter wraps whatever handler was there before: here one that keeps the lines.
    const QtMessageHandler testLib = qInstallMessageHandler(captureLog);
    Masking::installLogFilter();
    qWarning("payment with 4111 1111 1111 1111 failed");
    qInfo() << "order 4111 1111 1111 1112 shipped";
    qInstallMessageHandler(testLib);
    QCOMPARE(capturedLog,
        QStringList({QStringLiteral("payment with 4111 11** **** 1111 failed"),
            QStringLiteral("order 4111 1111 1111 1112 shipped")}));
}

void GuardrailsTest::visibilityRules()
{
    const ReplyPolicy policy;
    struct Case
    {
        QString text;
        QLatin1StringView kind;
        std::optional<Severity> onPublic;
        std::optional<Severity> onPrivate;
    };
    const QList<Case> cases = {
        {QStringLiteral("card 4111 1111 1111 1111"), FindingKind::CardNumber, Severity::Block,
            Severity::Block},
        {QStringLiteral("Your new PIN is 4821."), FindingKind::Secret, Severity::Block,
            Severity::Block},
        {QStringLiteral("to DE89 3704 0044 0532 0130 00"), FindingKind::Iban, Severity::Block,
            std::nullopt},
        {QStringLiteral("SSN 123-45-6789"), FindingKind::UsSsn, Severity::Block, std::nullopt},
        {QStringLiteral("NI number AB123456C"), FindingKind::UkNino, Severity::Block, std::nullopt},
        {QStringLiteral("passport number 533401372"), FindingKind::Passport, Severity::Block,
            std::nullopt},
        {QStringLiteral("licence MORGA753116SM9IJ"), FindingKind::DrivingLicence, Severity::Block,
            std::nullopt},
        {QStringLiteral("date of birth 14/03/1987"), FindingKind::DateOfBirth, Severity::Block,
            std::nullopt},
        {QStringLiteral("sorry about your diabetes"), FindingKind::Health, Severity::Block,
            std::nullopt},
        {QStringLiteral("sort code 20-00-00, account 55779911"), FindingKind::BankAccount,
            Severity::Block, std::nullopt},
        {QStringLiteral("mail anna@gmail.com"), FindingKind::Email, Severity::Warn, std::nullopt},
        {QStringLiteral("call 07700 900123"), FindingKind::Phone, Severity::Warn, std::nullopt},
        {QStringLiteral("to 42 Elm Road, Bristol BS8 1TH"), FindingKind::PostalAddress,
            Severity::Warn, std::nullopt},
    };
    for (const Case &c : cases) {
        for (ChannelKind channel : Domain::allChannelKinds()) {
            const CheckResult result = policy.check(channel, c.text);
            const bool isPublic = Domain::visibilityOf(channel) == Domain::Visibility::Public;
            QCOMPARE(result.visibility, Domain::visibilityOf(channel));
            const std::optional<Severity> expected = isPublic ? c.onPublic : c.onPrivate;
            if (!expected) {
                QVERIFY2(result.findings.isEmpty(), qPrintable(c.text));
                QCOMPARE(result.verdict, Verdict::Allow);
                continue;
            }
            QVERIFY2(kindsOf(result) == QStringList{QString(c.kind)}, qPrintable(c.text));
            QCOMPARE(result.findings.at(0).severity, *expected);
            QCOMPARE(result.verdict, *expected == Severity::Block ? Verdict::Block : Verdict::Warn);
        }
    }
}

void GuardrailsTest::secretsInFourLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("en password") << QStringLiteral("Your temporary password is Summer2024!")
                                 << QStringLiteral("Summer2024!");
    QTest::newRow("en reversed") << QStringLiteral("902114 is your login code.")
                                 << QStringLiteral("902114");
    QTest::newRow("en use as") << QStringLiteral("Use 482913 as your verification code.")
                               << QStringLiteral("482913");
    QTest::newRow("en answer") << QStringLiteral("The answer to your security question is \"Rex\".")
                               << QStringLiteral("Rex");
    QTest::newRow("de") << QStringLiteral("Ihr neues Passwort lautet: Hx7!pQ2w.")
                        << QStringLiteral("Hx7!pQ2w");
    QTest::newRow("de code") << QStringLiteral("Geben Sie den Code 550921 ein.")
                             << QStringLiteral("550921");
    QTest::newRow("fr") << QStringLiteral("Votre code PIN est 5162.") << QStringLiteral("5162");
    QTest::newRow("fr answer") << QStringLiteral(
        "La réponse à votre question secrète est « Médor ».")
                               << QStringLiteral("Médor");
    QTest::newRow("es") << QStringLiteral("Tu contraseña temporal es Verano2024$")
                        << QStringLiteral("Verano2024$");
    QTest::newRow("es otp") << QStringLiteral("Código de un solo uso: 660318")
                            << QStringLiteral("660318");
}

void GuardrailsTest::secretsInFourLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const CheckResult result = ReplyPolicy().check(ChannelKind::Sms, text);
    QCOMPARE(kindsOf(result), QStringList{QString(FindingKind::Secret)});
    const Finding &f = result.findings.at(0);
    QCOMPARE(text.mid(f.start, f.end - f.start), value);
}

void GuardrailsTest::secretTalkIsAllowed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("never ask") << QStringLiteral("We will never ask for your password or PIN.");
    QTest::newRow("case") << QStringLiteral("Your password is case-sensitive.");
    QTest::newRow("enter") << QStringLiteral("Please enter the one-time code we texted you.");
    QTest::newRow("discount") << QStringLiteral("Use the discount code SAVE20 at checkout.");
    QTest::newRow("error") << QStringLiteral("Error code 404 means the page moved.");
    QTest::newRow("postal") << QStringLiteral("The postal code 10115 is in our zone.");
    QTest::newRow("de") << QStringLiteral("Ihr Passwort ist falsch geschrieben.");
    QTest::newRow("fr") << QStringLiteral("Le code promo ETE10 vous donne 10 % de réduction.");
    QTest::newRow("es") << QStringLiteral("Tu contraseña es incorrecta, revisa las mayúsculas.");
}

void GuardrailsTest::secretTalkIsAllowed()
{
    QFETCH(QString, text);
    const CheckResult result = ReplyPolicy().check(ChannelKind::Email, text);
    QVERIFY2(result.findings.isEmpty(), qPrintable(kindsOf(result).join(u',')));
}

void GuardrailsTest::brandContacts()
{
    PolicyConfig config;
    config.brand.emails = {QStringLiteral("help@brand.example")};
    config.brand.domains = {QStringLiteral("northwind.example")};
    config.brand.phones = {QStringLiteral("+44 20 7946 0958")};
    config.brand.addresses = {QStringLiteral("Unit 4, 12 Dock Road, London E16 1AA")};
    const ReplyPolicy policy(config);
    const QString own = QStringLiteral(
        "Write to HELP@brand.example or orders@shop.northwind.example, call 020 7946 0958 or "
        "+44 (0)20 7946 0958, or visit 12 Dock Road, London E16 1AA.");
    const CheckResult result = policy.check(ChannelKind::FacebookComment, own);
    QVERIFY2(result.findings.isEmpty(), qPrintable(kindsOf(result).join(u',')));
    QCOMPARE(result.verdict, Verdict::Allow);
    // Look-alike domains and other numbers are not the brand's.
    const CheckResult other = policy.check(ChannelKind::FacebookComment,
        QStringLiteral("Write to a@northwind.example.evil.com or call 020 7946 0321."));
    QCOMPARE(
        kindsOf(other), (QStringList{QString(FindingKind::Email), QString(FindingKind::Phone)}));
}

void GuardrailsTest::wireFormat()
{
    const CheckResult result = ReplyPolicy().check(
        ChannelKind::XPost, QStringLiteral("Card 4111 1111 1111 1111, mail me@gmail.com"));
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("visibility")).toString(), QStringLiteral("public"));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("block"));
    const QJsonArray findings = json.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject card = findings.at(0).toObject();
    QCOMPARE(card.keys(),
        (QStringList{QStringLiteral("end"), QStringLiteral("kind"), QStringLiteral("message"),
            QStringLiteral("severity"), QStringLiteral("start")}));
    QCOMPARE(card.value(QLatin1String("kind")).toString(), QStringLiteral("card_number"));
    QCOMPARE(card.value(QLatin1String("severity")).toString(), QStringLiteral("block"));
    QCOMPARE(card.value(QLatin1String("start")).toInt(), 5);
    QCOMPARE(card.value(QLatin1String("end")).toInt(), 24);
    QCOMPARE(findings.at(1).toObject().value(QLatin1String("severity")).toString(),
        QStringLiteral("warn"));
    const QJsonObject allow
        = ReplyPolicy().check(ChannelKind::Sms, QStringLiteral("Thanks!")).toJson();
    QCOMPARE(allow.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
    QCOMPARE(allow.value(QLatin1String("verdict")).toString(), QStringLiteral("allow"));
    QVERIFY(allow.value(QLatin1String("findings")).toArray().isEmpty());
}

void GuardrailsTest::configRoundTrip()
{
    const QByteArray json = R"({
        "brand": {"emails": ["support@northwind.example"], "domains": ["northwind.example"],
                  "phones": ["+44 20 7946 0958"], "addresses": ["12 Dock Road, London"]},
        "rules": [
            {"id": "competitors", "name": "Competitor names", "type": "words",
             "words": ["Acme", "Globex"], "severity": "warn", "channels": ["x_post"]},
            {"id": "refund-promise", "name": "Refund promises", "type": "regex",
             "pattern": "(?i)guaranteed\\s+refund", "severity": "block", "channels": []}
        ]})";
    QString error;
    const auto config = PolicyConfig::fromJson(json, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->rules.size(), 2);
    QCOMPARE(config->rules.at(0).type, CustomRule::Type::Words);
    QCOMPARE(config->rules.at(0).channels, QList<ChannelKind>{ChannelKind::XPost});
    QCOMPARE(config->rules.at(1).severity, Severity::Block);
    const QByteArray written = QJsonDocument(config->toJson()).toJson();
    const auto again = PolicyConfig::fromJson(written, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *config);
}

void GuardrailsTest::configErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad regex") << QByteArray(
        R"({"rules": [{"id": "r", "name": "Broken", "type": "regex",
                      "pattern": "(unclosed", "severity": "warn"}]})")
                               << QStringLiteral(
                                      "rule 1 (\"Broken\"): invalid regular expression at offset");
    QTest::newRow("empty match") << QByteArray(
        R"({"rules": [{"id": "r", "type": "regex", "pattern": "a*", "severity": "warn"}]})")
                                 << QStringLiteral("matches empty text");
    QTest::newRow("type") << QByteArray(
        R"({"rules": [{"id": "r", "type": "glob", "severity": "warn"}]})")
                          << QStringLiteral("unknown type \"glob\"");
    QTest::newRow("severity") << QByteArray(
        R"({"rules": [{"id": "r", "type": "words", "words": ["x"], "severity": "stop"}]})")
                              << QStringLiteral("unknown severity \"stop\"");
    QTest::newRow("channel") << QByteArray(
        R"({"rules": [{"id": "r", "type": "words", "words": ["x"], "severity": "warn",
                      "channels": ["fax"]}]})")
                             << QStringLiteral("unknown channel \"fax\"");
    QTest::newRow("unknown brand list") << QByteArray(R"({"brand": {"faxes": ["+44 1"]}})")
                                        << QStringLiteral("brand: unknown list \"faxes\"");
    QTest::newRow("no words") << QByteArray(
        R"({"rules": [{"id": "r", "type": "words", "words": [], "severity": "warn"}]})")
                              << QStringLiteral("at least one word");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"rules": [{"id": "r", "type": "words", "words": ["x"], "severity": "warn"},
                      {"id": "r", "type": "words", "words": ["y"], "severity": "warn"}]})")
                                  << QStringLiteral("rule 2: another rule has the same id");
    QTest::newRow("brand") << QByteArray(R"({"brand": {"emails": "a@b.example"}})")
                           << QStringLiteral("brand.emails: expected a list");
    QTest::newRow("not json") << QByteArray("{nope") << QString();
}

void GuardrailsTest::configErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!PolicyConfig::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void GuardrailsTest::customRules()
{
    PolicyConfig config;
    CustomRule words;
    words.id = QStringLiteral("competitors");
    words.name = QStringLiteral("Competitor names");
    words.type = CustomRule::Type::Words;
    words.words = {QStringLiteral("Acme"), QStringLiteral("Globex Corp")};
    words.severity = Severity::Warn;
    words.channels = {ChannelKind::XPost, ChannelKind::FacebookComment};
    CustomRule regex;
    regex.name = QStringLiteral("Refund promise");
    regex.pattern = QStringLiteral("(?i)guaranteed\\s+refund");
    regex.severity = Severity::Block;
    config.rules = {words, regex};
    const ReplyPolicy policy(config);

    const QString text
        = QStringLiteral("Unlike ACME and globex corp, a Guaranteed  refund! Acmeish.");
    const CheckResult onX = policy.check(ChannelKind::XPost, text);
    QCOMPARE(kindsOf(onX),
        (QStringList{QStringLiteral("custom:competitors"), QStringLiteral("custom:competitors"),
            QStringLiteral("custom:Refund promise")}));
    QCOMPARE(onX.findings.at(0).severity, Severity::Warn);
    QCOMPARE(text.mid(onX.findings.at(1).start, onX.findings.at(1).end - onX.findings.at(1).start),
        QStringLiteral("globex corp"));
    QCOMPARE(onX.findings.at(2).message, QStringLiteral("Refund promise"));
    QCOMPARE(onX.verdict, Verdict::Block);
    // The word list is limited to two channels; the regex applies everywhere.
    const CheckResult onEmail = policy.check(ChannelKind::Email, text);
    QCOMPARE(kindsOf(onEmail), QStringList{QStringLiteral("custom:Refund promise")});
}

void GuardrailsTest::corpusParses()
{
    QString error;
    const QList<CorpusEntry> entries
        = GuardrailsCorpus::read(CorpusDir + QStringLiteral("/guardrails.jsonl"), &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() >= 300);
    QSet<QString> languages;
    QSet<QString> ids;
    for (const CorpusEntry &entry : entries) {
        languages.insert(entry.language);
        QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
        ids.insert(entry.id);
        // The labelled verdict is what the issue's rules make of the labelled findings.
        QList<Finding> expected = entry.findings;
        for (Finding &f : expected) {
            const auto severity
                = ReplyPolicy::severityFor(f.kind, Domain::visibilityOf(entry.channel));
            QVERIFY2(severity, qPrintable(entry.id + QStringLiteral(" labels an allowed kind")));
            f.severity = *severity;
        }
        QVERIFY2(CheckResult::verdictOf(expected) == entry.verdict, qPrintable(entry.id));
    }
    QCOMPARE(languages,
        (QSet<QString>{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es")}));
}

void GuardrailsTest::corpusMeetsTargets()
{
    QString error;
    const QList<CorpusEntry> entries
        = GuardrailsCorpus::read(CorpusDir + QStringLiteral("/guardrails.jsonl"), &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    const auto eval = GuardrailsCorpus::evaluate(ReplyPolicy(corpusConfig()), entries);
    for (const QString &line : eval.mistakes)
        qInfo("%s", qPrintable(line));
    // The issue's targets: recall at least 0.98 on every blocking kind, precision at least 0.95
    // over all findings.
    for (QLatin1StringView kind :
        {FindingKind::CardNumber, FindingKind::Secret, FindingKind::Iban, FindingKind::BankAccount,
            FindingKind::UsSsn, FindingKind::UkNino, FindingKind::Passport,
            FindingKind::DrivingLicence, FindingKind::DateOfBirth, FindingKind::Health}) {
        const Score score = eval.perKind.value(QString(kind));
        QVERIFY2(score.found + score.missed > 0, qPrintable(QString(kind)));
        QVERIFY2(score.recall() >= 0.98,
            qPrintable(QStringLiteral("%1 recall %2").arg(kind).arg(score.recall())));
    }
    QVERIFY2(eval.overall.precision() >= 0.95,
        qPrintable(QStringLiteral("precision %1").arg(eval.overall.precision())));
}

QTEST_GUILESS_MAIN(GuardrailsTest)
#include "tst_guardrails.moc"
