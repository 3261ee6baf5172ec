// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Switchboard::Net {

//! "switchboard.net": transport warnings. Never carries tokens or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Switchboard::Net
