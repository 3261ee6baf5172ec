// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Masking.h"

#include "policy/CardNumberDetector.h"

#include <QtGlobal>

namespace Switchboard::Policy {

namespace {

QtMessageHandler previousHandler = nullptr;

void maskingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, Masking::maskCardNumbers(message));
}

} // namespace

void Masking::installLogFilter()
{
    if (previousHandler)
        return;
    previousHandler = qInstallMessageHandler(maskingHandler);
}

QString Masking::maskCardNumbers(const QString &text)
{
    QList<Finding> cards;
    CardNumberDetector::find(text, cards);
    if (cards.isEmpty())
        return text;
    QString out = text;
    for (const Finding &card : std::as_const(cards)) {
        int total = 0;
        for (int i = card.start; i < card.end; ++i)
            total += out.at(i).isDigit() ? 1 : 0;
        int seen = 0;
        for (int i = card.start; i < card.end; ++i) {
            if (!out.at(i).isDigit())
                continue;
            ++seen;
            if (seen > 6 && seen <= total - 4)
                out[i] = u'*';
        }
    }
    return out;
}

} // namespace Switchboard::Policy
