// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxDelegate.h"

#include "ChannelPresentation.h"
#include "domain/Enums.h"
#include "item/InboxModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Switchboard::Ui {

using Item::InboxModel;

InboxDelegate::InboxDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString InboxDelegate::countdown(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return {};
    const qint64 seconds = now.secsTo(due);
    const qint64 minutes = std::abs(seconds) / 60;
    const QString span = minutes >= 60
        ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
        : tr("%1 min").arg(std::max<qint64>(minutes, seconds < 0 ? 1 : 0));
    return seconds < 0 ? tr("overdue %1").arg(span) : span;
}

QColor InboxDelegate::urgencyColour(
    const QDateTime &due, const QDateTime &now, const QPalette &palette)
{
    if (!due.isValid())
        return palette.color(QPalette::PlaceholderText);
    const qint64 seconds = now.secsTo(due);
    if (seconds < 0)
        return QColor(0xd3, 0x2f, 0x2f);
    if (seconds < WarningSeconds)
        return QColor(0xef, 0x8f, 0x00);
    return palette.color(QPalette::Text);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(320, metrics.height() * 2 + 18);
}

void InboxDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(8, 6, -8, -6);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();

    // Right column: unread badge over the SLA countdown.
    const int unread = index.data(InboxModel::UnreadRole).toInt();
    int right = area.right();
    if (unread > 0) {
        QFont bold = option.font;
        bold.setBold(true);
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int width = std::max(QFontMetrics(bold).horizontalAdvance(count) + 10, line);
        const QRect badge(right - width, area.top(), width, line);
        QPainterPath path;
        path.addRoundedRect(badge, line / 2.0, line / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, QColor(0x15, 0x65, 0xc0));
        painter->setPen(Qt::white);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, count);
        painter->setFont(option.font);
    }
    const QDateTime due = index.data(InboxModel::SlaDueRole).toDateTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString sla = countdown(due, now);
    const QRect slaRect(area.left(), area.top() + line + 4, area.width(), line);
    if (!sla.isEmpty()) {
        painter->setPen(selected ? text : urgencyColour(due, now, palette));
        painter->drawText(slaRect, Qt::AlignRight | Qt::AlignVCenter, sla);
    }
    const int rightColumn = std::max(metrics.horizontalAdvance(sla), 48) + 10;

    // Channel icons, with a public badge if any channel is public.
    const QStringList channels = index.data(InboxModel::ChannelsRole).toStringList();
    const int iconSize = line;
    int x = area.left();
    bool anyPublic = false;
    for (const QString &channel : channels) {
        ChannelPresentation::icon(channel).paint(painter, QRect(x, area.top(), iconSize, iconSize));
        x += iconSize + 3;
        const auto kind = Domain::fromWire<Domain::ChannelKind>(channel);
        anyPublic
            = anyPublic || (kind && Domain::visibilityOf(*kind) == Domain::Visibility::Public);
    }
    if (anyPublic) {
        ChannelPresentation::publicIcon().paint(painter, QRect(x, area.top(), iconSize, iconSize));
        x += iconSize + 3;
    }
    x += 4;

    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(x, area.top(), right - x - (unread > 0 ? 40 : 0), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(
            index.data().toString(), Qt::ElideRight, nameRect.width()));

    painter->setFont(option.font);
    painter->setPen(muted);
    const int count = index.data(InboxModel::ConversationCountRole).toInt();
    QString subject = index.data(InboxModel::SubjectRole).toString();
    if (count > 1)
        subject = tr("%1 (+%n more)", nullptr, count - 1).arg(subject);
    const QRect subjectRect(area.left(), slaRect.top(), area.width() - rightColumn, line);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(subject, Qt::ElideRight, subjectRect.width()));
    painter->restore();
}

} // namespace Switchboard::Ui
