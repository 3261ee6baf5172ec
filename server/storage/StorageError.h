// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace Switchboard::Hub {

//! A database failure the caller cannot fix by changing its request (disk full, lost connection).
//! Thrown out of the storage layer; the open transaction is rolled back by its guard.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

} // namespace Switchboard::Hub
