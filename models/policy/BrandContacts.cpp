// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrandContacts.h"

#include "policy/Checksums.h"

#include <QJsonArray>

namespace Switchboard::Policy {

namespace {

// The number without country code or trunk prefix is what stays the same between "+44 20 …"
// and "020 …"; at least this many digits must agree.
constexpr qsizetype PhoneDigits = 6;

QString phoneKey(QStringView phone)
{
    // "+44 (0)20 …": the bracketed trunk zero is dialled only from inside the country.
    QString digits = Checksums::digitsOf(phone.toString().remove(QLatin1String("(0)")));
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

// Letters and digits only, lower case: "12 Dock Road, London" and "12 dock road london" match.
QString addressKey(QStringView address)
{
    QString out;
    for (QChar c : address) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QStringList readList(const QJsonObject &json, const char *key, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        if (error && error->isEmpty())
            *error = QStringLiteral("brand.%1: expected a list of strings").arg(QLatin1String(key));
        return {};
    }
    QStringList out;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString() || entry.toString().trimmed().isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("brand.%1: entries must be non-empty strings")
                             .arg(QLatin1String(key));
            return {};
        }
        out.append(entry.toString().trimmed());
    }
    return out;
}

} // namespace

bool BrandContacts::isBrandEmail(QStringView email) const
{
    for (const QString &own : emails) {
        if (email.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0)
        return false;
    const QStringView domain = email.sliced(at + 1);
    for (const QString &own : domains) {
        if (domain.compare(own, Qt::CaseInsensitive) == 0
            || (domain.size() > own.size() && domain.endsWith(own, Qt::CaseInsensitive)
                && domain.at(domain.size() - own.size() - 1) == u'.'))
            return true;
    }
    return false;
}

bool BrandContacts::isBrandPhone(QStringView phone) const
{
    const QString key = phoneKey(phone);
    if (key.size() < PhoneDigits)
        return false;
    for (const QString &own : phones) {
        const QString ownKey = phoneKey(own);
        if (ownKey.size() >= PhoneDigits && (ownKey.endsWith(key) || key.endsWith(ownKey)))
            return true;
    }
    return false;
}

bool BrandContacts::isBrandAddress(QStringView address) const
{
    const QString key = addressKey(address);
    if (key.isEmpty())
        return false;
    for (const QString &own : addresses) {
        const QString ownKey = addressKey(own);
        if (ownKey.contains(key) || key.contains(ownKey))
            return true;
    }
    return false;
}

QJsonObject BrandContacts::toJson() const
{
    return QJsonObject{
        {QLatin1String("emails"), QJsonArray::fromStringList(emails)},
        {QLatin1String("domains"), QJsonArray::fromStringList(domains)},
        {QLatin1String("phones"), QJsonArray::fromStringList(phones)},
        {QLatin1String("addresses"), QJsonArray::fromStringList(addresses)},
    };
}

BrandContacts BrandContacts::fromJson(const QJsonObject &json, QString *error)
{
    BrandContacts out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("emails") && key != QLatin1String("domains")
            && key != QLatin1String("phones") && key != QLatin1String("addresses")) {
            if (error && error->isEmpty()) {
                *error = QStringLiteral("brand: unknown list \"%1\" (emails, domains, phones and "
                                        "addresses are known)")
                             .arg(key);
            }
        }
    }
    out.emails = readList(json, "emails", error);
    out.domains = readList(json, "domains", error);
    out.phones = readList(json, "phones", error);
    out.addresses = readList(json, "addresses", error);
    return out;
}

} // namespace Switchboard::Policy
