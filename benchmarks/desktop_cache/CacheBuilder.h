// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheBenchReport.h"

#include <QString>

namespace Switchboard::Bench {

class DataSet;

//! Part 1: writes a data set into a cache file through CacheWriter, the way the sync engine
//! writes, in batched transactions.
class CacheBuilder
{
public:
    //! Conversations (with their customer and messages) per transaction.
    static constexpr int BatchConversations = 1000;

    CacheBuilder(const DataSet &data, QString path);

    //! Builds the cache, or keeps the file at path if an earlier run built the same data set
    //! there. False with a reason if the cache cannot be written.
    bool run(CacheBenchReport::Build &result, QString *error);

private:
    bool reusable();
    void build();

    const DataSet &m_data;
    QString m_path;
};

} // namespace Switchboard::Bench
