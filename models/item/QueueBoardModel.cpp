// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueBoardModel.h"

namespace Switchboard::Item {

QueueBoardModel::QueueBoardModel(QObject *parent)
    : BoardTable(QStringLiteral("queue_id"), parent)
    , m_channelLabel([](const QString &wireName) { return wireName; })
{
}

void QueueBoardModel::setChannelLabel(Label channelLabel)
{
    m_channelLabel = std::move(channelLabel);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 QueueBoardModel::target(const QJsonObject &row)
{
    const QString channel = row.value(QLatin1String("longest_waiting_channel")).toString();
    const QJsonValue seconds
        = row.value(QLatin1String("sla_seconds")).toObject().value(channel);
    return seconds.isDouble() && seconds.toInteger() > 0 ? seconds.toInteger() : -1;
}

QueueBoardModel::Breach QueueBoardModel::breach(const QJsonObject &row) const
{
    // Some waiting item, on whichever channel, is past its target.
    if (const qint64 pastDue = secondsSince(row.value(QLatin1String("sla_due_at"))); pastDue > 0)
        return Breach::Breached;
    const qint64 limit = target(row);
    const qint64 waited = secondsSince(row.value(QLatin1String("longest_waiting_since")));
    if (limit <= 0 || waited < 0)
        return Breach::None;
    if (waited >= limit)
        return Breach::Breached;
    return waited >= qint64(limit * NearShare) ? Breach::Near : Breach::None;
}

QString QueueBoardModel::queueName(const QJsonObject &row) const
{
    const QString name = row.value(QLatin1String("name")).toString();
    return name.isEmpty() ? tr("No queue") : name;
}

void QueueBoardModel::rowsUpdated()
{
    for (const QJsonObject &row : std::as_const(m_rows)) {
        const QString key = keyOf(row.value(QLatin1String("queue_id")));
        const Breach level = breach(row);
        const Breach before = m_levels.value(key, Breach::None);
        m_levels.insert(key, level);
        if (level > before)
            Q_EMIT breachRaised(queueName(row), level);
    }
}

int QueueBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case QueueIdRole: {
        const QJsonValue id = row.value(QLatin1String("queue_id"));
        return id.isDouble() ? QVariant(id.toInteger()) : QVariant();
    }
    case BreachRole:
        return int(breach(row));
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant()
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
        return queueName(row);
    case WaitingColumn:
        return row.value(QLatin1String("waiting")).toInt();
    case LongestWaitColumn: {
        const qint64 seconds = secondsSince(row.value(QLatin1String("longest_waiting_since")));
        if (sort)
            return seconds;
        if (seconds < 0)
            return QStringLiteral("–");
        const QString channel = row.value(QLatin1String("longest_waiting_channel")).toString();
        return channel.isEmpty()
            ? duration(seconds)
            : QStringLiteral("%1 (%2)").arg(duration(seconds), m_channelLabel(channel));
    }
    case TargetColumn: {
        const qint64 limit = target(row);
        return sort ? QVariant(limit) : QVariant(limit > 0 ? duration(limit) : QStringLiteral("–"));
    }
    case SlaColumn: {
        const QJsonValue attainment = row.value(QLatin1String("sla_attainment_today"));
        return sort ? QVariant(attainment.toDouble(-1)) : QVariant(percent(attainment));
    }
    case AnsweredColumn: {
        const int answered = row.value(QLatin1String("answered_today")).toInt();
        if (sort)
            return answered;
        return tr("%1 of %2")
            .arg(row.value(QLatin1String("answered_in_sla_today")).toInt())
            .arg(answered);
    }
    case AbandonedColumn:
        return row.value(QLatin1String("abandoned_calls_today")).toInt();
    }
    return {};
}

QVariant QueueBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case LongestWaitColumn:
        return tr("Longest wait");
    case TargetColumn:
        return tr("Target");
    case SlaColumn:
        return tr("SLA today");
    case AnsweredColumn:
        return tr("Answered in target");
    case AbandonedColumn:
        return tr("Abandoned calls");
    }
    return {};
}

} // namespace Switchboard::Item
