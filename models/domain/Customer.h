// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Switchboard::Domain {

//! One way a customer is known on a channel: an email address, a phone number, a handle.
struct Identity
{
    Id id = 0;
    IdentityKind kind = IdentityKind::Email;
    QString value;

    QJsonObject toJson() const;
    static std::optional<Identity> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Identity &) const = default;
};

//! A person the contact centre talks to, with every channel identity they use.
struct Customer
{
    Id id = 0;
    QString name;
    //! Preferred language, a BCP 47 tag such as "de" or "pt-BR"; empty if unknown.
    QString language;
    QStringList tags;
    //! Free-text notes about the customer kept by the agents.
    QString notes;
    QList<Identity> identities;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<Customer> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Customer &) const = default;
};

} // namespace Switchboard::Domain
