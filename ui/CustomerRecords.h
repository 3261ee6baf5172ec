// SPDX-FileCopyrightText: Switchboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QObject>

class QWidget;

namespace Switchboard::Item {
class CustomerDirectory;
}

namespace Switchboard::Ui {

class CustomerPanel;

//! The supervisor's record keeping on the customer card: asks, through a dialog, what to merge
//! or split and hands the decision on; the hub checks the role and does the work.
class CustomerRecords : public QObject
{
    Q_OBJECT
public:
    CustomerRecords(CustomerPanel *panel, QWidget *dialogParent);

    //! Where customers are read from; null while signed out.
    void setDirectory(const Item::CustomerDirectory *directory);
    //! The customer the card shows.
    void setCustomer(Domain::Id customerId);

Q_SIGNALS:
    void mergeRequested(Domain::Id customerId, Domain::Id mergedId);
    void splitRequested(Domain::Id customerId, const QList<Domain::Id> &identityIds,
        const QList<Domain::Id> &conversationIds, const QString &name);

private:
    void askMerge();
    void askSplit();

    QWidget *m_dialogParent;
    const Item::CustomerDirectory *m_directory = nullptr;
    Domain::Id m_customerId = 0;
};

} // namespace Switchboard::Ui
