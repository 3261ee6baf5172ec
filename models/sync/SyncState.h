// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace Switchboard::Sync {

//! Where the desktop stands with the hub; the ui shows it with the time of the last sync.
enum class SyncState {
    //! Not connected: not started, signed out, or waiting to reconnect.
    Offline,
    //! Opening the stream (or, on first sign-in, starting to page the working set).
    Connecting,
    //! Receiving what changed while away (or paging the working set on first sign-in).
    CatchingUp,
    //! Up to date; changes arrive as they happen.
    Live,
};

} // namespace Switchboard::Sync

Q_DECLARE_METATYPE(Switchboard::Sync::SyncState)
