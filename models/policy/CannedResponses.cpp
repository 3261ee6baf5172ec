// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedResponses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Policy {

QList<CannedResponse> CannedResponses::matching(
    Domain::ChannelKind channel, const QString &filter) const
{
    QList<CannedResponse> out;
    const QString needle = filter.trimmed();
    for (const CannedResponse &response : m_responses) {
        if (!response.suits(channel))
            continue;
        if (!needle.isEmpty() && !response.title.contains(needle, Qt::CaseInsensitive)
            && !response.body.contains(needle, Qt::CaseInsensitive))
            continue;
        out.append(response);
    }
    return out;
}

std::optional<CannedResponse> CannedResponses::byId(const QString &id) const
{
    for (auto it = m_responses.crbegin(); it != m_responses.crend(); ++it) {
        if (it->id == id)
            return *it;
    }
    return std::nullopt;
}

QList<CannedResponse> CannedResponses::parse(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QList<CannedResponse>();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(parseError.errorString());
    const QJsonValue list = document.object().value(QLatin1String("responses"));
    if (!list.isArray())
        return fail(QStringLiteral("expected an object with a \"responses\" array"));
    QList<CannedResponse> out;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        CannedResponse response;
        response.id = entry.value(QLatin1String("id")).toString().trimmed();
        response.title = entry.value(QLatin1String("title")).toString().trimmed();
        response.body = entry.value(QLatin1String("body")).toString();
        if (response.title.isEmpty() || response.body.isEmpty())
            return fail(QStringLiteral("response %1: needs a title and a body").arg(i + 1));
        const QJsonArray channels = entry.value(QLatin1String("channels")).toArray();
        for (const QJsonValue &name : channels) {
            const auto channel = Domain::fromWire<Domain::ChannelKind>(name.toString());
            if (!channel) {
                return fail(
                    QStringLiteral("response %1: unknown channel \"%2\" (one of %3)")
                        .arg(i + 1)
                        .arg(name.toString(),
                            Domain::allWireNames<Domain::ChannelKind>().join(QLatin1String(", "))));
            }
            response.channels.append(*channel);
        }
        out.append(response);
    }
    if (error)
        error->clear();
    return out;
}

QList<CannedResponse> CannedResponses::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QString why;
    const QList<CannedResponse> out = parse(file.readAll(), &why);
    if (error)
        *error = why.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, why);
    return out;
}

CannedResponses CannedResponses::load(
    const QString &defaultsPath, const QString &userPath, QStringList *errors)
{
    CannedResponses responses;
    for (const QString &path : {defaultsPath, userPath}) {
        // A user who never made a file of their own is not an error.
        if (path.isEmpty() || (path == userPath && !QFile::exists(path)))
            continue;
        QString error;
        responses.append(readFile(path, &error));
        if (!error.isEmpty() && errors)
            errors->append(error);
    }
    return responses;
}

} // namespace Switchboard::Policy
