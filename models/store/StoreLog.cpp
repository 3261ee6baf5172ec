// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreLog.h"

namespace Switchboard::Store {
Q_LOGGING_CATEGORY(lcStore, "switchboard.store")
}
