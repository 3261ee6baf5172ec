// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLog.h"

namespace Switchboard::Sync {
Q_LOGGING_CATEGORY(lcSync, "switchboard.sync")
}
