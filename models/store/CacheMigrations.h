// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace Switchboard::Store {

class CacheDatabase;

//! The cache's schema history: migration N brings a cache from user_version N-1 to N. Each runs in
//! its own transaction.
namespace CacheMigrations {
using Migration = std::function<void(CacheDatabase &)>;
const std::vector<Migration> &all();
inline int latestVersion()
{
    return int(all().size());
}
} // namespace CacheMigrations

} // namespace Switchboard::Store
