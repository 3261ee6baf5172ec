// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Switchboard::Ui {

//! The wrap-up codes an agent chooses from after a call. The wire codes are stable (reports
//! group by them); the labels are translated.
class Dispositions
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::Ui::Dispositions)
public:
    struct Entry
    {
        //! What the hub stores: lower-case letters, digits and _.
        QString code;
        QString label;
    };

    //! Every code, in the order the form offers them.
    static QList<Entry> all();
    //! The label of a code; for a code that is not one of ours (set by another client), the code
    //! made readable.
    static QString label(const QString &code);
};

} // namespace Switchboard::Ui
