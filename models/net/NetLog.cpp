// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetLog.h"

namespace Switchboard::Net {

Q_LOGGING_CATEGORY(lcNet, "switchboard.net")

} // namespace Switchboard::Net
