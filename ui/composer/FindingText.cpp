// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingText.h"

namespace Switchboard::Ui {

namespace Kind = Policy::FindingKind;

QString FindingText::reason(const Policy::Finding &finding)
{
    // A custom rule's message is the name the admin gave it.
    return reason(finding.kind, finding.message);
}

QString FindingText::reason(const QString &kind, const QString &ruleName)
{
    if (kind == Kind::CardNumber)
        return tr("Card number — never send card numbers");
    if (kind == Kind::Secret)
        return tr("Password, PIN or code — never give these out");
    if (kind == Kind::Iban)
        return tr("IBAN — bank details must not be posted publicly");
    if (kind == Kind::BankAccount)
        return tr("Bank account number — must not be posted publicly");
    if (kind == Kind::UsSsn)
        return tr("Social Security number — must not be posted publicly");
    if (kind == Kind::UkNino)
        return tr("National Insurance number — must not be posted publicly");
    if (kind == Kind::Passport)
        return tr("Passport number — must not be posted publicly");
    if (kind == Kind::DrivingLicence)
        return tr("Driving licence number — must not be posted publicly");
    if (kind == Kind::DateOfBirth)
        return tr("Date of birth — must not be posted publicly");
    if (kind == Kind::Health)
        return tr("Health details — must not be posted publicly");
    if (kind == Kind::Email)
        return tr("Email address — everyone will see it; is it meant to be public?");
    if (kind == Kind::Phone)
        return tr("Phone number — everyone will see it; is it meant to be public?");
    if (kind == Kind::PostalAddress)
        return tr("Postal address — everyone will see it; is it meant to be public?");
    if (kind.startsWith(Kind::CustomPrefix)) {
        const QString name = ruleName.isEmpty() ? kind.mid(Kind::CustomPrefix.size()) : ruleName;
        return tr("Team rule: %1").arg(name);
    }
    return tr("Held back by the reply policy (%1)").arg(kind);
}

} // namespace Switchboard::Ui
