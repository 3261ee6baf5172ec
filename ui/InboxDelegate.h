// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace Switchboard::Ui {

//! Paints an inbox row: the customer, the channel icons, a public badge, the subject, the
//! unread count and the SLA countdown, which turns amber within the warning window and red when
//! overdue.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    //! Less time left than this turns the countdown amber.
    static constexpr qint64 WarningSeconds = 15 * 60;

    explicit InboxDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! "12 min", "2 h 5 min", "overdue 3 min": the countdown text for a deadline.
    static QString countdown(const QDateTime &due, const QDateTime &now);
    //! The countdown's colour: normal text, amber, or red.
    static QColor urgencyColour(
        const QDateTime &due, const QDateTime &now, const QPalette &palette);
};

} // namespace Switchboard::Ui
