// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QString>

namespace Switchboard::Bench {

//! Fills a hub data directory with a data set for the first-sync part. The hub's users come
//! from the test fixture (TestHub: admin, supervisor, agent1, agent2); customers,
//! conversations and messages are written straight through the hub's storage repositories,
//! skipping its services and event log, because a million messages through the REST API would
//! take hours. The hub then serves them as it serves any records.
class HubSeeder
{
public:
    //! Conversations (with their customer and messages) per transaction.
    static constexpr int BatchConversations = 2000;

    HubSeeder(QString dataDir, DataSet::Size size, quint64 seed);

    //! Seeds the directory, or keeps it if an earlier run seeded the same data set there. Sets
    //! staff to the hub's users; seconds is zero when kept.
    bool run(DataSet::Staff &staff, double &seconds, QString *error);

private:
    QString markerPath() const;
    QString wanted() const;
    bool readStaff(DataSet::Staff &staff, QString *error);
    void seed(const DataSet &data);

    QString m_dataDir;
    DataSet::Size m_size;
    quint64 m_seed;
};

} // namespace Switchboard::Bench
