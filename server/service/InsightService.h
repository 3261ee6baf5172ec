// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Switchboard::Hub {

class Storage;

//! What supervisors read about the work done: counts of the insight tags over a period, the
//! tagged conversations, and the day's figures per agent and per queue (docs/api.md 3.16).
//! Rows are JSON objects whose members are the CSV columns, in the order *Columns lists them.
class InsightService
{
public:
    explicit InsightService(Storage &storage);

    //! A period [from, to).
    struct Period
    {
        QDateTime from;
        QDateTime to;
    };
    //! Reads "from" and "to" (ISO 8601 with an offset; from before to; at most MaxPeriodDays).
    static Outcome<Period> period(const QString &from, const QString &to);
    //! Reads "day" (YYYY-MM-DD); empty is today in the hub's local time zone.
    static Outcome<QDate> day(const QString &text);

    //! {"from", "to", "tags", "counts": [{"tag", "queue_id", "channel", "count"}], "totals"}.
    QJsonObject insights(const Period &period);
    //! One row per tagged conversation per insight tag, by the time it was tagged.
    QJsonArray taggedConversations(const Period &period);
    //! {"day", "rows": [{"user_id", "name", figures...}]}.
    QJsonObject agentReport(const QDate &day);
    //! {"day", "rows": [{"queue_id", "name", figures...}]}.
    QJsonObject queueReport(const QDate &day);

    static const QStringList CountColumns;
    static const QStringList ExportColumns;
    static const QStringList AgentColumns;
    static const QStringList QueueColumns;

    //! The longest period the insights cover.
    static constexpr int MaxPeriodDays = 366;

private:
    Storage &m_storage;
};

} // namespace Switchboard::Hub
