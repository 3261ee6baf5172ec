// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Placeholders.h"

#include <QRegularExpression>

namespace Switchboard::Policy {

QStringList Placeholders::known()
{
    return {QStringLiteral("{customer.first_name}"), QStringLiteral("{customer.name}"),
        QStringLiteral("{agent.first_name}"), QStringLiteral("{agent.name}")};
}

QString Placeholders::firstName(const QString &name)
{
    return name.trimmed().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

Placeholders::Expansion Placeholders::expand(
    const QString &templateText, const Domain::Customer &customer, const Domain::User &agent)
{
    // Only dotted lower-case names are placeholders, so "{" in ordinary prose or JSON stays text.
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+\\.[a-z_]+)\\}"));
    Expansion result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value;
        bool isKnown = true;
        if (name == QLatin1String("customer.first_name"))
            value = firstName(customer.name);
        else if (name == QLatin1String("customer.name"))
            value = customer.name.trimmed();
        else if (name == QLatin1String("agent.first_name"))
            value = firstName(agent.name);
        else if (name == QLatin1String("agent.name"))
            value = agent.name.trimmed();
        else
            isKnown = false;
        result.text += QStringView(templateText).mid(last, match.capturedStart(0) - last);
        if (!isKnown) {
            result.unknown.append(match.captured(0));
            result.text += match.captured(0);
        } else if (value.isEmpty()) {
            result.unresolved.append(match.captured(0));
            result.text += match.captured(0);
        } else {
            result.text += value;
        }
        last = match.capturedEnd(0);
    }
    result.text += QStringView(templateText).mid(last);
    result.unknown.removeDuplicates();
    result.unresolved.removeDuplicates();
    return result;
}

} // namespace Switchboard::Policy
