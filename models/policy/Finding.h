// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <optional>

namespace Switchboard::Policy {

//! How strongly a finding holds a reply back.
enum class Severity { Warn, Block };

//! Wire names of the built-in finding kinds; custom rules use "custom:<rule id>".
namespace FindingKind {
inline constexpr QLatin1StringView CardNumber{"card_number"};
inline constexpr QLatin1StringView Secret{"secret"};
inline constexpr QLatin1StringView Iban{"iban"};
inline constexpr QLatin1StringView BankAccount{"bank_account"};
inline constexpr QLatin1StringView UsSsn{"us_ssn"};
inline constexpr QLatin1StringView UkNino{"uk_nino"};
inline constexpr QLatin1StringView Passport{"passport"};
inline constexpr QLatin1StringView DrivingLicence{"driving_licence"};
inline constexpr QLatin1StringView DateOfBirth{"date_of_birth"};
inline constexpr QLatin1StringView Health{"health"};
inline constexpr QLatin1StringView Email{"email"};
inline constexpr QLatin1StringView Phone{"phone"};
inline constexpr QLatin1StringView PostalAddress{"postal_address"};
inline constexpr QLatin1StringView CustomPrefix{"custom:"};
} // namespace FindingKind

//! One piece of a reply the policy objects to.
struct Finding
{
    //! A FindingKind name, or "custom:<rule id>".
    QString kind;
    Severity severity = Severity::Warn;
    //! UTF-16 offsets into the checked text: [start, end).
    int start = 0;
    int end = 0;
    //! A short English text for developers and logs; the desktop words it per kind.
    QString message;

    //! {"kind", "severity", "start", "end", "message"}.
    QJsonObject toJson() const;
    //! True when the two spans share at least one code unit.
    bool overlaps(const Finding &other) const { return start < other.end && other.start < end; }
    bool operator==(const Finding &) const = default;
};

//! "warn" or "block".
QString severityToWire(Severity severity);
//! Parses "warn" or "block"; nullopt for anything else.
std::optional<Severity> severityFromWire(QStringView name);

} // namespace Switchboard::Policy
