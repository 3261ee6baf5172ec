// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard::Bench {

//! The machine a benchmark ran on, for its report: results only compare on the same kind.
class MachineInfo
{
public:
    //! "<processor model>, <n> cores, <m> GiB".
    static QString describe();
};

} // namespace Switchboard::Bench
