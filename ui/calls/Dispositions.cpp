// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dispositions.h"

namespace Switchboard::Ui {

QList<Dispositions::Entry> Dispositions::all()
{
    return {
        {QStringLiteral("resolved"), tr("Resolved")},
        {QStringLiteral("follow_up"), tr("Follow-up needed")},
        {QStringLiteral("escalated"), tr("Escalated")},
        {QStringLiteral("callback_requested"), tr("Callback requested")},
        {QStringLiteral("wrong_number"), tr("Wrong number")},
        {QStringLiteral("no_answer"), tr("No answer")},
        {QStringLiteral("transferred"), tr("Transferred")},
    };
}

QString Dispositions::label(const QString &code)
{
    for (const Entry &entry : all()) {
        if (entry.code == code)
            return entry.label;
    }
    // Another client's code: readable, if untranslated ("voicemail" → "Voicemail").
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Switchboard::Ui
