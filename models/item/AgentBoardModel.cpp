// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentBoardModel.h"

#include <QStringList>

namespace Switchboard::Item {

namespace {

QString asIs(const QString &wireName)
{
    return wireName;
}

} // namespace

AgentBoardModel::AgentBoardModel(QObject *parent)
    : BoardTable(QStringLiteral("user_id"), parent)
    , m_stateLabel(asIs)
    , m_channelLabel(asIs)
{
}

void AgentBoardModel::setLabels(Label stateLabel, Label channelLabel)
{
    m_stateLabel = std::move(stateLabel);
    m_channelLabel = std::move(channelLabel);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AgentBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentBoardModel::conversationsText(const QJsonObject &row) const
{
    // Only the channels with work, e.g. "Email 2 · WhatsApp 1"; the call in progress first.
    QStringList parts;
    if (row.value(QLatin1String("on_call")).toBool())
        parts << tr("on a call");
    const QJsonObject perChannel = row.value(QLatin1String("conversations")).toObject();
    for (auto it = perChannel.begin(); it != perChannel.end(); ++it) {
        if (const int count = it.value().toInt(); count > 0)
            parts << QStringLiteral("%1 %2").arg(m_channelLabel(it.key())).arg(count);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant AgentBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case UserIdRole:
        return row.value(QLatin1String("user_id")).toInteger();
    case StateRole:
        return row.value(QLatin1String("state")).toString();
    case OnCallRole:
        return row.value(QLatin1String("on_call")).toBool();
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == StateColumn
                || index.column() == ConversationsColumn
            ? QVariant()
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return row.value(QLatin1String("name")).toString();
    case StateColumn:
        return m_stateLabel(row.value(QLatin1String("state")).toString());
    case TimeInStateColumn: {
        const qint64 seconds = secondsSince(row.value(QLatin1String("state_since")));
        return sort ? QVariant(seconds) : QVariant(duration(seconds));
    }
    case ConversationsColumn: {
        if (!sort)
            return conversationsText(row);
        int total = 0;
        const QJsonObject perChannel = row.value(QLatin1String("conversations")).toObject();
        for (const QJsonValue &count : perChannel)
            total += count.toInt();
        return total;
    }
    case HandledColumn:
        return row.value(QLatin1String("handled_today")).toInt();
    case HandleTimeColumn: {
        const QJsonValue seconds = row.value(QLatin1String("handle_seconds_avg"));
        if (sort)
            return seconds.toInteger(-1);
        return seconds.isDouble() ? duration(seconds.toInteger()) : QStringLiteral("–");
    }
    case OccupancyColumn: {
        const QJsonValue occupancy = row.value(QLatin1String("occupancy"));
        return sort ? QVariant(occupancy.toDouble(-1)) : QVariant(percent(occupancy));
    }
    }
    return {};
}

QVariant AgentBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StateColumn:
        return tr("State");
    case TimeInStateColumn:
        return tr("Time in state");
    case ConversationsColumn:
        return tr("Current work");
    case HandledColumn:
        return tr("Handled today");
    case HandleTimeColumn:
        return tr("Avg. handle time");
    case OccupancyColumn:
        return tr("Occupancy");
    }
    return {};
}

} // namespace Switchboard::Item
