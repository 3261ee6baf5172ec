// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checksums.h"

#include <array>

namespace Switchboard::Policy {

namespace {

int digitAt(QStringView text, qsizetype i)
{
    return text.at(i).unicode() - u'0';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

// Control digit of the Spanish CCC over ten digits.
int cccDigit(QStringView ten)
{
    static constexpr std::array<int, 10> weights{1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i)
        sum += digitAt(ten, i) * weights[size_t(i)];
    const int digit = 11 - sum % 11;
    return digit == 11 ? 0 : digit == 10 ? 1 : digit;
}

} // namespace

bool Checksums::luhn(QStringView digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool Checksums::ibanMod97(QStringView iban)
{
    if (iban.size() < 5)
        return false;
    // The rearranged number is far too long for an integer; fold it in as we go.
    int remainder = 0;
    auto feed = [&remainder](QChar c) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
            return true;
        }
        if (c >= u'A' && c <= u'Z') {
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
            return true;
        }
        return false;
    };
    for (qsizetype i = 4; i < iban.size(); ++i) {
        if (!feed(iban.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < 4; ++i) {
        if (!feed(iban.at(i)))
            return false;
    }
    return remainder == 1;
}

bool Checksums::abaRouting(QStringView digits)
{
    if (digits.size() != 9 || !allDigits(digits))
        return false;
    static constexpr std::array<int, 3> weights{3, 7, 1};
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i)
        sum += digitAt(digits, i) * weights[size_t(i % 3)];
    return sum % 10 == 0 && sum != 0;
}

bool Checksums::ribKey(QStringView bank, QStringView branch, QStringView account, QStringView key)
{
    if (bank.size() != 5 || branch.size() != 5 || account.size() != 11 || key.size() != 2
        || !allDigits(bank) || !allDigits(branch) || !allDigits(key))
        return false;
    // Letters in the account stand for digits (A,J→1 … I,R→9; S→2 … Z→9).
    QString accountDigits;
    for (QChar c : account) {
        const char16_t u = QChar::toUpper(c.unicode());
        if (u >= u'0' && u <= u'9')
            accountDigits.append(QChar(u));
        else if (u >= u'A' && u <= u'I')
            accountDigits.append(QChar(u'1' + (u - u'A')));
        else if (u >= u'J' && u <= u'R')
            accountDigits.append(QChar(u'1' + (u - u'J')));
        else if (u >= u'S' && u <= u'Z')
            accountDigits.append(QChar(u'2' + (u - u'S')));
        else
            return false;
    }
    const qint64 b = bank.toLongLong();
    const qint64 g = branch.toLongLong();
    const qint64 a = QStringView(accountDigits).toLongLong();
    const qint64 expected = 97 - ((89 * b + 15 * g + 3 * a) % 97);
    return expected == key.toLongLong();
}

bool Checksums::spanishCcc(
    QStringView entity, QStringView office, QStringView control, QStringView account)
{
    if (entity.size() != 4 || office.size() != 4 || control.size() != 2 || account.size() != 10)
        return false;
    if (!allDigits(entity) || !allDigits(office) || !allDigits(control) || !allDigits(account))
        return false;
    QString first(2, u'0');
    first.append(entity);
    first.append(office);
    return cccDigit(first) == digitAt(control, 0) && cccDigit(account) == digitAt(control, 1);
}

QString Checksums::digitsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

} // namespace Switchboard::Policy
