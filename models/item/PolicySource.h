// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "policy/PolicyConfig.h"

#include <QDateTime>
#include <optional>

namespace Switchboard::Store {
class CacheDatabase;
}

namespace Switchboard::Item {

//! The reply policy the composer checks with: the hub's configuration as last synced into the
//! cache (so it holds offline), or the built-in rules when the hub never sent one.
struct PolicySettings
{
    //! The hub's brand contacts and rules; nullopt: the built-in rules alone.
    std::optional<Policy::PolicyConfig> config;
    //! The lowest role that may override a blocked reply (supervisor unless the hub says so).
    Domain::Role overrideRole = Domain::Role::Supervisor;
    //! When an admin last changed the policy; invalid while the hub's defaults apply.
    QDateTime updatedAt;

    bool operator==(const PolicySettings &) const = default;
};

//! Reads the synced policy through the ui's cache connection.
class PolicySource
{
public:
    explicit PolicySource(Store::CacheDatabase &cache);

    //! What the cache holds now; the built-in defaults if nothing (or something unreadable).
    PolicySettings settings() const;
    //! The same from a GET /api/v1/policy document.
    static PolicySettings fromJson(const QJsonObject &policy);

private:
    Store::CacheDatabase &m_cache;
};

} // namespace Switchboard::Item
