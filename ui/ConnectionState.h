// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Switchboard::Ui {

//! What the status bar shows about the link to the hub (the app maps the sync engine's state).
enum class ConnectionState { Offline, Connecting, CatchingUp, Live };

} // namespace Switchboard::Ui
