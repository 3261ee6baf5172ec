// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Switchboard::Item {

//! Brings a model's rows from `rows` to `fresh` with the fewest row signals: both lists are in
//! the same strict order (`before`), rows are matched by `sameKey`, a matched row whose value
//! changed gets dataChanged, the rest are inserted or removed one by one. Views keep their
//! selection and scroll position, which a model reset would lose.
template <typename Row, typename Before, typename SameKey, typename Emit>
void applyRowDiff(
    QList<Row> &rows, const QList<Row> &fresh, Before before, SameKey sameKey, Emit &&emitter)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < fresh.size()) {
        if (i < rows.size() && j < fresh.size() && sameKey(rows.at(i), fresh.at(j))) {
            if (!(rows.at(i) == fresh.at(j))) {
                rows[i] = fresh.at(j);
                emitter.changed(int(i));
            }
            ++i;
            ++j;
        } else if (j >= fresh.size() || (i < rows.size() && before(rows.at(i), fresh.at(j)))) {
            emitter.beginRemove(int(i));
            rows.removeAt(i);
            emitter.endRemove();
        } else {
            emitter.beginInsert(int(i));
            rows.insert(i, fresh.at(j));
            emitter.endInsert();
            ++i;
            ++j;
        }
    }
}

} // namespace Switchboard::Item
