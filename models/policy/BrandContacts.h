// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Switchboard::Policy {

//! The brand's own published contacts: an agent may give these out anywhere.
struct BrandContacts
{
    //! Whole addresses, e.g. "support@example.com" (compared without case).
    QStringList emails;
    //! Domains whose every address (and subdomain) is the brand's, e.g. "example.com".
    QStringList domains;
    //! Phone numbers in any format; compared by their last nine digits.
    QStringList phones;
    //! Postal addresses; an address found inside one of these (or holding one) is the brand's.
    QStringList addresses;

    //! True when email is one of the brand's addresses or on one of its domains.
    bool isBrandEmail(QStringView email) const;
    //! True when phone is one of the brand's numbers, national or international.
    bool isBrandPhone(QStringView phone) const;
    //! True when address is (part of) one of the brand's addresses.
    bool isBrandAddress(QStringView address) const;

    //! {"emails": [], "domains": [], "phones": [], "addresses": []}.
    QJsonObject toJson() const;
    //! Reads what toJson() writes; missing lists are empty, anything else is an error.
    static BrandContacts fromJson(const QJsonObject &json, QString *error);
    bool operator==(const BrandContacts &) const = default;
};

} // namespace Switchboard::Policy
