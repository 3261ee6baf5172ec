// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QJsonObject>
#include <QVariant>

namespace Switchboard::Hub::Csv {

QString cell(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        return value.toVariant().toString();
    QString text = value.toString();
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray write(const QStringList &columns, const QJsonArray &rows)
{
    QStringList lines{columns.join(QLatin1Char(','))};
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        QStringList cells;
        for (const QString &column : columns)
            cells.append(cell(object.value(column)));
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

} // namespace Switchboard::Hub::Csv
