// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckBenchmark.h"

#include <QElapsedTimer>
#include <algorithm>

namespace Switchboard::Policy {

namespace {

constexpr qsizetype ReplyLength = 1000;

// Pads a reply to exactly the benchmark's length with ordinary sentences of the same language.
QString sized(const QString &opening, const QString &filler, const QString &closing)
{
    QString text = opening;
    while (text.size() + filler.size() + closing.size() <= ReplyLength)
        text += filler;
    text += closing;
    while (text.size() < ReplyLength)
        text += u' ';
    return text.left(ReplyLength);
}

} // namespace

QList<CheckBenchmark::Variant> CheckBenchmark::variants()
{
    using Domain::ChannelKind;
    const QString en = QStringLiteral(
        "I've checked with the warehouse and the replacement boots will ship on Monday with "
        "next-day delivery at no extra cost. ");
    const QString de = QStringLiteral(
        "Wir haben mit dem Lager gesprochen, die Ersatzlieferung geht am Montag raus und kommt "
        "am nächsten Tag an. ");
    const QString fr = QStringLiteral(
        "Nous avons vérifié auprès de l'entrepôt : le colis de remplacement partira lundi en "
        "livraison express. ");
    return {
        {QStringLiteral("plain, public"), ChannelKind::FacebookComment,
            sized(QStringLiteral("Hi Sam, thanks so much for your patience! "), en,
                QStringLiteral("Have a lovely weekend 😊")),
            0, 0, 0},
        {QStringLiteral("plain, private"), ChannelKind::Email,
            sized(QStringLiteral("Hi Sam, thanks so much for your patience! "), en,
                QStringLiteral("Kind regards, Northwind support")),
            0, 0, 0},
        {QStringLiteral("contacts, public (de)"), ChannelKind::XPost,
            sized(QStringLiteral("@lena_k Hallo Frau Weber, wir rufen Sie unter +49 151 2345 6789 "
                                 "zurück und schreiben an lena.weber@gmx.de. "),
                de, QStringLiteral("Lieferung an Hauptstraße 12, 10115 Berlin.")),
            0, 0, 0},
        {QStringLiteral("card and PIN, private"), ChannelKind::WhatsApp,
            sized(QStringLiteral("Hi Priya, the card 4111 1111 1111 1111 is on file. "), en,
                QStringLiteral("Your new PIN is 4821.")),
            0, 0, 0},
        {QStringLiteral("bank and birth date, public (fr)"), ChannelKind::InstagramComment,
            sized(QStringLiteral("@camille.b Le remboursement part sur FR76 3000 6000 0112 3456 "
                                 "7890 189, date de naissance 23/08/1990. "),
                fr, QStringLiteral("Livraison au 12 rue de la Paix, 75002 Paris.")),
            0, 0, 0},
        {QStringLiteral("digits everywhere, public"), ChannelKind::FacebookComment,
            sized(QStringLiteral("Order #NW-558213, tracking 1Z999AA10123456784, invoice "
                                 "INV-2024-004512 for €1,299.00 on 2024-03-15 14:32. "),
                QStringLiteral("Item 7781-0093-2210 ×2 at 24,99 €, ref 4400 1234 5678 9010; "),
                QStringLiteral("Thanks!")),
            0, 0, 0},
    };
}

void CheckBenchmark::run(const ReplyPolicy &policy, QList<Variant> &variants, int runs)
{
    for (Variant &variant : variants) {
        variant.findings = int(policy.check(variant.channel, variant.text).findings.size());
        for (int i = 0; i < 50; ++i)
            policy.check(variant.channel, variant.text);
        QList<qint64> samples;
        samples.reserve(runs);
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            const CheckResult result = policy.check(variant.channel, variant.text);
            samples.append(timer.nsecsElapsed());
            Q_UNUSED(result)
        }
        std::sort(samples.begin(), samples.end());
        variant.medianMicroseconds = samples.at(samples.size() / 2) / 1000.0;
        variant.p99Microseconds
            = samples.at(qMin<qsizetype>(samples.size() - 1, samples.size() * 99 / 100)) / 1000.0;
    }
}

} // namespace Switchboard::Policy
