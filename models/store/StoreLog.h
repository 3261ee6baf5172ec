// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Switchboard::Store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
