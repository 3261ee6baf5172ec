// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

namespace Switchboard::Hub {

//! Why a request was refused, in the terms the API reports it.
struct ServiceError
{
    //! The HTTP status the API answers with.
    int status = 400;
    //! A stable, machine-readable code, e.g. "conflict" or "forbidden".
    QString code;
    QString message;
    //! The request field the error is about, if any.
    QString field;
    //! Extra top-level members of the error response (e.g. the missed messages of a conflict).
    QJsonObject extra;

    static ServiceError notFound(const QString &what)
    {
        return {404, QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what), {}, {}};
    }
    static ServiceError forbidden(const QString &why)
    {
        return {403, QStringLiteral("forbidden"), why, {}, {}};
    }
    static ServiceError invalid(const QString &field, const QString &message)
    {
        return {400, QStringLiteral("invalid_field"), message, field, {}};
    }
};

//! A value or the reason there is none.
template <typename T> class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {
    }
    Outcome(ServiceError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ServiceError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ServiceError m_error;
};

} // namespace Switchboard::Hub
