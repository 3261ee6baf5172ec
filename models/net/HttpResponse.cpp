// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

#include <QJsonDocument>

namespace Switchboard::Net {

QJsonObject HttpResponse::json() const
{
    if (body.isEmpty())
        return {};
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::hubError() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString HttpResponse::hubMessage() const
{
    return json()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("message"))
        .toString();
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace Switchboard::Net
