// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace Switchboard::Store {

//! A cache statement failed; what() is for logs, message() for the ui.
class CacheError : public std::runtime_error
{
public:
    explicit CacheError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Switchboard::Store
