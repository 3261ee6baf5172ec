// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Hub {

//! Argon2id password hashing (libsodium): slow, salted, memory-hard, parameters in the hash.
class PasswordHasher
{
public:
    enum class Cost {
        //! libsodium's interactive limits (64 MiB, 2 passes): the default for sign-in.
        Interactive,
        //! The minimum Argon2id allows; only for throwaway test data.
        Minimum,
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    //! An encoded hash ("$argon2id$v=19$m=...") with a fresh random salt.
    QString hash(const QString &password) const;
    //! Checks a password against an encoded hash in constant time for the given hash.
    bool verify(const QString &password, const QString &encodedHash) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace Switchboard::Hub
