// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Samples.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Switchboard::Bench {

//! Everything one run measured, printed against the targets and optionally written as JSON.
class CacheBenchReport
{
public:
    //! The targets.
    static constexpr double SyncMessagesPerSecondTarget = 50000;
    static constexpr double FirstPageMsTarget = 50;
    static constexpr double SearchMsTarget = 30;

    struct Build
    {
        qint64 customers = 0;
        qint64 conversations = 0;
        qint64 messages = 0;
        //! Zero when a kept cache was reused.
        double seconds = 0;
        qint64 fileBytes = 0;
    };
    struct Page
    {
        QString scenario;
        Samples samples;
        int rows = 0;
    };
    struct Search
    {
        QString term;
        Samples samples;
        int hits = 0;
    };
    struct Memory
    {
        qint64 peakRssKb = 0;
        qint64 rssKb = 0;
        qint64 cacheFileBytes = 0;
    };
    struct Sync
    {
        bool ran = false;
        QString error;
        qint64 hubMessages = 0;
        qint64 hubConversations = 0;
        qint64 hubCustomers = 0;
        //! Zero when kept hub data was reused.
        double seedSeconds = 0;
        qint64 messages = 0;
        qint64 customers = 0;
        qint64 conversations = 0;
        double seconds = 0;
        //! Processor time the benchmark process (the desktop side) used during the sync.
        double clientCpuSeconds = 0;
        //! Processor time the hub process used during the sync (Linux; -1 where unknown).
        double hubCpuSeconds = -1;
        qint64 cacheFileBytes = 0;
        double messagesPerSecond() const { return seconds > 0 ? double(messages) / seconds : 0; }
        double customersPerSecond() const { return seconds > 0 ? double(customers) / seconds : 0; }
    };

    QString machine;
    QString command;
    Build build;
    QList<Page> pages;
    QList<Search> searches;
    Memory memory;
    Sync sync;

    //! The report for people, with PASS or MISS per target.
    void print() const;
    QJsonObject toJson() const;
    bool writeJson(const QString &path, QString *error) const;
};

} // namespace Switchboard::Bench
