// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Switchboard::Domain {

//! Row identifier assigned by the hub; 0 means "not stored yet".
using Id = qint64;

//! Hub-wide event sequence number; strictly increasing, 0 means "before the first event".
using Seq = qint64;

} // namespace Switchboard::Domain
