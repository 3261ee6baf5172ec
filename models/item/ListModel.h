// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowDiff.h"

#include <QAbstractListModel>

namespace Switchboard::Item {

//! Base of the cache-fed list models: gives applyRowDiff() the model's row signals.
class ListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    // Row changes go through these so the model knows one is in flight: views (and
    // QAbstractItemModelTester) may call fetchMore() from inside the change's signals, and a
    // page inserted then would interleave with the change.
    void beginInsert(int first, int last)
    {
        m_busy = true;
        beginInsertRows({}, first, last);
    }
    void endInsert()
    {
        endInsertRows();
        m_busy = false;
    }
    void beginRemove(int first, int last)
    {
        m_busy = true;
        beginRemoveRows({}, first, last);
    }
    void endRemove()
    {
        endRemoveRows();
        m_busy = false;
    }
    bool beginMove(int from, int destination)
    {
        m_busy = true;
        return beginMoveRows({}, from, from, {}, destination);
    }
    void endMove()
    {
        endMoveRows();
        m_busy = false;
    }
    void beginReset()
    {
        m_busy = true;
        beginResetModel();
    }
    void endReset()
    {
        endResetModel();
        m_busy = false;
    }
    //! A row change is in flight: fetching more must wait.
    bool isBusy() const { return m_busy; }

    struct Emitter
    {
        ListModel &model;
        void changed(int row) { Q_EMIT model.dataChanged(model.index(row), model.index(row)); }
        void beginInsert(int row) { model.beginInsert(row, row); }
        void endInsert() { model.endInsert(); }
        void beginRemove(int row) { model.beginRemove(row, row); }
        void endRemove() { model.endRemove(); }
    };
    Emitter emitter() { return Emitter{*this}; }

private:
    bool m_busy = false;
};

} // namespace Switchboard::Item
