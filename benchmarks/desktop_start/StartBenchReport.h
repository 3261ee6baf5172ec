// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheBenchReport.h"
#include "StartRun.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Switchboard::Bench {

//! Every start one run of the benchmark timed, printed against the targets and optionally
//! written as JSON.
class StartBenchReport
{
public:
    //! The targets: the painted inbox (median of the starts) and the resident memory
    //! 2 s after it (the largest of the starts), 120 MB taken as 120,000,000 bytes.
    static constexpr double PaintedMsTarget = 300;
    static constexpr qint64 RssKbTarget = 120'000'000 / 1024;

    QString machine;
    QString command;
    QString display;
    CacheBenchReport::Build build;
    QList<StartRun::Result> starts;

    //! The report for people, with PASS or MISS per target.
    void print() const;
    QJsonObject toJson() const;
    bool writeJson(const QString &path, QString *error) const;
    //! True when every start painted the inbox.
    bool complete() const;

private:
    Samples painted() const;
    qint64 largestRssLaterKb() const;
};

} // namespace Switchboard::Bench
